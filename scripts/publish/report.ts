/**
 * Console lines the publish commands print.
 */
import type { StepTiming } from './publish';

/** One line per step: `publish: road_safety_daily   28,123 rows   0.41 s`, then the total. */
export function formatTimings(timings: readonly StepTiming[]): string[] {
  const lines = timings.map(
    ({ step, rows, ms }) =>
      `publish: ${step.padEnd(22)} ${rows.toLocaleString('en').padStart(12)} rows` +
      ` ${(ms / 1000).toFixed(2).padStart(7)} s`,
  );
  const total = timings.reduce((sum, timing) => sum + timing.ms, 0);
  lines.push(`publish: DuckDB load + aggregation ${(total / 1000).toFixed(2)} s`);
  return lines;
}
