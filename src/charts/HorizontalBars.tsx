import { CHART_COLOURS } from './chart-theme';
import { barDomain } from './ranking-rows';

/** One line of {@link HorizontalBars}: a bar with its label and value, or a note without a bar. */
export interface BarLine {
  /** Unique among the lines (React key and category of the chart). */
  readonly id: string;
  readonly label: string;
  /** Shown before the label, e.g. the rank. */
  readonly prefix?: string;
  /** Null draws no bar (a note line such as "57 more provinces"). */
  readonly value: number | null;
  readonly valueText: string;
  readonly colour: string;
  readonly selected: boolean;
  /** Attributes for browser tests and kiosk scripts, e.g. `{ 'data-code': '38' }`. */
  readonly dataAttributes?: Readonly<Record<`data-${string}`, string>>;
  /** Makes the line a button. */
  readonly onActivate?: () => void;
}

/** Props of {@link HorizontalBars}. */
export interface HorizontalBarsProps {
  readonly lines: readonly BarLine[];
  readonly height: number;
  readonly animate: boolean;
  /** Accessible name of the list of lines. */
  readonly listLabel: string;
}

/** Where a bar starts and how long it is, in % of the track, for `value` on `domain`. */
export function barGeometry(
  value: number,
  domain: readonly [number, number],
): { left: number; width: number } {
  const [low, high] = domain;
  const span = high - low || 1;
  const zero = ((0 - low) / span) * 100;
  const end = ((value - low) / span) * 100;
  return { left: Math.min(zero, end), width: Math.abs(end - zero) };
}

function LineContent(props: {
  readonly line: BarLine;
  readonly domain: readonly [number, number];
}) {
  const { line } = props;
  const bar = line.value === null ? null : barGeometry(line.value, props.domain);
  return (
    <>
      <span className="bars-label" title={line.label}>
        {line.prefix !== undefined && <span className="bars-prefix">{line.prefix}</span>}
        {line.label}
      </span>
      <span className="bars-track" aria-hidden="true">
        {bar && (
          <span
            className="bars-fill"
            style={{
              left: `${bar.left}%`,
              width: `${bar.width}%`,
              background: line.selected ? CHART_COLOURS.accent : line.colour,
            }}
          />
        )}
      </span>
      <span className="bars-value">{line.valueText}</span>
    </>
  );
}

/**
 * Horizontal bars as a list of HTML lines: labels and values are HTML text (Thai shaped by the
 * browser in the app's font), every interactive line is a real button (mouse, touch, Tab, Enter,
 * Space), and each bar is a CSS box in its line. No chart library: a recharts BarChart per list
 * cost tens of milliseconds of main thread on every brush step (measured, BENCHMARKS.md), for
 * rectangles CSS draws for free.
 */
export function HorizontalBars(props: HorizontalBarsProps) {
  const { lines } = props;
  const domain = barDomain(lines.flatMap((line) => (line.value === null ? [] : [line.value])));
  return (
    <div className={props.animate ? 'bars bars-animated' : 'bars'} style={{ height: props.height }}>
      <ol
        className="bars-lines"
        aria-label={props.listLabel}
        style={{ gridTemplateRows: `repeat(${Math.max(1, lines.length)}, minmax(0, 1fr))` }}
      >
        {lines.map((line) => (
          <li key={line.id} className="bars-line-slot">
            {line.onActivate ? (
              <button
                type="button"
                className={line.selected ? 'bars-line bars-line-selected' : 'bars-line'}
                aria-pressed={line.selected}
                onClick={line.onActivate}
                {...line.dataAttributes}
              >
                <LineContent line={line} domain={domain} />
              </button>
            ) : (
              <div
                className={line.value === null ? 'bars-line bars-line-note' : 'bars-line'}
                {...line.dataAttributes}
              >
                <LineContent line={line} domain={domain} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
