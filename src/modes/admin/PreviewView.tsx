import type { PreviewTable } from './admin-preview';
import { Both } from './Both';
import { ADMIN_TEXT } from './messages';

/** Rows shown; the rest are counted (77 rows would push the download out of sight). */
const SHOWN = 20;

const format = (value: number): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** The preview of an ingest: a province table, largest value first. */
export function PreviewView({ preview }: { readonly preview: PreviewTable }) {
  const rest = preview.rows.length - SHOWN;
  return (
    <div className="admin-preview">
      <h3>
        <Both text={ADMIN_TEXT.previewTitle} />
      </h3>
      <p className="admin-muted">
        <Both text={ADMIN_TEXT.previewNote} />
      </p>
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
              <td className="admin-number">{format(row.value)}</td>
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
  );
}
