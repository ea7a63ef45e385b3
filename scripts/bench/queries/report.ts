/** The query benchmark's results (the JSON file) and their Markdown tables (pure). */
import type { SqlParam } from '../../../src/data/sql';
import { formatMegabytes, formatRatio, formatSeconds, formatTiming, type Timing } from './stats';
import type { QueryGroup } from './workload';

/** The machine and software a run measured. */
export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly ramBytes: number;
  readonly node: string;
  /** browser.version() of the Chromium that ran the page. */
  readonly chromium: string;
  /** SELECT version() of native DuckDB and of DuckDB-WASM. */
  readonly nativeDuckdb: string;
  readonly wasmDuckdb: string;
  /** npm package versions. */
  readonly nodeApiPackage: string;
  readonly duckdbWasmPackage: string;
}

/** One query at one size on every engine. */
export interface QueryRecord {
  readonly group: QueryGroup;
  readonly name: string;
  readonly builder: string;
  readonly sql: string;
  readonly params: readonly SqlParam[];
  readonly rows: number;
  /** SHA-256 of the result (digest.ts), equal on every engine. */
  readonly digest: string;
  readonly native1: Timing;
  readonly nativeAll: Timing;
  readonly wasm: Timing | null;
  /** Why there is no wasm timing (e.g. the raw table did not load in the browser). */
  readonly wasmError: string | null;
  /** Ratios of the medians. */
  readonly wasmOverNative1: number | null;
  readonly wasmOverNativeAll: number | null;
}

/** Loading and memory on the native side. */
export interface NativeLoad {
  readonly loadMs: number;
  readonly rssBytes: number;
  readonly duckdbBytes: number;
  readonly threadsAll: number;
}

/** Loading and memory in the browser (null where the step did not happen). */
export interface BrowserLoad {
  readonly engineMs: number | null;
  readonly publishedLoadMs: number | null;
  readonly rawLoadMs: number | null;
  readonly rawLoadError: string | null;
  readonly jsHeapBytes: number | null;
  readonly duckdbBytes: number | null;
  /** RSS of the browser's processes after the raw load, and its peak during the raw load. */
  readonly browserRssBytes: number | null;
  readonly browserPeakRssBytes: number | null;
}

/** Everything measured at one incident count. */
export interface SizeRecord {
  readonly incidents: number;
  readonly rawFileBytes: number;
  readonly native: NativeLoad;
  readonly browser: BrowserLoad;
  readonly queries: readonly QueryRecord[];
  /** Results that differ between engines or groups: the run fails when this is not empty. */
  readonly mismatches: readonly string[];
}

/** The JSON file. */
export interface QueryBenchResults {
  readonly measuredAt: string;
  readonly command: string;
  readonly runs: number;
  readonly durationMs: number;
  readonly machine: MachineInfo;
  readonly sizes: readonly SizeRecord[];
}

/** `2 × AMD EPYC, 24 GiB RAM, Node v20.20.2, Chromium 156.0.1` */
export function machineLine(machine: MachineInfo): string {
  const gib = Math.round(machine.ramBytes / 2 ** 30);
  return `${machine.cpus} × ${machine.cpuModel}, ${gib} GiB RAM, Node ${machine.node}, Chromium ${machine.chromium}`;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** The load and memory sentence of one size. */
export function loadLine(size: SizeRecord): string {
  const { native, browser } = size;
  const raw =
    browser.rawLoadError === null
      ? formatSeconds(browser.rawLoadMs)
      : `failed (${browser.rawLoadError})`;
  return [
    `Load: native ${formatSeconds(native.loadMs)} (every table, read_parquet), DuckDB ${formatMegabytes(native.duckdbBytes)},`,
    `Node RSS ${formatMegabytes(native.rssBytes)}. Browser: DuckDB-WASM start ${formatSeconds(browser.engineMs)},`,
    `published tables ${formatSeconds(browser.publishedLoadMs)} (start included), raw road_safety.parquet`,
    `(${formatMegabytes(size.rawFileBytes)}) ${raw}; then JS heap ${formatMegabytes(browser.jsHeapBytes)},`,
    `DuckDB-WASM ${formatMegabytes(browser.duckdbBytes)}, browser processes RSS ${formatMegabytes(browser.browserRssBytes)}`,
    `(peak during the raw load ${formatMegabytes(browser.browserPeakRssBytes)}).`,
  ].join(' ');
}

/** The table of one size: a row per query, raw group first. */
export function sizeTable(size: SizeRecord): string[] {
  const threads = size.native.threadsAll;
  const lines = [
    row([
      'tables',
      'query',
      'builder, filters',
      'rows',
      'native 1 thread',
      `native ${threads} threads`,
      'wasm',
      'wasm / native 1 thread',
      `wasm / native ${threads} threads`,
    ]),
    row(Array.from({ length: 9 }, () => '---')),
  ];
  for (const q of size.queries) {
    lines.push(
      row([
        q.group,
        q.name,
        q.builder,
        q.rows.toLocaleString('en'),
        formatTiming(q.native1),
        formatTiming(q.nativeAll),
        q.wasm ? formatTiming(q.wasm) : `– (${q.wasmError ?? 'not run'})`,
        formatRatio(q.wasmOverNative1),
        formatRatio(q.wasmOverNativeAll),
      ]),
    );
  }
  return lines;
}

/** The whole Markdown section: what was measured and how, then a table per size. */
export function markdownReport(results: QueryBenchResults): string[] {
  const m = results.machine;
  const lines = [
    '## Queries: DuckDB-WASM against native DuckDB (`npm run bench:queries`)',
    '',
    `Measured ${results.measuredAt} with \`${results.command}\` (${formatSeconds(results.durationMs)} in all): ${machineLine(m)}.`,
    `Native: DuckDB ${m.nativeDuckdb} (@duckdb/node-api ${m.nodeApiPackage}) in the Node process, a prepared statement,`,
    `every result row read; \`SET threads = 1\`, then all ${m.cpus} threads. WASM: DuckDB-WASM ${m.duckdbWasmPackage}`,
    `(DuckDB ${m.wasmDuckdb}) in headless Chromium, started and loaded by the app's own createBrowserEngine and`,
    'DataCoordinator (Parquet through parquet-wasm), timed with performance.now() around engine.query (the result',
    `back on the main thread as Arrow). Median / p95 of ${results.runs} runs after one warm-up run; ratios of medians.`,
    'Every engine runs the same SQL from the app\'s builders (src/data/queries; "raw" reads the incident table, as',
    'the builders do for a manifest without aggregates; "pre-aggregated" reads the published tables); results are',
    'checked equal across engines and groups (rows and a SHA-256 of every value). Raw data: the JSON file.',
  ];
  for (const size of results.sizes) {
    lines.push('', `### ${size.incidents.toLocaleString('en')} incidents`, '', loadLine(size), '');
    lines.push(...sizeTable(size));
    if (size.mismatches.length > 0) {
      lines.push('', 'Results that differ:', '', ...size.mismatches.map((text) => `- ${text}`));
    }
  }
  return lines;
}
