import { memo } from 'react';
import { t, type Lang, type MessageKey } from '../i18n/messages';
import type { MeasureChoice } from '../state/models/dataset-modules';
import { POVERTY_DIMENSIONS, type LayerSettings } from '../state/layers/layer-settings';
import type {
  ClassificationMethod,
  LayerId,
  LegendModel,
  PaletteId,
} from '../state/models/view-models';
import type { BivariateLegendModel } from '../state/layers/bivariate';
import { RESTRICTED_LABEL, SIGN_IN_HINT } from '../state/card/restricted-tier';
import { BivariateLegend } from './BivariateLegend';
import { LegendView } from './LegendView';

/** One row of the panel. */
export interface LayerPanelEntry {
  readonly id: LayerId;
  /** The layer's name in the UI language (a core layer's message or an indicator's title). */
  readonly title: string;
  /** The measures the layer can show; the picker appears only when there are several. */
  readonly measures: readonly MeasureChoice[];
  /** Shown on the map (listed in the URL's `layers`). */
  readonly active: boolean;
  /** The web server refused its file (restricted, not signed in): listed, not tickable. */
  readonly refused: boolean;
  readonly settings: LayerSettings;
  readonly legend: LegendModel | null;
  /** The 3×3 legend square when the layer is drawn as a bivariate map. */
  readonly bivariate: BivariateLegendModel | null;
}

/** Callbacks of the panel: each dispatches to the store. */
export interface LayerPanelActions {
  readonly toggle: (id: LayerId) => void;
  readonly move: (id: LayerId, direction: 'up' | 'down') => void;
  readonly setOpacity: (id: LayerId, opacity: number) => void;
  readonly setMeasure: (id: LayerId, measure: string) => void;
  readonly setClassification: (id: LayerId, method: ClassificationMethod) => void;
  readonly setPalette: (id: LayerId, palette: PaletteId) => void;
  readonly setPovertyDimension: (dimension: string) => void;
}

/** Props of {@link LayerPanel}. */
export interface LayerPanelProps {
  readonly lang: Lang;
  /** Active layers first, top-most first; then the inactive ones. */
  readonly entries: readonly LayerPanelEntry[];
  readonly povertyDimension: string;
  readonly actions: LayerPanelActions;
}

const CLASSIFICATIONS: readonly [ClassificationMethod, MessageKey][] = [
  ['quantile', 'classQuantile'],
  ['jenks', 'classJenks'],
  ['equal', 'classEqual'],
];

const PALETTES: readonly PaletteId[] = ['viridis', 'cividis', 'blues', 'oranges', 'purples'];

function LayerControls({
  entry,
  lang,
  povertyDimension,
  actions,
  isTop,
  isBottom,
}: {
  readonly entry: LayerPanelEntry;
  readonly lang: Lang;
  readonly povertyDimension: string;
  readonly actions: LayerPanelActions;
  readonly isTop: boolean;
  readonly isBottom: boolean;
}) {
  const { id, settings, title } = entry;
  return (
    <div className="layer-controls">
      <div className="layer-order">
        <button
          type="button"
          disabled={isTop}
          aria-label={`${t(lang, 'layerMoveUp')}: ${title}`}
          onClick={() => {
            actions.move(id, 'up');
          }}
        >
          ▲
        </button>
        <button
          type="button"
          disabled={isBottom}
          aria-label={`${t(lang, 'layerMoveDown')}: ${title}`}
          onClick={() => {
            actions.move(id, 'down');
          }}
        >
          ▼
        </button>
      </div>
      <label>
        {t(lang, 'layerOpacity')}
        <input
          type="range"
          min={0.1}
          max={1}
          step={0.05}
          value={settings.opacity}
          onChange={(event) => {
            actions.setOpacity(id, Number(event.target.value));
          }}
        />
      </label>
      {entry.measures.length > 1 && (
        <label>
          {t(lang, 'layerMeasure')}
          <select
            value={settings.measure}
            onChange={(event) => {
              actions.setMeasure(id, event.target.value);
            }}
          >
            {entry.measures.map((measure) => (
              <option key={measure.value} value={measure.value}>
                {measure.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {id === 'poverty' && (
        <label>
          {t(lang, 'povertyDimension')}
          <select
            value={povertyDimension}
            onChange={(event) => {
              actions.setPovertyDimension(event.target.value);
            }}
          >
            {POVERTY_DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(lang, `dimension_${dimension}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t(lang, 'layerClassification')}
        <select
          value={settings.classification}
          onChange={(event) => {
            actions.setClassification(id, event.target.value as ClassificationMethod);
          }}
        >
          {CLASSIFICATIONS.map(([method, key]) => (
            <option key={method} value={method}>
              {t(lang, key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(lang, 'layerPalette')}
        <select
          value={settings.palette}
          onChange={(event) => {
            actions.setPalette(id, event.target.value as PaletteId);
          }}
        >
          {PALETTES.map((palette) => (
            <option key={palette} value={palette}>
              {palette}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** A layer the server would not hand over: listed, not tickable, with how to sign in. */
function RefusedLayer({ entry }: { readonly entry: LayerPanelEntry }) {
  const hintId = `layer-restricted-${entry.id}`;
  return (
    <li className="layer-entry" data-layer={entry.id} data-active={false} data-restricted>
      <label className="layer-toggle">
        <input type="checkbox" checked={false} disabled aria-describedby={hintId} />
        {entry.title}
      </label>
      <span className="layer-restricted">{RESTRICTED_LABEL}</span>
      <p className="layer-restricted-hint" id={hintId}>
        {SIGN_IN_HINT}
      </p>
    </li>
  );
}

/** Layers: show/hide, drawing order, opacity, measure, classification, palette and legend. */
export const LayerPanel = memo(function LayerPanel(props: LayerPanelProps) {
  const { lang, entries, actions } = props;
  const activeCount = entries.filter((e) => e.active && !e.refused).length;
  return (
    <section className="layer-panel" aria-label={t(lang, 'layersTitle')}>
      <h2 className="panel-title">{t(lang, 'layersTitle')}</h2>
      <ol className="layer-list">
        {entries.map((entry, index) =>
          entry.refused ? (
            <RefusedLayer key={entry.id} entry={entry} />
          ) : (
            <li
              key={entry.id}
              className="layer-entry"
              data-layer={entry.id}
              data-active={entry.active}
            >
              <label className="layer-toggle">
                <input
                  type="checkbox"
                  checked={entry.active}
                  onChange={() => {
                    actions.toggle(entry.id);
                  }}
                />
                {entry.title}
              </label>
              {entry.active && (
                <LayerControls
                  entry={entry}
                  lang={lang}
                  povertyDimension={props.povertyDimension}
                  actions={actions}
                  isTop={index === 0}
                  isBottom={index === activeCount - 1}
                />
              )}
              {entry.active && entry.bivariate && (
                <BivariateLegend lang={lang} model={entry.bivariate} />
              )}
              {entry.active && entry.legend && <LegendView model={entry.legend} lang={lang} />}
            </li>
          ),
        )}
      </ol>
    </section>
  );
});
