/** Summaries and the Markdown table of the Mosaic-vs-War-Room brush sweep. */
import { percentile } from '../browser-session';

/** Nearest-rank p50 / p95 / p99 of one sweep, in milliseconds. */
export interface Quantiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** Step times of one system at one width: to all views painted, and to the last query answered. */
export interface StepTimes {
  readonly paintedMs: readonly number[];
  readonly queryMs: readonly number[];
}

/** One brush width's sweep on both systems (ours undefined when not measured). */
export interface WidthResult {
  /** Brush width as a fraction of the time axis. */
  readonly width: number;
  readonly mosaic: StepTimes;
  readonly ours: StepTimes | undefined;
}

/** p50 / p95 / p99 of `values` (NaN for an empty list). */
export function quantiles(values: readonly number[]): Quantiles {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99) };
}

/** Milliseconds for a table cell: one decimal below 10 ms, whole above, an en dash for none. */
export function formatMs(value: number): string {
  if (Number.isNaN(value)) return '–';
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

const triple = (q: Quantiles): string =>
  `${formatMs(q.p50)} / ${formatMs(q.p95)} / ${formatMs(q.p99)}`;

/** "a ÷ b" as `2.3×`, or an en dash when either side is missing. */
export function formatRatio(a: number, b: number): string {
  return Number.isFinite(a / b) ? `${(a / b).toFixed(1)}×` : '–';
}

/**
 * Markdown lines: a machine line, then one row per brush width: input to all views painted
 * (p50 / p95 / p99) for Mosaic and the War Room with the ratio War Room ÷ Mosaic, then input to
 * the last query answered (p50 / p99) for both.
 */
export function sweepTable(
  machine: string,
  incidents: number,
  results: readonly WidthResult[],
): string[] {
  const rows = results.map((r) => {
    const mosaic = quantiles(r.mosaic.paintedMs);
    const ours = quantiles(r.ours?.paintedMs ?? []);
    const mosaicQ = quantiles(r.mosaic.queryMs);
    const oursQ = quantiles(r.ours?.queryMs ?? []);
    return [
      `${Math.round(r.width * 100)} %`,
      triple(mosaic),
      triple(ours),
      `${formatRatio(ours.p50, mosaic.p50)} / ${formatRatio(ours.p99, mosaic.p99)}`,
      `${formatMs(mosaicQ.p50)} / ${formatMs(mosaicQ.p99)}`,
      `${formatMs(oursQ.p50)} / ${formatMs(oursQ.p99)}`,
    ].join(' | ');
  });
  const steps = results[0]?.mosaic.paintedMs.length ?? 0;
  return [
    `Machine: ${machine}. ${incidents.toLocaleString('en')} incidents, ${steps} brush steps per width.`,
    '',
    '| brush width | Mosaic painted p50 / p95 / p99 | War Room painted p50 / p95 / p99 | War Room ÷ Mosaic (p50 / p99) | Mosaic queries answered p50 / p99 | War Room queries answered p50 / p99 |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    'Painted: from the input to every view updated and two more frames. Mosaic publishes its brush on',
    'every pointer move, so its input is the one move of a step; the War Room brush commits on release,',
    'so its input is the mouse-up of a 3-move drag. Queries answered: input to the last query answer.',
  ];
}
