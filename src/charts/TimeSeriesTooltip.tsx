import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import type { SeriesLine } from '../state/models/view-models';
import { chartText } from './chart-text';
import { formatChartValue, type ValueKind } from './value-format';

/** Props of {@link TimeSeriesTooltip}. */
export interface TimeSeriesTooltipProps {
  readonly lang: Lang;
  readonly kind: ValueKind;
  readonly lines: readonly SeriesLine[];
  /** Index of the hovered date in the model's dates, or undefined when nothing is hovered. */
  readonly index: number | undefined;
  readonly date: string | undefined;
}

/** The hover card of a time series: the date in the Buddhist era, then every line's value. */
export function TimeSeriesTooltip(props: TimeSeriesTooltipProps) {
  const { lang, index, date } = props;
  if (index === undefined || date === undefined) return null;
  const noData = chartText(lang, 'noData');
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-date">{formatDate(date, lang)}</p>
      <ul className="chart-tooltip-values">
        {props.lines.map((line) => (
          <li key={line.id}>
            <span className="chart-swatch" style={{ backgroundColor: line.colour }} />
            <span className="chart-tooltip-label">{line.label}</span>
            <span className="chart-tooltip-value">
              {formatChartValue(line.values[index], props.kind, lang, noData)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
