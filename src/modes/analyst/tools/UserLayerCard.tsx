import { memo } from 'react';
import { formatCount } from '../../../i18n/format';
import { t, type Lang, type MessageKey } from '../../../i18n/messages';
import type { ClassificationMethod } from '../../../state/layers/classify';
import { classLabel } from '../../../state/layers/legend-model';
import { rgbToHex, type Rgb } from '../../../state/layers/palettes';
import type { PaletteId } from '../../../state/models/view-models';
import { tt } from './messages';
import { removeLayer, type BackendSource } from './tools-actions';
import { USER_NO_DATA_COLOUR } from './user-layer-model';
import { userDrawing } from './user-layer-drawing';
import { userLayerKey } from './user-layer-specs';
import { updateUserLayer, type DataToolsStore, type UserLayer } from './user-layers-store';

const CLASSIFICATIONS: readonly [ClassificationMethod, MessageKey][] = [
  ['quantile', 'classQuantile'],
  ['jenks', 'classJenks'],
  ['equal', 'classEqual'],
];
const PALETTES: readonly PaletteId[] = ['viridis', 'cividis', 'blues', 'oranges', 'purples'];

function Swatch({ colour }: { readonly colour: Rgb }) {
  return <span className="legend-swatch" style={{ backgroundColor: rgbToHex(colour) }} />;
}

/** The legend of a user layer: its classes (or point colour), the no-data swatch, the source. */
function UserLegend({ layer, lang }: { readonly layer: UserLayer; readonly lang: Lang }) {
  const drawing = userDrawing(layer);
  const entries: { colour: Rgb; label: string }[] = [];
  if (drawing.kind === 'province') {
    const { classification, colours, decimals, hasNoData } = drawing.choropleth;
    colours.forEach((colour, i) => {
      entries.push({ colour, label: classLabel(classification, i, lang, decimals) });
    });
    if (hasNoData) entries.push({ colour: USER_NO_DATA_COLOUR, label: tt(lang, 'noData') });
  } else {
    entries.push({
      colour: drawing.colour,
      label: tt(lang, 'layerPoints', { count: formatCount(drawing.points.length, lang) }),
    });
  }
  const what =
    layer.key.kind === 'province'
      ? `${tt(lang, 'layerProvince')} · ${layer.column ?? tt(lang, 'rowsPerProvince')}`
      : tt(lang, 'layerPoints', { count: formatCount(layer.table.numRows, lang) });
  return (
    <section className="legend dt-legend" aria-label={layer.name} data-layer={userLayerKey(layer)}>
      <h5 className="legend-title">{layer.name}</h5>
      <p className="legend-unit">{what}</p>
      <ul className="legend-classes">
        {entries.map((entry) => (
          <li key={`${entry.label}-${rgbToHex(entry.colour)}`} className="legend-class">
            <Swatch colour={entry.colour} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
      <p className="legend-meta" data-legend-source="">
        {layer.origin === 'file' ? tt(lang, 'yourFile') : tt(lang, 'consoleSource')}:{' '}
        <span className="dt-source">{layer.source}</span>
      </p>
    </section>
  );
}

/** Props of {@link UserLayerCard}. */
export interface UserLayerCardProps {
  readonly layer: UserLayer;
  readonly tools: DataToolsStore;
  readonly source: BackendSource;
  readonly lang: Lang;
}

/** One user layer: show/hide, column, classes and palette, its legend, DuckDB table, remove. */
export const UserLayerCard = memo(function UserLayerCard({
  layer,
  tools,
  source,
  lang,
}: UserLayerCardProps) {
  const update = (change: Parameters<typeof updateUserLayer>[2]) => {
    updateUserLayer(tools, layer.id, change);
  };
  return (
    <li className="dt-layer" data-user-layer={layer.id} data-kind={layer.key.kind}>
      <div className="dt-actions">
        <label>
          <input
            type="checkbox"
            checked={layer.visible}
            onChange={(event) => {
              update({ visible: event.target.checked });
            }}
          />{' '}
          {tt(lang, 'layerShow')}
        </label>
        <label>
          {t(lang, 'layerOpacity')}{' '}
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={layer.opacity}
            data-layer-opacity=""
            onChange={(event) => {
              update({ opacity: Number(event.target.value) });
            }}
          />
        </label>
        <button
          type="button"
          data-remove-layer={layer.id}
          onClick={() => {
            void removeLayer(tools, layer.id, source);
          }}
        >
          {tt(lang, 'layerRemove')}
        </button>
      </div>
      {layer.key.kind === 'province' && (
        <div className="dt-actions">
          <label>
            {tt(lang, 'layerColumn')}{' '}
            <select
              value={layer.column ?? ''}
              data-layer-column=""
              onChange={(event) => {
                update({ column: event.target.value || null });
              }}
            >
              {layer.numericColumns.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
              <option value="">{tt(lang, 'rowsPerProvince')}</option>
            </select>
          </label>
          <label>
            {t(lang, 'layerClassification')}{' '}
            <select
              value={layer.method}
              data-layer-method=""
              onChange={(event) => {
                update({ method: event.target.value as ClassificationMethod });
              }}
            >
              {CLASSIFICATIONS.map(([id, key]) => (
                <option key={id} value={id}>
                  {t(lang, key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'layerPalette')}{' '}
            <select
              value={layer.palette}
              data-layer-palette=""
              onChange={(event) => {
                update({ palette: event.target.value as PaletteId });
              }}
            >
              {PALETTES.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <UserLegend layer={layer} lang={lang} />
      {layer.tableName && (
        <p className="dt-muted" data-table-state={layer.tableState}>
          {layer.tableState === 'ready' && tt(lang, 'tableInDuckdb', { name: layer.tableName })}
          {layer.tableState === 'loading' && tt(lang, 'tableLoading')}
          {layer.tableState === 'error' &&
            tt(lang, 'tableFailed', { reason: layer.tableMessage ?? '' })}
        </p>
      )}
    </li>
  );
});
