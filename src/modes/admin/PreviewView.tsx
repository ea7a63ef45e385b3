import { useMemo } from 'react';
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { PreviewMap } from '../../map/PreviewMap';
import type { OutlinesLoad } from './admin-outlines';
import { formatPreviewValue, type PreviewTable } from './admin-preview';
import { Both } from './Both';
import { ADMIN_TEXT, bothText } from './messages';

/** Rows shown; the rest are counted (77 rows would push the download out of sight). */
const SHOWN = 20;

/** The map beside the table, or why it is not drawn (the table is enough to go on). */
function MapOf({
  preview,
  outlines,
}: {
  readonly preview: PreviewTable;
  readonly outlines: OutlinesLoad;
}) {
  const values = useMemo(
    () => new Map(preview.rows.map((row) => [row.code, row.value])),
    [preview],
  );
  if (outlines.state === 'loading') {
    return (
      <p className="admin-muted admin-map-status">
        <Both text={ADMIN_TEXT.mapLoading} />
      </p>
    );
  }
  if (outlines.state === 'error') {
    return (
      <p className="admin-map-error admin-map-status">
        <Both text={outlines.error} />
      </p>
    );
  }
  const unit = preview.unit.th === preview.unit.en ? preview.unit.th : bothText(preview.unit);
  return (
    <PreviewMap
      outlines={outlines.outlines}
      values={values}
      label={`${bothText(ADMIN_TEXT.mapTitle)}: ${bothText(preview.measure)}`}
      noDataLabel={bothText(ADMIN_TEXT.noData)}
      format={formatPreviewValue}
      describe={(code, value) => {
        const province = PROVINCE_BY_CODE.get(code);
        const name =
          province === undefined ? String(code) : `${province.nameTh} ${province.nameEn}`;
        const shown =
          value === undefined
            ? bothText(ADMIN_TEXT.noData)
            : `${formatPreviewValue(value)} ${unit}`;
        return `${name}: ${shown}`;
      }}
    />
  );
}

/** The preview of an ingest: a map of the figure and a province table, largest value first. */
export function PreviewView({
  preview,
  outlines,
}: {
  readonly preview: PreviewTable;
  readonly outlines: OutlinesLoad;
}) {
  const rest = preview.rows.length - SHOWN;
  return (
    <div className="admin-preview">
      <h3>
        <Both text={ADMIN_TEXT.previewTitle} />
      </h3>
      <p className="admin-muted">
        <Both text={ADMIN_TEXT.previewNote} />
      </p>
      <div className="admin-preview-body">
        <div className="admin-preview-map">
          <MapOf preview={preview} outlines={outlines} />
        </div>
        <div>
          <table className="admin-preview-table">
            <thead>
              <tr>
                <th>#</th>
                <th>
                  <Both text={ADMIN_TEXT.province} />
                </th>
                <th>
                  <Both text={preview.measure} />
                  <span className="admin-muted">
                    {' '}
                    ({preview.unit.th}
                    {preview.of === null ? '' : `, ${preview.of}`})
                  </span>
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, SHOWN).map((row, index) => (
                <tr key={row.code} data-code={row.code}>
                  <td>{index + 1}</td>
                  <td>
                    {row.nameTh} <span className="admin-en">{row.nameEn}</span>
                  </td>
                  <td className="admin-number">{formatPreviewValue(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rest > 0 ? (
            <p className="admin-muted">
              … <Both text={{ th: `และอีก ${rest} จังหวัด`, en: `and ${rest} more provinces` }} />
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
