/**
 * The accelerated soak (issue 5: "no growth in memory, DOM nodes or listeners over time"), shared
 * by `npm run bench:soak` (scripts/bench/soak.ts). Each refresh cycle publishes a changed
 * vaccination entry (a new 77-row CSV) through request interception and wakes the page with a
 * `resume` event, which polls the manifest at once (src/state/app/lifecycle.ts): the real path of a
 * refresh, back to back (fetch, staging load, checks, swap, every view query again, a render).
 * Every `sampleEvery` cycles the page is garbage-collected (CDP) and its JS heap, DOM nodes, event
 * listeners and the browser's resident memory are read. On the wall (`?mode=wall`) a short
 * playlist keeps changing scenes all along; samples are taken on its first scene, paused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserMemoryBytes } from '../../scripts/bench/browser-session';
import { openApp, waitForReady, type AppPage } from './harness';
import { DataServer, sampleMemory, type MemorySample } from './resilience-helpers';

/** The soak's playlist: three 2-second scenes over three datasets, each with its KPI strip. */
export const SOAK_PLAYLIST = {
  version: 1,
  scenes: [
    {
      id: 'soak-a',
      title: { th: 'ทดสอบ วัคซีน', en: 'Soak vaccination' },
      dwellSeconds: 2,
      layers: ['vaccination'],
      charts: ['kpis', 'timeseries', 'ranking'],
    },
    {
      id: 'soak-b',
      title: { th: 'ทดสอบ อุบัติเหตุ', en: 'Soak road safety' },
      dwellSeconds: 2,
      layers: ['road_safety'],
      filters: { from: '2025-04-11', to: '2025-04-17' },
      charts: ['kpis', 'ranking', 'breakdown'],
    },
    {
      id: 'soak-c',
      title: { th: 'ทดสอบ นครราชสีมา', en: 'Soak Nakhon Ratchasima' },
      dwellSeconds: 2,
      layers: ['complaints'],
      filters: { province: 30 },
      charts: ['kpis', 'timeseries', 'breakdown'],
    },
  ],
};
const PLAYLIST_PATH = 'wall/soak-playlist.json';

/** Options of {@link runSoak}. */
export interface SoakOptions {
  readonly mode: 'wall' | 'overview';
  readonly cycles: number;
  /** Cycles between samples. */
  readonly sampleEvery: number;
  readonly log?: (line: string) => void;
}

/** One sample, after `cycle` refresh cycles. */
export interface SoakSample extends MemorySample {
  readonly cycle: number;
  readonly elapsedMs: number;
  /** Resident memory of the whole browser (renderer with the DuckDB worker, GPU, browser). */
  readonly browserRssBytes: number;
}

/** What {@link runSoak} measured. */
export interface SoakResult {
  readonly mode: SoakOptions['mode'];
  readonly cycles: number;
  readonly durationMs: number;
  readonly samples: readonly SoakSample[];
  /** Scene changes seen on the wall during the soak (0 on the dashboard). */
  readonly sceneChanges: number;
}

