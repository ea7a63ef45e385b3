/**
 * `npm run bench:queries -- --incidents 1000000 [--runs 5] [--out FILE]`: the physical limit for
 * the app's queries. Times the SQL of the app's builders on native DuckDB (one thread, all
 * threads) and on DuckDB-WASM in headless Chromium over the same generated demo data, writes the
 * JSON file and prints Markdown tables. Fails when engines disagree on a result.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parseProvinceTable } from '../../../src/data/places/province-table';
import { QUERY_BENCH_USAGE, parseQueryBenchArgs } from './args';
import { demoDataDir } from './data';
import { measureSize, type SeenVersions } from './measure';
import { markdownReport, type QueryBenchResults, type SizeRecord } from './report';
import { BENCH_REGION } from './workload';

function packageVersion(name: string): string {
  const file = path.join('node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseQueryBenchArgs(args);
  if (!options) {
    console.log(QUERY_BENCH_USAGE);
    return;
  }
  const started = performance.now();
  const regionCodes = parseProvinceTable(readFileSync('data/provinces.csv', 'utf8'))
    .filter((province) => province.region === BENCH_REGION)
    .map((province) => province.code);
  const seen: SeenVersions = { chromium: '?', nativeDuckdb: '?', wasmDuckdb: '?' };
  const sizes: SizeRecord[] = [];
  for (const incidents of options.incidents) {
    const dataDir = demoDataDir(incidents, options.fresh);
    console.log(`measuring ${incidents.toLocaleString('en')} incidents (${options.runs} runs)`);
    sizes.push(await measureSize(incidents, dataDir, regionCodes, options.runs, seen));
  }
  const cpus = os.cpus();
  const results: QueryBenchResults = {
    measuredAt: new Date().toISOString(),
    command: ['npm run bench:queries', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
    runs: options.runs,
    durationMs: performance.now() - started,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
      ramBytes: os.totalmem(),
      node: process.version,
      chromium: seen.chromium,
      nativeDuckdb: seen.nativeDuckdb,
      wasmDuckdb: seen.wasmDuckdb,
      nodeApiPackage: packageVersion('@duckdb/node-api'),
      duckdbWasmPackage: packageVersion('@duckdb/duckdb-wasm'),
    },
    sizes,
  };
  mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
  // Written as Prettier writes it, so `npm run format:check` passes with the file committed.
  const config = (await resolveConfig(options.out)) ?? {};
  const json = await format(JSON.stringify(results), { ...config, filepath: options.out });
  writeFileSync(options.out, json);
  console.log(`\n${markdownReport(results).join('\n')}\n\nJSON: ${options.out}`);
  const wrong = sizes.flatMap((size) => size.mismatches.map((m) => `${size.incidents}: ${m}`));
  if (wrong.length > 0) {
    throw new Error(`engines disagree on ${wrong.length} result(s):\n${wrong.join('\n')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
