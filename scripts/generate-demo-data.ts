/**
 * `npm run demo-data`: generates the seeded, deterministic raw demo datasets, publishes them
 * (small tables instead of raw records; no raw household record leaves the build) and writes
 * them with manifest.json and the first-paint preview to public/data/ (or --out DIR). See
 * `--help` and data/README.md.
 */
import { relative } from 'node:path';
import { buildDemoOutput, writeDemoFiles } from './demo-data/generate';
import { USAGE, parseOptions } from './demo-data/options';
import { formatTimings } from './publish/report';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const { files, published } = await buildDemoOutput(options);
  writeDemoFiles(options.outDir, files);
  const seconds = (performance.now() - started) / 1000;
  const where = relative(process.cwd(), options.outDir) || '.';
  for (const [name, bytes] of files) {
    console.log(`${where}/${name}`.padEnd(40), `${(bytes.length / 1024).toFixed(1)} KiB`);
  }
  for (const line of formatTimings(published.timings)) console.log(line);
  console.log(
    `seed ${options.seed}, ${options.incidents} incidents, ${options.complaints} complaints,` +
      ` ${options.households} households: ${seconds.toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
