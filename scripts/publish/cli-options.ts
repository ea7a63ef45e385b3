/**
 * Command-line options of `npm run aggregate`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run aggregate` was asked to do. */
export interface AggregateOptions {
  /** The raw manifest, or undefined (only with --print-sql: the schema of data/datasets.json). */
  readonly rawPath: string | undefined;
  /** Output folder of the published files; undefined with --print-sql alone. */
  readonly outDir: string | undefined;
  /** Print the SQL instead of running it. */
  readonly printSql: boolean;
}

/** Usage text for --help. */
export const AGGREGATE_USAGE = `Usage: npm run aggregate -- --raw FILE --out DIR
       npm run aggregate -- [--raw FILE] --print-sql
  --raw FILE    raw manifest: the shape of public/data/manifest.json, listing the raw files
                (paths relative to it, or http(s) URLs: these need DuckDB's httpfs extension)
  --out DIR     folder for the published files and their manifest.json (not the raw folder)
  --print-sql   print every aggregate's SQL (DuckDB dialect, parameters inlined) and exit;
                without --raw it uses the columns of data/datasets.json`;

/**
 * Parses command-line arguments (without the node and script names). Returns null for --help.
 * @throws Error when --raw or --out is missing for a publish run.
 */
export function parseAggregateOptions(args: readonly string[]): AggregateOptions | null {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      raw: { type: 'string' },
      out: { type: 'string' },
      'print-sql': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const printSql = values['print-sql'] === true;
  if (!printSql && (values.raw === undefined || values.out === undefined)) {
    throw new Error(`--raw and --out are required to publish\n${AGGREGATE_USAGE}`);
  }
  return {
    rawPath: values.raw === undefined ? undefined : resolve(values.raw),
    outDir: values.out === undefined ? undefined : resolve(values.out),
    printSql,
  };
}
