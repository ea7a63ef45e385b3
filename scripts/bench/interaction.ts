/**
 * Interaction benchmark: a brush sweep (20 steps) on the road-safety time series and 20 province
 * clicks, timed from the input event to "all views updated" (URL changed, every view query done,
 * two frames painted), plus the longest main-thread task during the sweep and memory.
 */
import type { Page } from 'playwright-core';
import { browserMemoryBytes, openPage, percentile, serveDist } from './browser-session';

/** One size's results. */
export interface InteractionResult {
  readonly label: string;
  readonly incidents: number;
  readonly readyMs: number;
  readonly engineReadyMs: number;
  readonly brushMs: readonly number[];
  /** Per brush step: input to the last view query's answer (the data path, no painting). */
  readonly brushQueryMs: readonly number[];
  readonly clickMs: readonly number[];
  readonly clickQueryMs: readonly number[];
  readonly longestTaskMs: number;
  readonly jsHeapBytes: number;
  readonly browserRssBytes: number;
}

const INSTRUMENT = `
  window.__bench = { inputAt: 0, longest: 0, marks: {} };
  addEventListener('mouseup', () => { window.__bench.inputAt = performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const el = document.documentElement;
    if (!el) return;
    for (const attr of ['data-state', 'data-engine']) {
      const key = attr + ':' + el.getAttribute(attr);
      if (!(key in window.__bench.marks)) window.__bench.marks[key] = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state', 'data-engine'] });
`;

/**
 * In the page: waits for the URL to change, the view queries to finish and two frames. Returns
 * the time from the input to then, and to the end of the last view query started after the input
 * (performance.measure entries the query runner writes).
 */
const SETTLE = `(async (before) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const start = performance.now();
  const until = async (test) => {
    while (!test()) {
      if (performance.now() - start > 60000) throw new Error('no update within 60 s of the input');
      await frame();
    }
  };
  await until(() => location.search !== before);
  await frame();
  await until(() => document.documentElement.dataset.queries === 'idle');
  await frame();
  await frame();
  const inputAt = window.__bench.inputAt;
  const answered = performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('query ') && m.startTime >= inputAt)
    .reduce((last, m) => Math.max(last, m.startTime + m.duration), inputAt);
  return [performance.now() - inputAt, answered - inputAt];
})`;

/** One input's timings: to all views painted, and to the last query answered. */
interface Step {
  readonly totalMs: number;
  readonly queryMs: number;
}

async function settle(page: Page, before: string): Promise<Step> {
  const [totalMs, queryMs] = await page.evaluate<[number, number]>(
    `${SETTLE}(${JSON.stringify(before)})`,
  );
  return { totalMs, queryMs };
}

async function search(page: Page): Promise<string> {
  return page.evaluate(() => location.search);
}

async function brushSweep(page: Page): Promise<Step[]> {
  const slide = page.locator('[data-chart="time-series"] .recharts-brush-slide').first();
  const travellers = page.locator('[data-chart="time-series"] .recharts-brush-traveller');
  const track = await slide.boundingBox();
  const right = await travellers.nth(1).boundingBox();
  if (!track || !right) throw new Error('the time-series brush is not on screen');
  const times: Step[] = [];
  // Narrow the brush to 20 % of the series, then drag that window across in 20 steps of 4 % of
  // the track: each step grabs the window where it is now and moves it, turning back at the end,
  // so every step changes the range.
  const y = right.y + right.height / 2;
  let before = await search(page);
  await page.mouse.move(right.x + right.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width * 0.2, y, { steps: 4 });
  await page.mouse.up();
  await settle(page, before);
  const stepPx = track.width * 0.04;
  let direction = 1;
  for (let step = 0; step < 20; step += 1) {
    const window = await slide.boundingBox();
    if (!window) throw new Error('the brush window is not on screen');
    if (window.x + window.width + stepPx > track.x + track.width) direction = -1;
    if (window.x - stepPx < track.x) direction = 1;
    const grab = window.x + window.width / 2;
    before = await search(page);
    await page.mouse.move(grab, y);
    await page.mouse.down();
    await page.mouse.move(grab + direction * stepPx, y, { steps: 3 });
    await page.mouse.up();
    times.push(await settle(page, before));
  }
  return times;
}

async function provinceClicks(page: Page, anchors: readonly [number, number][]): Promise<Step[]> {
  const times: Step[] = [];
  for (const [lon, lat] of anchors) {
    const point = await page.evaluate(
      ([x, y]) => {
        const handle = window.warRoomMap;
        const rect = document.querySelector('.war-map')?.getBoundingClientRect();
        if (!handle || !rect) throw new Error('map handle missing');
        const p = handle.project(x, y);
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      [lon, lat] as const,
    );
    const before = await search(page);
    await page.mouse.click(point.x, point.y);
    times.push(await settle(page, before));
  }
  return times;
}

/** Runs the benchmark against a built app in `outDir` whose data holds `incidents` incidents. */
export async function measureInteraction(
  outDir: string,
  label: string,
  incidents: number,
  anchors: readonly [number, number][],
): Promise<InteractionResult> {
  const { server, url } = await serveDist(outDir);
  const { browser, page } = await openPage();
  try {
    await page.addInitScript(INSTRUMENT);
    await page.goto(`${url}?layers=road_safety`);
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.engine === 'ready' &&
        document.documentElement.dataset.state === 'ready',
      null,
      { timeout: 600_000 },
    );
    const marks = await page.evaluate<Record<string, number>>('window.__bench.marks');
    await page.evaluate('window.__bench.longest = 0');
    const brush = await brushSweep(page);
    const longestTaskMs = await page.evaluate<number>('window.__bench.longest');
    const clicks = await provinceClicks(page, anchors);
    const jsHeapBytes = await page.evaluate<number>(
      '(performance.memory && performance.memory.usedJSHeapSize) || NaN',
    );
    return {
      label,
      incidents,
      readyMs: Math.round(marks['data-state:ready'] ?? NaN),
      engineReadyMs: Math.round(marks['data-engine:ready'] ?? NaN),
      brushMs: brush.map((step) => step.totalMs),
      brushQueryMs: brush.map((step) => step.queryMs),
      clickMs: clicks.map((step) => step.totalMs),
      clickQueryMs: clicks.map((step) => step.queryMs),
      longestTaskMs,
      jsHeapBytes,
      browserRssBytes: browserMemoryBytes(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Markdown table rows of interaction results. */
export function interactionTable(results: readonly InteractionResult[]): string[] {
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const p = (values: readonly number[]) =>
    `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
  return [
    '| data | map painted | engine ready | brush p50 / p95 (painted) | brush p50 / p95 (queries answered) | click p50 / p95 (painted) | click p50 / p95 (queries answered) | longest task (sweep) | JS heap | browser RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.label} | ${ms(r.readyMs)} | ${ms(r.engineReadyMs)} | ${p(r.brushMs)} | ${p(r.brushQueryMs)} | ${p(r.clickMs)} | ${p(r.clickQueryMs)} | ${ms(r.longestTaskMs)} | ${mb(r.jsHeapBytes)} | ${mb(r.browserRssBytes)} |`,
    ),
  ];
}
