import { useState } from 'react';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { THRESHOLD_OPS, type ThresholdOp } from '../../data/queries';
import { formatNumber } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import {
  findIndicatorMeasure,
  indicatorThresholdMeasure,
} from '../../state/url/indicator-thresholds';
import {
  isCoreThresholdMeasure,
  OP_SYMBOL,
  THRESHOLD_MEASURES,
  thresholdLayer,
  type AnyThresholdMeasure,
  type Threshold,
  type ThresholdMeasure,
} from '../../state/url/url-filters';
import { layerTitle } from '../../state/models/dataset-modules';
import type { LayerId } from '../../state/models/view-models';
import { at } from './messages';

/** Props of {@link ThresholdFilters}. */
export interface ThresholdFiltersProps {
  readonly lang: Lang;
  /** Active layers, top-most first. */
  readonly layers: readonly LayerId[];
  /** The manifest's datasets: an indicator layer offers the measures its entry declares. */
  readonly datasets: readonly DatasetDef[];
  readonly thresholds: readonly Threshold[];
  readonly onChange: (layer: LayerId, threshold: Threshold | null) => void;
}

/** A measure the threshold form offers, with its title in the page's language. */
interface MeasureChoice {
  readonly value: AnyThresholdMeasure;
  readonly label: string;
}

/** The measures `layer` can be thresholded on: a core layer's fixed ones, an indicator's own. */
function measuresOf(
  layer: LayerId,
  datasets: readonly DatasetDef[],
  lang: Lang,
): readonly MeasureChoice[] {
  const core = (Object.keys(THRESHOLD_MEASURES) as ThresholdMeasure[])
    .filter((m) => THRESHOLD_MEASURES[m] === layer)
    .map((m) => ({ value: m, label: at(lang, `m_${m}`) }));
  if (core.length > 0) return core;
  const indicator = datasets.find((d) => d.id === layer)?.indicator;
  return (indicator?.measures ?? []).map((m) => ({
    value: indicatorThresholdMeasure(layer, m.column),
    label: m.title[lang],
  }));
}

/** A measure's title: a core one from the messages, an indicator's from its manifest entry. */
function measureLabel(
  measure: AnyThresholdMeasure,
  datasets: readonly DatasetDef[],
  lang: Lang,
): string {
  if (isCoreThresholdMeasure(measure)) return at(lang, `m_${measure}`);
  return findIndicatorMeasure(measure, datasets)?.title[lang] ?? measure;
}

/** Describes a threshold: "Dose 2 (%) < 70", "Drought-affected villages ≥ 10". */
export function thresholdLabel(
  threshold: Threshold,
  lang: Lang,
  datasets: readonly DatasetDef[] = [],
): string {
  return `${measureLabel(threshold.measure, datasets, lang)} ${OP_SYMBOL[threshold.op]} ${formatNumber(threshold.value, lang, 6)}`;
}

function LayerThreshold(props: {
  readonly lang: Lang;
  readonly layer: LayerId;
  readonly measures: readonly MeasureChoice[];
  readonly datasets: readonly DatasetDef[];
  readonly current: Threshold | null;
  readonly onChange: (threshold: Threshold | null) => void;
}) {
  const { lang, layer, measures, datasets, current } = props;
  const [measure, setMeasure] = useState<AnyThresholdMeasure>(
    current?.measure ?? measures[0]?.value ?? 'dose2_pct',
  );
  const [op, setOp] = useState<ThresholdOp>(current?.op ?? 'lt');
  const [value, setValue] = useState(current ? String(current.value) : '');
  const number = Number(value.replace(/,/g, ''));
  const valid = value.trim() !== '' && Number.isFinite(number);
  return (
    <form
      className="analyst-threshold"
      data-layer={layer}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) props.onChange({ measure, op, value: number });
      }}
    >
      <span className="analyst-field-title">{layerTitle({ datasets }, layer, lang)}</span>
      {current && (
        <span className="analyst-current">{thresholdLabel(current, lang, datasets)}</span>
      )}
      <div className="analyst-threshold-row">
        <select
          name="measure"
          aria-label={t(lang, 'layerMeasure')}
          value={measure}
          onChange={(event) => {
            const known = measures.find((m) => m.value === event.target.value);
            if (known) setMeasure(known.value);
          }}
        >
          {measures.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
        <select
          name="op"
          aria-label={at(lang, 'thresholdValue')}
          value={op}
          onChange={(event) => {
            const known = THRESHOLD_OPS.find((o) => o === event.target.value);
            if (known) setOp(known);
          }}
        >
          {THRESHOLD_OPS.map((o) => (
            <option key={o} value={o}>
              {OP_SYMBOL[o]} {at(lang, `op_${o}`)}
            </option>
          ))}
        </select>
        <input
          name="value"
          inputMode="decimal"
          aria-label={at(lang, 'thresholdValue')}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
          }}
        />
      </div>
      <div className="analyst-threshold-row">
        <button type="submit" disabled={!valid}>
          {at(lang, 'thresholdSet')}
        </button>
        <button
          type="button"
          disabled={!current}
          onClick={() => {
            props.onChange(null);
          }}
        >
          {at(lang, 'thresholdClear')}
        </button>
      </div>
    </form>
  );
}

/** A value threshold per active layer, applied to its choropleth, symbols, ranking and KPIs. */
export function ThresholdFilters({
  lang,
  layers,
  datasets,
  thresholds,
  onChange,
}: ThresholdFiltersProps) {
  return (
    <div className="analyst-thresholds">
      <span className="analyst-field-title">{at(lang, 'thresholdsTitle')}</span>
      <p className="analyst-muted">{at(lang, 'thresholdHint')}</p>
      {layers.length === 0 && <p className="analyst-muted">{at(lang, 'thresholdNone')}</p>}
      {layers.map((layer) => {
        const measures = measuresOf(layer, datasets, lang);
        // A layer with nothing to compare (an entry not read yet) gets no form.
        if (measures.length === 0) return null;
        const current = thresholds.find((th) => thresholdLayer(th.measure) === layer) ?? null;
        return (
          <LayerThreshold
            // A new threshold from elsewhere (a link, a saved view) resets the draft.
            key={`${layer}:${current ? `${current.measure}:${current.op}:${String(current.value)}` : ''}`}
            lang={lang}
            layer={layer}
            measures={measures}
            datasets={datasets}
            current={current}
            onChange={(threshold) => {
              onChange(layer, threshold);
            }}
          />
        );
      })}
    </div>
  );
}
