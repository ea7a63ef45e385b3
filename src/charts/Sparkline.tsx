import { sparklinePath, sparklinePoints } from './sparkline-path';
import { CHART_COLOURS } from './chart-theme';

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  /** Values, oldest first. */
  readonly values: readonly number[];
  readonly width: number;
  readonly height: number;
  /** Accessible description, e.g. "Crashes, 26 weeks to 28 Dec 2025". */
  readonly label: string;
  readonly colour?: string;
}

/** A small line of values without axes (inline SVG, no chart library), its latest value dotted. */
export function Sparkline({ values, width, height, label, colour }: SparklineProps) {
  const points = sparklinePoints(values, width, height);
  const last = points[points.length - 1];
  const stroke = colour ?? CHART_COLOURS.bar;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-points={points.length}
    >
      <path
        d={sparklinePath(values, width, height)}
        fill="none"
        stroke={stroke}
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {last && <circle cx={last.x} cy={last.y} r={2.5} fill={CHART_COLOURS.accent} />}
    </svg>
  );
}
