/** Command-line options of `npm run bench:queries` (pure). */
import { parseArgs } from 'node:util';

/** What one run measures and where it writes. */
export interface QueryBenchOptions {
  /** Incident counts, one data set each, in the order given. */
  readonly incidents: readonly number[];
  /** Timed runs per query and engine (after one warm-up run). */
  readonly runs: number;
  /** The JSON results file. */
  readonly out: string;
  /** Regenerate the demo data even if a cached copy exists. */
  readonly fresh: boolean;
}

/** Defaults of {@link parseQueryBenchArgs}. */
export const DEFAULT_QUERY_BENCH_OPTIONS: QueryBenchOptions = Object.freeze({
  incidents: Object.freeze([1_000_000]),
  runs: 5,
  out: 'scripts/bench/queries-results.json',
  fresh: false,
});

/** Usage text for --help. */
export const QUERY_BENCH_USAGE = `Usage: npm run bench:queries -- [options]
  --incidents N[,N...]  demo incidents, one data set each (default 1000000), e.g. 1000000,10000000
  --runs N              timed runs per query and engine after a warm-up run (default 5)
  --out FILE            JSON results (default ${DEFAULT_QUERY_BENCH_OPTIONS.out})
  --fresh               regenerate the demo data instead of reusing the copy in the temp folder`;

function wholeNumber(text: string, flag: string, min: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`${flag} must be a whole number >= ${min}, got "${text}"`);
  }
  return value;
}

/**
 * Parses the arguments after the script name. Returns null for --help.
 * @throws Error naming the flag for unknown flags and bad values.
 */
export function parseQueryBenchArgs(args: readonly string[]): QueryBenchOptions | null {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      incidents: { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      fresh: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const defaults = DEFAULT_QUERY_BENCH_OPTIONS;
  const incidents =
    values.incidents === undefined
      ? defaults.incidents
      : values.incidents.split(',').map((part) => wholeNumber(part, '--incidents', 1));
  if (new Set(incidents).size !== incidents.length) {
    throw new Error(`--incidents lists a count twice: "${values.incidents ?? ''}"`);
  }
  const out = values.out ?? defaults.out;
  if (out.trim() === '') throw new Error('--out needs a file name');
  return {
    incidents,
    runs: values.runs === undefined ? defaults.runs : wholeNumber(values.runs, '--runs', 1),
    out,
    fresh: values.fresh ?? false,
  };
}
