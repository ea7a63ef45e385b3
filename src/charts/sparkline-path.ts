/** Geometry of a sparkline: values scaled into a small box, oldest on the left. */

/** A point in the sparkline's box (pixels, y down). */
export interface SparkPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * The values as points spread evenly across `width`, scaled between their minimum (bottom) and
 * maximum (top) inside `height` less `pad` on every side. A flat series lies across the middle;
 * non-finite values are skipped.
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  pad = 2,
): SparkPoint[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const innerWidth = Math.max(0, width - 2 * pad);
  const innerHeight = Math.max(0, height - 2 * pad);
  const step = finite.length > 1 ? innerWidth / (finite.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return finite.map((value, index) => ({
    x: round(pad + (finite.length > 1 ? index * step : innerWidth / 2)),
    y: round(max === min ? height / 2 : pad + ((max - value) / (max - min)) * innerHeight),
  }));
}

/** An SVG path ("M x,y L x,y ...") through {@link sparklinePoints}; empty without values. */
export function sparklinePath(
  values: readonly number[],
  width: number,
  height: number,
  pad = 2,
): string {
  return sparklinePoints(values, width, height, pad)
    .map((p, index) => `${index === 0 ? 'M' : 'L'}${p.x},${p.y}`)
    .join(' ');
}
