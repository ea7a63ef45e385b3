import { Bar, BarChart, Rectangle, XAxis, YAxis, type BarShapeProps } from 'recharts';
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

function LineContent({ line }: { readonly line: BarLine }) {
  return (
    <>
      <span className="bars-label" title={line.label}>
        {line.prefix !== undefined && <span className="bars-prefix">{line.prefix}</span>}
        {line.label}
      </span>
      <span className="bars-track" />
      <span className="bars-value">{line.valueText}</span>
    </>
  );
}

/**
 * Horizontal bars under a list of HTML lines. The list lies over the chart, one equal-height
 * line per bar band: labels and values are HTML text (Thai shaped by the browser in the app's
 * font), every interactive line is a real button (mouse, touch, Tab, Enter, Space), and a click
 * on a bar lands on its line. Recharts draws only the bars.
 */
export function HorizontalBars(props: HorizontalBarsProps) {
  const { lines } = props;
  const data = lines.map((line) => ({ id: line.id, value: line.value }));
  const domain = barDomain(lines.flatMap((line) => (line.value === null ? [] : [line.value])));

  const renderBar = (bar: BarShapeProps) => {
    // `index` counts drawn bars only; lines without a value draw none.
    const line = lines[bar.originalDataIndex];
    if (!line) return <g />;
    return (
      <Rectangle
        x={bar.x}
        y={bar.y}
        width={bar.width}
        height={bar.height}
        radius={[0, 3, 3, 0]}
        fill={line.selected ? CHART_COLOURS.accent : line.colour}
      />
    );
  };

  return (
    <div className="bars" style={{ height: props.height }}>
      <div className="bars-plot" aria-hidden="true">
        <BarChart
          responsive
          style={{ width: '100%', height: '100%' }}
          layout="vertical"
          data={data}
          margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={domain} />
          <YAxis type="category" dataKey="id" hide />
          <Bar
            dataKey="value"
            maxBarSize={26}
            shape={renderBar}
            isAnimationActive={props.animate}
          />
        </BarChart>
      </div>
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
                <LineContent line={line} />
              </button>
            ) : (
              <div
                className={line.value === null ? 'bars-line bars-line-note' : 'bars-line'}
                {...line.dataAttributes}
              >
                <LineContent line={line} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
