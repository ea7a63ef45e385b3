import { memo } from 'react';
import type { DatasetDef } from '../data/manifest-types';
import { formatDate, formatNumber } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import { NO_DATA_COLOUR, rgbToHex, type Rgb } from '../state/palettes';
import type { Classification } from '../state/classify';
import { DemoBadge } from './DemoBadge';

/** Props of {@link Legend}. */
export interface LegendProps {
  readonly lang: Lang;
  readonly title: string;
  readonly unit: string;
  readonly classification: Classification;
  readonly palette: readonly Rgb[];
  readonly showNoData: boolean;
  readonly dataset: DatasetDef | undefined;
  readonly asOf: string;
}

function formatBreak(value: number, lang: Lang): string {
  return formatNumber(value, lang, 1);
}

/** Text of class `index` of `breaks`: "< 60", "60 – 70", "≥ 80". */
export function classRangeText(breaks: readonly number[], index: number, lang: Lang): string {
  const lower = breaks[index - 1];
  const upper = breaks[index];
  if (lower === undefined && upper === undefined) return '';
  if (lower === undefined) return `< ${formatBreak(upper ?? 0, lang)}`;
  if (upper === undefined) return `≥ ${formatBreak(lower, lang)}`;
  return `${formatBreak(lower, lang)} – ${formatBreak(upper, lang)}`;
}

/** The map legend: title, unit, colour classes, no-data swatch, source, as-of date, demo label. */
export const Legend = memo(function Legend(props: LegendProps) {
  const { lang, classification, palette, dataset } = props;
  return (
    <section className="legend" aria-label={props.title}>
      <h2 className="legend-title">{props.title}</h2>
      <p className="legend-unit">{props.unit}</p>
      <ul className="legend-classes">
        {palette.map((colour, index) => (
          <li key={rgbToHex(colour)} className="legend-class">
            <span className="legend-swatch" style={{ backgroundColor: rgbToHex(colour) }} />
            <span>{classRangeText(classification.breaks, index, lang)}</span>
          </li>
        ))}
        {props.showNoData && (
          <li className="legend-class">
            <span className="legend-swatch" style={{ backgroundColor: rgbToHex(NO_DATA_COLOUR) }} />
            <span>{t(lang, 'noData')}</span>
          </li>
        )}
      </ul>
      {dataset?.demo && <DemoBadge />}
      <p className="legend-meta">
        {t(lang, 'asOf')} {formatDate(props.asOf, lang)}
      </p>
      {dataset && (
        <p className="legend-meta">
          {t(lang, 'source')}: {dataset.source[lang]} · {dataset.licence}
        </p>
      )}
    </section>
  );
});
