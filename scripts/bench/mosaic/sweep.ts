/**
 * The brush sweeps, driven through Playwright's mouse: Mosaic's intervalX brush on the daily
 * histogram, and the War Room's recharts brush on the road-safety time series. Both: set a window of
 * `width` of the time axis, then move it `steps` times by 4 % of the axis, turning back at the ends.
 */
import type { Page } from 'playwright-core';

/** Fraction of the axis one step moves the window (as scripts/bench/interaction.ts). */
const STEP = 0.04;

/** A screen rectangle in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** Where the window goes next: grab its middle, move by ±step, turning at the track's ends. */
function nextMove(track: Box, window: Box, stepPx: number, direction: number): [number, number] {
  let dir = direction;
  if (window.x + window.width + stepPx > track.x + track.width) dir = -1;
  if (window.x - stepPx < track.x) dir = 1;
  return [window.x + window.width / 2, dir];
}

/** One sweep: per step, input to all views painted and input to the last query answered. */
export interface Sweep {
  readonly paintedMs: number[];
  readonly queryMs: number[];
  /** The SQL the first step sent (to see whether pre-aggregated tables answered it). */
  readonly firstStepSql: string[];
  /** The brush window's width as a fraction of the axis, as measured on screen before the steps. */
  windowFraction: number;
}

/** Installed before the page loads: the time of the first pointer/mouse move after arming. */
export const INPUT_PROBE = `
  window.__input = { armed: false, at: 0 };
  const take = () => { if (window.__input.armed) { window.__input.armed = false; window.__input.at = performance.now(); } };
  addEventListener('pointermove', take, true);
  addEventListener('mousemove', take, true);
  addEventListener('mouseup', () => { window.__input.up = performance.now(); }, true);
`;

const MOSAIC_TRACK = 'g.interval-x rect.overlay';
const MOSAIC_WINDOW = 'g.interval-x rect.selection';

/**
 * Mosaic: its brush publishes on every move, so each step is one mouse move with the button held,
 * timed from that move event to `__mosaic.settle()` (selection updates done, views rendered, two
 * frames). Returns the step times in ms.
 */
export async function mosaicSweep(page: Page, width: number, steps: number): Promise<Sweep> {
  const settle = () => page.evaluate(() => window.__mosaic?.settle());
  const track = await box(page, MOSAIC_TRACK);
  const y = track.y + track.height / 2;
  // Clear any brush (a click on the overlay), then draw the new window from the left end.
  await page.mouse.click(track.x + track.width - 2, y);
  await settle();
  await page.mouse.move(track.x + 1, y);
  await page.mouse.down();
  await page.mouse.move(track.x + 1 + track.width * width, y, { steps: 4 });
  await page.mouse.up();
  await settle();
  const stepPx = track.width * STEP;
  const sweep: Sweep = { paintedMs: [], queryMs: [], firstStepSql: [], windowFraction: NaN };
  sweep.windowFraction = (await box(page, MOSAIC_WINDOW)).width / track.width;
  let direction = 1;
  for (let step = 0; step < steps; step += 1) {
    const [grab, dir] = nextMove(track, await box(page, MOSAIC_WINDOW), stepPx, direction);
    direction = dir;
    await page.mouse.move(grab, y);
    await page.mouse.down();
    await page.evaluate(() => {
      (window as unknown as { __input: { armed: boolean } }).__input.armed = true;
    });
    await page.mouse.move(grab + direction * stepPx, y, { steps: 1 });
    const [painted, answered, sql] = await page.evaluate(async () => {
      await window.__mosaic?.settle();
      const at = (window as unknown as { __input: { at: number } }).__input.at;
      const mine = (window.__mosaic?.queries ?? []).filter((q) => q.start >= at);
      const last = mine.reduce((end, q) => Math.max(end, q.end), at);
      return [performance.now() - at, last - at, mine.map((q) => q.sql)] as const;
    });
    sweep.paintedMs.push(painted);
    sweep.queryMs.push(answered);
    if (step === 0) sweep.firstStepSql.push(...sql);
    await page.mouse.up();
    await settle();
  }
  return sweep;
}

