/**
 * `npm run demo-data`: writes the seeded, deterministic demo datasets, manifest.json and the
 * first-paint preview to public/data/ (or --out DIR). See `--help` and data/README.md.
 */
import { relative } from 'node:path';
import { buildDemoFiles, writeDemoFiles } from './demo-data/generate';
import { USAGE, parseOptions } from './demo-data/options';

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const files = buildDemoFiles(options);
  writeDemoFiles(options.outDir, files);
  const seconds = (performance.now() - started) / 1000;
  const where = relative(process.cwd(), options.outDir) || '.';
  for (const [name, bytes] of files) {
    console.log(`${where}/${name}`.padEnd(40), `${(bytes.length / 1024).toFixed(1)} KiB`);
  }
  console.log(
    `seed ${options.seed}, ${options.incidents} incidents, ${options.complaints} complaints,` +
      ` ${options.households} households: ${seconds.toFixed(1)} s`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