/** Opens the app for a soak: the data server and (on the wall) the playlist are routed first. */
export async function openSoakPage(
  baseUrl: string,
  mode: SoakOptions['mode'],
): Promise<{ app: AppPage; server: DataServer }> {
  // A small screen: SwiftShader paints every frame on the CPU, and the soak is about memory.
  const app = await openApp(`${baseUrl}favicon.svg`, { width: 960, height: 540 });
  const server = new DataServer();
  await server.install(app.page);
  await app.page.route(`**/${PLAYLIST_PATH}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(SOAK_PLAYLIST) }),
  );
  const query = mode === 'wall' ? `?mode=wall&playlist=${PLAYLIST_PATH}` : '?layers=vaccination';
  await app.page.goto(`${baseUrl}${query}`);
  if (mode === 'overview') await waitForReady(app.page);
  await app.page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
    timeout: 120_000,
  });
  return { app, server };
}

const KPI_VALUE = {
  wall: '.wall-kpi[data-kpi="vaccination"] .wall-kpi-value',
  overview: '.kpi-tile[data-kpi="vaccination"] .kpi-value',
};

/** Waits until the vaccination KPI reads `percent` % and no view query is running. */
async function cycleDone(page: Page, mode: SoakOptions['mode'], percent: number): Promise<void> {
  // The returned handle keeps its value alive in the page until disposed: a leak of the test's own.
  const handle = await page.waitForFunction(
    ([selector, text]) =>
      (document.querySelector(selector)?.textContent ?? '').includes(text) &&
      document.documentElement.dataset.queries === 'idle',
    [KPI_VALUE[mode], `${percent}.0 %`] as const,
    { timeout: 60_000, polling: 50 },
  );
  await handle.dispose();
}

const sceneOf = (page: Page) =>
  page.evaluate(() => document.querySelector('.wall')?.getAttribute('data-scene') ?? '');

/** Pauses the wall on its first scene (Space, then the arrow keys) and lets it settle. */
async function holdFirstScene(page: Page): Promise<void> {
  await page.keyboard.press('Space');
  for (let step = 0; step < SOAK_PLAYLIST.scenes.length; step += 1) {
    if ((await sceneOf(page)) === SOAK_PLAYLIST.scenes[0]?.id) break;
    await page.keyboard.press('ArrowRight');
  }
  const idle = await page.waitForFunction(
    () => document.documentElement.dataset.queries === 'idle',
    null,
    { timeout: 60_000 },
  );
  await idle.dispose();
  // Two frames: the charts and the map have drawn the scene.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Runs the soak on a page from {@link openSoakPage}. */
export async function runSoak(
  app: AppPage,
  server: DataServer,
  options: SoakOptions,
): Promise<SoakResult> {
  const { page } = app;
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now();
  const samples: SoakSample[] = [];
  let sceneChanges = 0;
  let lastScene = await sceneOf(page);
  const sample = async (cycle: number): Promise<void> => {
    if (options.mode === 'wall') await holdFirstScene(page);
    const memory = await sampleMemory(cdp);
    if (options.mode === 'wall') await page.keyboard.press('Space');
    const entry = {
      cycle,
      elapsedMs: Date.now() - start,
      ...memory,
      browserRssBytes: browserMemoryBytes(),
    };
    samples.push(entry);
    options.log?.(
      `cycle ${cycle}: heap ${(entry.heapUsedBytes / 1e6).toFixed(1)} MB, ${entry.domNodes} nodes, ` +
        `${entry.jsEventListeners} listeners, browser ${(entry.browserRssBytes / 1e6).toFixed(0)} MB`,
    );
  };
  await sample(0);
  for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
    // 20-79 %: two cycles in a row never read the same.
    const percent = 20 + (cycle % 60);
    server.publish(cycle, percent);
    await page.evaluate(() => document.dispatchEvent(new Event('resume')));
    await cycleDone(page, options.mode, percent);
    const scene = await sceneOf(page);
    if (scene !== lastScene) sceneChanges += 1;
    lastScene = scene;
    if (cycle % options.sampleEvery === 0 || cycle === options.cycles) await sample(cycle);
  }
  await cdp.detach();
  return {
    mode: options.mode,
    cycles: options.cycles,
    durationMs: Date.now() - start,
    samples,
    sceneChanges,
  };
}

/** The counts a soak compares, each the lowest of a few samples in a row. */
export type SoakFloor = Omit<SoakSample, 'cycle' | 'elapsedMs'>;

/** Growth from the floor just after `warmupCycles` to the floor at the end. */
export interface SoakGrowth {
  readonly baselineCycle: number;
  readonly base: SoakFloor;
  readonly last: SoakFloor;
  readonly heapBytes: number;
  readonly heapPercent: number;
  readonly domNodes: number;
  readonly jsEventListeners: number;
  readonly documents: number;
  readonly browserRssBytes: number;
}

/** Samples averaged over: the lowest of each count in this many samples in a row. */
const FLOOR_SAMPLES = 3;

/** Each count's lowest value in `samples`: a leak raises the floor, a passing spike does not. */
function floorOf(samples: readonly SoakSample[]): SoakFloor {
  const low = (pick: (s: SoakSample) => number): number => Math.min(...samples.map(pick));
  return {
    heapUsedBytes: low((s) => s.heapUsedBytes),
    domNodes: low((s) => s.domNodes),
    jsEventListeners: low((s) => s.jsEventListeners),
    documents: low((s) => s.documents),
    browserRssBytes: low((s) => s.browserRssBytes),
  };
}

/**
 * How much each count grew: from the floor of the first samples at or after `warmupCycles` to
 * the floor of the last samples (each {@link FLOOR_SAMPLES} in a row).
 */
export function soakGrowth(result: SoakResult, warmupCycles: number): SoakGrowth {
  const from = result.samples.findIndex((s) => s.cycle >= warmupCycles);
  const early = result.samples.slice(from, from + FLOOR_SAMPLES);
  const late = result.samples.slice(-FLOOR_SAMPLES);
  const first = early[0];
  if (from < 0 || !first || result.samples.length - from < 2 * FLOOR_SAMPLES) {
    throw new Error('the soak took too few samples after its warm-up');
  }
  const base = floorOf(early);
  const last = floorOf(late);
  return {
    baselineCycle: first.cycle,
    base,
    last,
    heapBytes: last.heapUsedBytes - base.heapUsedBytes,
    heapPercent: (100 * (last.heapUsedBytes - base.heapUsedBytes)) / base.heapUsedBytes,
    domNodes: last.domNodes - base.domNodes,
    jsEventListeners: last.jsEventListeners - base.jsEventListeners,
    documents: last.documents - base.documents,
    browserRssBytes: last.browserRssBytes - base.browserRssBytes,
  };
}

/** Writes `value` as JSON to `file` (folders made as needed). */
export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
