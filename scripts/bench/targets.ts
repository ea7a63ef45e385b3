/**
 * The issue-4 targets against one run of `npm run bench` (plus the last `npm run bench:queries`
 * results): what was aimed for, what was measured, and whether it was met.
 */
import { percentile } from './browser-session';
import type { InteractionResult } from './interaction';
import type { StartupResult } from './startup';

/** The part of scripts/bench/queries-results.json the table reads. */
export interface QueryRatios {
  readonly sizes: readonly {
    readonly incidents: number;
    readonly queries: readonly {
      readonly group: string;
      readonly name: string;
      readonly wasmOverNative1: number | null;
    }[];
  }[];
}

interface TargetRow {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** The rows of the targets table; `null` in "met" where this run has nothing to compare. */
export function targetRows(
  startup: StartupResult,
  interaction: readonly InteractionResult[],
  queries: QueryRatios | null,
): TargetRow[] {
  const rows: TargetRow[] = [];
  const cold = percentile(
    startup.runs.map((r) => r.readyMs),
    50,
  );
  rows.push({
    target: 'first choropleth painted ≤ 1.0 s cold (median)',
    measured: ms(cold),
    met: cold <= 1000,
  });
  const bytes = percentile(
    startup.runs.map((r) => r.brotliBeforePaint),
    50,
  );
  rows.push({
    target: '≤ 600 KB brotli fetched before the first paint',
    measured: `${Math.round(bytes / 1024)} KB`,
    met: bytes <= 600 * 1024,
  });
  const largest = [...interaction].sort((a, b) => b.incidents - a.incidents)[0];
  if (largest) {
    const at = `at ${largest.label}`;
    const painted = [percentile(largest.brushMs, 50), percentile(largest.brushMs, 99)];
    const answered = [percentile(largest.brushQueryMs, 50), percentile(largest.brushQueryMs, 99)];
    rows.push({
      target: `brush step p50 ≤ 1 ms, p99 ≤ 3 ms (pre-aggregated), ${at}: queries answered`,
      measured: `${ms(answered[0] ?? 0)} / ${ms(answered[1] ?? 0)}`,
      met: (answered[0] ?? Infinity) <= 1 && (answered[1] ?? Infinity) <= 3,
    });
    rows.push({
      target: `the same, all views painted`,
      measured: `${ms(painted[0] ?? 0)} / ${ms(painted[1] ?? 0)}`,
      met: (painted[0] ?? Infinity) <= 1 && (painted[1] ?? Infinity) <= 3,
    });
    const click = percentile(largest.clickMs, 99);
    rows.push({
      target: `map selection p99 ≤ 33 ms ${at} (a province click: the app has no 2-D box brush)`,
      measured: ms(click),
      met: click <= 33,
    });
    const smallest = [...interaction].sort((a, b) => a.incidents - b.incidents)[0] ?? largest;
    const growth = largest.browserRssBytes - smallest.browserRssBytes;
    rows.push({
      target: `≤ 1 GB memory ${at}`,
      measured: `JS heap ${mb(largest.jsHeapBytes)}; browser RSS ${mb(largest.browserRssBytes)}, ${mb(growth)} more than at ${smallest.label} (headless SwiftShader alone holds most of it)`,
      met: largest.browserRssBytes <= 2 ** 30,
    });
  }
  const biggest = queries ? [...queries.sizes].sort((a, b) => b.incidents - a.incidents)[0] : null;
  if (biggest) {
    const ratios = biggest.queries
      .filter((q) => q.group === 'raw' && q.wasmOverNative1 !== null)
      .map((q) => q.wasmOverNative1 ?? 0);
    const worst = Math.max(...ratios);
    rows.push({
      target: `raw scans ≤ 2× native DuckDB one thread (${biggest.incidents.toLocaleString('en')} incidents, \`npm run bench:queries\`)`,
      measured: `${Math.min(...ratios).toFixed(1)}–${worst.toFixed(1)}×`,
      met: worst <= 2,
    });
  }
  return rows;
}

/** {@link targetRows} as a markdown table. */
export function targetsTable(
  startup: StartupResult,
  interaction: readonly InteractionResult[],
  queries: QueryRatios | null,
): string[] {
  const mark = (met: boolean | null) => (met === null ? '–' : met ? 'met' : 'missed');
  return [
    '| target (issue 4) | this run | |',
    '| --- | --- | --- |',
    ...targetRows(startup, interaction, queries).map(
      (row) => `| ${row.target} | ${row.measured} | ${mark(row.met)} |`,
    ),
  ];
}
