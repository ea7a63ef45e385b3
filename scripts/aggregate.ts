/**
 * `npm run aggregate -- --raw <raw-manifest.json> --out <dir>`: publishes a ministry's raw data
 * as the small tables the browser reads (src/data/published/aggregates.ts), or `--print-sql` prints their
 * SQL. See `--help` and data/README.md ("Publishing real data").
 */
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './demo-data/options';
import { readStaticDatasets } from './demo-data/reference-data';
import {
  AGGREGATE_USAGE,
  parseAggregateOptions,
  type AggregateOptions,
} from './publish/cli-options';
import { aggregateSqlScript } from './publish/print-sql';
import { rawRegistry, schemaOnlyRegistry } from './publish/published-manifest';
import { publishRawManifest, rawSources, readRawManifest } from './publish/raw-manifest';
import { formatTimings } from './publish/report';

/** The SQL script of the raw manifest, or of data/datasets.json's columns without one. */
function printSql(options: AggregateOptions): string {
  if (options.rawPath !== undefined) {
    const manifest = readRawManifest(options.rawPath);
    const sources = rawSources(manifest, dirname(options.rawPath));
    const raw = rawRegistry(
      sources.map((s) => s.def),
      manifest.preview,
      options.rawPath,
    );
    return aggregateSqlScript(raw, sources);
  }
  const path = join(REPO_ROOT, 'data/datasets.json');
  return aggregateSqlScript(schemaOnlyRegistry(readStaticDatasets(path), 'data/datasets.json'));
}

async function main(): Promise<void> {
  const options = parseAggregateOptions(process.argv.slice(2));
  if (!options) {
    console.log(AGGREGATE_USAGE);
    return;
  }
  if (options.printSql) {
    process.stdout.write(printSql(options));
    return;
  }
  if (options.rawPath === undefined || options.outDir === undefined) {
    throw new Error(AGGREGATE_USAGE);
  }
  const { result, written } = await publishRawManifest(options.rawPath, options.outDir);
  for (const name of written) console.log(`${options.outDir}/${name}`);
  for (const line of formatTimings(result.timings)) console.log(line);
  for (const id of result.withheld) {
    console.warn(
      `not published: '${id}' is personal data (minGroupSize) and no aggregate summarises it`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