/**
 * In the War Room page: waits for the URL to change, the view queries to go idle and two frames
 * (the same "painted" as scripts/bench/interaction.ts); returns ms since the last mouse-up.
 */
const OURS_SETTLE = `(async (before, optional) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const start = performance.now();
  const until = async (test) => {
    while (!test()) {
      if (performance.now() - start > 60000) throw new Error('no update within 60 s of the input');
      await frame();
    }
  };
  if (optional) {
    while (location.search === before) {
      if (performance.now() - start > 3000) return [NaN, NaN];
      await frame();
    }
  }
  await until(() => location.search !== before);
  await frame();
  await until(() => document.documentElement.dataset.queries === 'idle');
  await frame();
  await frame();
  const up = window.__input.up;
  const answered = performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('query ') && m.startTime >= up)
    .reduce((last, m) => Math.max(last, m.startTime + m.duration), up);
  return [performance.now() - up, answered - up];
})`;

const OURS_TRACK = '[data-chart="time-series"] .recharts-brush-slide';

/**
 * The War Room brush's window in traveller positions: from the left traveller's x to the right
 * one's (recharts maps these, not the slide between them, to the series). Called while the brush
 * spans the whole series it gives the track.
 */
export async function oursWindow(page: Page): Promise<Box> {
  const left = await page.locator(OURS_TRAVELLER).nth(0).boundingBox();
  const right = await page.locator(OURS_TRAVELLER).nth(1).boundingBox();
  if (!left || !right) throw new Error('the time-series brush travellers are not on screen');
  return { x: left.x, y: left.y, width: right.x - left.x, height: left.height };
}
const OURS_TRAVELLER = '[data-chart="time-series"] .recharts-brush-traveller';

/**
 * The War Room: its brush commits on release, so each step is a drag (3 moves) timed from the
 * mouse-up to all views painted. `track` is the brush window at full width (see {@link oursWindow}).
 */
export async function oursSweep(
  page: Page,
  track: Box,
  width: number,
  steps: number,
): Promise<Sweep> {
  const search = () => page.evaluate(() => location.search);
  const drag = async (
    from: number,
    to: number,
    y: number,
    moves: number,
    optional = false,
  ): Promise<[number, number]> => {
    const before = await search();
    await page.mouse.move(from, y);
    await page.mouse.down();
    await page.mouse.move(to, y, { steps: moves });
    await page.mouse.up();
    return page.evaluate<[number, number]>(
      `${OURS_SETTLE}(${JSON.stringify(before)}, ${String(optional)})`,
    );
  };
  // Resize the window: its left traveller to the start of the track, then its right one to `width`.
  const traveller = async (index: number): Promise<Box> => {
    const found = await page.locator(OURS_TRAVELLER).nth(index).boundingBox();
    if (!found) throw new Error('the time-series brush travellers are not on screen');
    return found;
  };
  const left = await traveller(0);
  const y = left.y + left.height / 2;
  const half = left.width / 2;
  // A resize that lands where the window already is changes nothing: those waits are optional.
  await drag(left.x + half, track.x + half, y, 4, true);
  // The right traveller `width` after the left one, corrected up to three times if it snapped short.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const right = await traveller(1);
    const target = (await traveller(0)).x + track.width * width;
    if (Math.abs(right.x - target) < track.width * 0.005) break;
    await drag(right.x + half, target + half, y, 4, true);
  }
  const stepPx = track.width * STEP;
  const sweep: Sweep = { paintedMs: [], queryMs: [], firstStepSql: [], windowFraction: NaN };
  sweep.windowFraction = (await oursWindow(page)).width / track.width;
  let direction = 1;
  for (let step = 0; step < steps; step += 1) {
    const [, dir] = nextMove(track, await oursWindow(page), stepPx, direction);
    const slide = await box(page, OURS_TRACK);
    const grab = slide.x + slide.width / 2;
    direction = dir;
    const [painted, answered] = await drag(grab, grab + direction * stepPx, y, 3);
    sweep.paintedMs.push(painted);
    sweep.queryMs.push(answered);
  }
  return sweep;
}
