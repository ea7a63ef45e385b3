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

/**
 * Growth a leak would cause, from just after warm-up to the end (was the browser test's, which
 * ran 150 + 60 cycles in `npm test`; memory belongs to the benchmarks, so the bounds are checked
 * here, on the long run). The bench shows the heap growing ~15 % after warm-up and levelling off,
 * DOM nodes and listeners varying by up to ~180 and ~20 with what the charts draw at that moment.
 */
const BOUNDS = {
  overview: { heapShare: 0.3, nodes: 190, listeners: 30 },
  wall: { heapShare: 0.3, nodes: 50, listeners: 10 },
} as const;

/** The bounds a run broke, as sentences (empty: none). */
function brokenBounds(result: SoakResult, pageErrors: readonly string[]): string[] {
  const growth = soakGrowth(result, warmupOf(result.mode));
  const bounds = BOUNDS[result.mode];
  const broken: string[] = [];
  if (growth.heapBytes >= bounds.heapShare * growth.base.heapUsedBytes) {
    broken.push(`${result.mode}: JS heap grew ${mb(growth.heapBytes)} MB after warm-up`);
  }
  if (growth.domNodes > bounds.nodes) {
    broken.push(`${result.mode}: ${String(growth.domNodes)} DOM nodes more after warm-up`);
  }
  if (growth.jsEventListeners > bounds.listeners) {
    broken.push(`${result.mode}: ${String(growth.jsEventListeners)} listeners more after warm-up`);
  }
  if (growth.documents !== 0) broken.push(`${result.mode}: ${String(growth.documents)} documents`);
  for (const error of pageErrors) broken.push(`${result.mode}: page error ${error}`);
  return broken;
}

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
    'The curve (every sample) is in `scripts/bench/soak-results.json`, with the bounds a leak would',
    'break (heap +30 %, DOM nodes +190 / +50 on the wall, listeners +30 / +10, no extra document, no',
    'page error); the bench exits with 1 when one is broken.',
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'war-room-soak-dist-'));
  const results: SoakResult[] = [];
  const broken: string[] = [];
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const { server, url } = await serveDist(outDir);
    try {
      for (const mode of modes) {
        const { app, server: data } = await openSoakPage(url, mode);
        try {
          const result = await runSoak(app, data, {
            mode,
            cycles: cyclesOf(mode),
            sampleEvery: mode === 'wall' ? Math.max(1, Math.round(sampleEvery / 2)) : sampleEvery,
            log: (line) => {
              console.log(`${mode} ${line}`);
            },
          });
          results.push(result);
          broken.push(...brokenBounds(result, app.pageErrors));
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
    bounds: BOUNDS,
    broken,
    results: results.map((r) => ({ ...r, growth: soakGrowth(r, warmupOf(r.mode)) })),
  });
  console.log(`\n${section}`);
  if (broken.length > 0) {
    console.error(`Soak bounds broken:\n${broken.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
