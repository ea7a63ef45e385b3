import { useState } from 'react';
import { THRESHOLD_OPS, type ThresholdOp } from '../../data/queries';
import { formatNumber } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import {
  OP_SYMBOL,
  THRESHOLD_MEASURES,
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
  readonly thresholds: readonly Threshold[];
  readonly onChange: (layer: LayerId, threshold: Threshold | null) => void;
}

const measuresOf = (layer: LayerId): ThresholdMeasure[] =>
  (Object.keys(THRESHOLD_MEASURES) as ThresholdMeasure[]).filter(
    (m) => THRESHOLD_MEASURES[m] === layer,
  );

/** Describes a threshold: "Dose 2 (%) < 70". */
export function thresholdLabel(threshold: Threshold, lang: Lang): string {
  return `${at(lang, `m_${threshold.measure}`)} ${OP_SYMBOL[threshold.op]} ${formatNumber(threshold.value, lang, 6)}`;
}

function LayerThreshold(props: {
  readonly lang: Lang;
  readonly layer: LayerId;
  readonly current: Threshold | null;
  readonly onChange: (threshold: Threshold | null) => void;
}) {
  const { lang, layer, current } = props;
  const measures = measuresOf(layer);
  const [measure, setMeasure] = useState<ThresholdMeasure>(
    current?.measure ?? measures[0] ?? 'dose2_pct',
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
      <span className="analyst-field-title">{layerTitle({ datasets: [] }, layer, lang)}</span>
      {current && <span className="analyst-current">{thresholdLabel(current, lang)}</span>}
      <div className="analyst-threshold-row">
        <select
          name="measure"
          aria-label={t(lang, 'layerMeasure')}
          value={measure}
          onChange={(event) => {
            const known = measures.find((m) => m === event.target.value);
            if (known) setMeasure(known);
          }}
        >
          {measures.map((m) => (
            <option key={m} value={m}>
              {at(lang, `m_${m}`)}
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
export function ThresholdFilters({ lang, layers, thresholds, onChange }: ThresholdFiltersProps) {
  return (
    <div className="analyst-thresholds">
      <span className="analyst-field-title">{at(lang, 'thresholdsTitle')}</span>
      <p className="analyst-muted">{at(lang, 'thresholdHint')}</p>
      {layers.length === 0 && <p className="analyst-muted">{at(lang, 'thresholdNone')}</p>}
      {layers.map((layer) => {
        if (measuresOf(layer).length === 0) return null; // an indicator has no threshold yet
        const current = thresholds.find((th) => THRESHOLD_MEASURES[th.measure] === layer) ?? null;
        return (
          <LayerThreshold
            // A new threshold from elsewhere (a link, a saved view) resets the draft.
            key={`${layer}:${current ? `${current.measure}:${current.op}:${String(current.value)}` : ''}`}
            lang={lang}
            layer={layer}
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
