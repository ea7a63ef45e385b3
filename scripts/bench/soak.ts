/**
 * `npm run bench:soak [-- --cycles 800 --wall-cycles 200 --every 50 --warmup 100 --mode both|overview|wall]`: builds
 * the app into a temporary folder, serves it, and runs the soak of tests/browser/soak-driver.ts
 * (refresh cycles back to back with forced garbage collection; the wall keeps playing). Writes
 * scripts/bench/soak-results.json (with the section, `markdown`) and prints a section for
 * BENCHMARKS.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import {
  openSoakPage,
  runSoak,
  soakGrowth,
  writeJson,
  type SoakOptions,
  type SoakResult,
} from '../../tests/browser/soak-driver';
import { serveDist } from './browser-session';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '800' },
    'wall-cycles': { type: 'string', default: '200' },
    every: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '100' },
    mode: { type: 'string', default: 'both' },
  },
});
const cycles = Number(values.cycles);
const wallCycles = Number(values['wall-cycles']);
const sampleEvery = Number(values.every);
const warmup = Number(values.warmup);
const modes: SoakOptions['mode'][] =
  values.mode === 'both' ? ['overview', 'wall'] : [values.mode === 'wall' ? 'wall' : 'overview'];

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const cyclesOf = (mode: SoakOptions['mode']): number => (mode === 'wall' ? wallCycles : cycles);
const warmupOf = (mode: SoakOptions['mode']): number =>
  mode === 'wall' ? Math.round(wallCycles / 4) : warmup;

function markdown(results: readonly SoakResult[]): string {
  const lines = [
    '## Soak (runs for days, accelerated)',
    '',
    `\`npm run bench:soak\`: refresh cycles back to back (each: a changed 77-row vaccination CSV`,
    'fetched, staged, checked, swapped in, every view query run again, rendered), woken by the `resume`',
    'event; on the wall a 3-scene playlist (2 s each) plays throughout. Full GC (CDP) before each sample;',
    `growth is from just after warm-up (cycle ${warmup}; wall: a quarter of its cycles) to the end, each`,
    'figure the lowest of 3 samples in a row (a leak raises the floor; a passing spike does not).',
    'Headless Chromium (SwiftShader), 960×540, 2 cores. JS heap = V8 used size (CDP Runtime.getHeapUsage).',
    '',
    '| mode | cycles | time | ms/cycle | JS heap (MB) warm → last | DOM nodes | listeners | browser RSS (MB) |',
    '| ---- | -----: | ---: | -------: | ------------------------ | --------: | --------: | ---------------: |',
  ];
  for (const result of results) {
    const growth = soakGrowth(result, warmupOf(result.mode));
    const { base, last } = growth;
    lines.push(
      `| ${result.mode} | ${result.cycles} | ${(result.durationMs / 60_000).toFixed(1)} min | ` +
        `${Math.round(result.durationMs / result.cycles)} | ${mb(base.heapUsedBytes)} → ${mb(last.heapUsedBytes)} ` +
        `(${growth.heapPercent >= 0 ? '+' : ''}${growth.heapPercent.toFixed(1)} %) | ${base.domNodes} → ${last.domNodes} | ` +
        `${base.jsEventListeners} → ${last.jsEventListeners} | ${mb(base.browserRssBytes)} → ${mb(last.browserRssBytes)} |`,
    );
  }
  lines.push(
    '',
    'The curve (every sample) is in `scripts/bench/soak-results.json`; the browser test',
    '`tests/browser/soak.test.ts` runs the same soak, shorter (150 cycles, then 60 on the wall), in',
    '`npm test` and fails on growth a leak would cause.',
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'war-room-soak-dist-'));
  const results: SoakResult[] = [];
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const { server, url } = await serveDist(outDir);
    try {
      for (const mode of modes) {
        const { app, server: data } = await openSoakPage(url, mode);
        try {
          results.push(
            await runSoak(app, data, {
              mode,
              cycles: cyclesOf(mode),
              sampleEvery: mode === 'wall' ? Math.max(1, Math.round(sampleEvery / 2)) : sampleEvery,
              log: (line) => {
                console.log(`${mode} ${line}`);
              },
            }),
          );
        } finally {
          await app.close();
        }
      }
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const section = markdown(results);
  writeJson('scripts/bench/soak-results.json', {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    warmupCycles: warmup,
    markdown: section,
    results: results.map((r) => ({ ...r, growth: soakGrowth(r, warmupOf(r.mode)) })),
  });
  console.log(`\n${section}`);
}

await main();
