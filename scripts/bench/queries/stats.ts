/** Summary statistics and number formatting of the query benchmark (pure). */

/** The timings of one query on one engine: every timed run, its median and p95. */
export interface Timing {
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  readonly p95Ms: number;
}

/**
 * The p-th percentile (0 < p <= 100) of `values`, nearest-rank (always one of the values).
 * @throws Error if `values` is empty or p is out of range.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile: p must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

/** The median of `values` (the mean of the middle two for an even count). @throws Error if empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** {@link Timing} of the timed runs `samplesMs`. @throws Error if there are none. */
export function summarise(samplesMs: readonly number[]): Timing {
  return {
    samplesMs: [...samplesMs],
    medianMs: median(samplesMs),
    p95Ms: percentile(samplesMs, 95),
  };
}

/** `numerator / denominator`, or null when either is missing or the result is not finite. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

/** Milliseconds with about three significant digits: 0.412, 4.12, 41.2, 412, 4123. */
export function formatMs(ms: number): string {
  if (ms < 1) return ms.toFixed(3);
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return Math.round(ms).toString();
}

/** `median / p95 ms`, or `–` without a timing. */
export function formatTiming(timing: Timing | null): string {
  return timing ? `${formatMs(timing.medianMs)} / ${formatMs(timing.p95Ms)} ms` : '–';
}

/** A ratio as `3.2×` (one decimal under 10, `14×` above), or `–` without one. */
export function formatRatio(value: number | null): string {
  if (value === null) return '–';
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toString()}×`;
}

/** Bytes as MB (10^6) with one decimal, or `–`. */
export function formatMegabytes(bytes: number | null): string {
  return bytes === null ? '–' : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Milliseconds as seconds with two decimals, or `–`. */
export function formatSeconds(ms: number | null): string {
  return ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`;
}
