/**
 * `npm run ingest -- <dataset-id> <file…> [--out dir] [--population file] [--mapping file]`:
 * real data in, in one step (issue 15). See `--help`, scripts/ingest/ and README
 * "ใช้ข้อมูลจริง · Use your own data".
 */
import { INGEST_USAGE, parseIngestOptions } from './ingest/ingest-options';
import { runIngest } from './ingest/run-ingest';

async function main(): Promise<void> {
  const options = parseIngestOptions(process.argv.slice(2));
  if (options === null) {
    console.log(INGEST_USAGE);
    return;
  }
  const run = await runIngest(options, new Date(), (line) => {
    console.log(line);
  });
  for (const name of run.written) console.log(`→ ${options.outDir}/${name}`);
  if (!run.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
