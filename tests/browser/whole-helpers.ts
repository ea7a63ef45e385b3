import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { hideElements, openApp, saveScreenshot, waitForReady, type AppPage } from './harness';
import {
  decodePng,
  projectToPage,
  readProvinceAnchors,
  type Pixels,
  type ProvinceAnchor,
} from './map-pixels';

/** An RGB colour, 0-255 per channel. */
export type Colour = readonly [number, number, number];

/** The base map's land fill (src/map/base-style.ts BASE_COLOURS.land): what data layers cover. */
export const LAND: Colour = [27, 36, 54];

/** A rectangle in page CSS pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * One fresh browser per test: returns the function that opens the app at a query string, and
 * registers the afterEach that saves a screenshot of a failed test (whole-failed-<test>) and
 * closes the browser.
 */
export function appPerTest(baseUrl: string): (query: string) => Promise<AppPage> {
  let current: AppPage | undefined;
  afterEach(async (context) => {
    if (current && context.task.result?.state === 'fail') {
      const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await saveScreenshot(current.page, `whole-failed-${slug}`).catch(() => undefined);
    }
    const closing = current;
    current = undefined;
    // Throws on CSP violations, failing the test that caused them.
    await closing?.close();
  });
  return async (query) => {
    current = await openApp(`${baseUrl}${query}`);
    return current;
  };
}

/**
 * One page for a whole file: the first call opens it with `open`; each later call goes to its
 * query inside it, as a pasted link or back/forward does (pushState, then popstate), and waits
 * for the view queries to answer. A file then pays DuckDB's start-up and the first paint once,
 * not once per test. A failed test is screenshot (`<prefix>-failed-<test>`) and closes the page,
 * so the next starts afresh; the last page is closed after the file.
 */
export function sharedPage<P extends { readonly page: Page; close(): Promise<void> }>(
  open: (query: string) => Promise<P>,
  prefix: string,
): (query: string) => Promise<P> {
  let current: P | undefined;
  afterEach(async (context) => {
    if (!current || context.task.result?.state !== 'fail') return;
    const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await saveScreenshot(current.page, `${prefix}-failed-${slug}`).catch(() => undefined);
    const closing = current;
    current = undefined;
    await closing.close().catch(() => undefined);
  });
  afterAll(async () => {
    const closing = current;
    current = undefined;
    // For an app page, throws on CSP violations of any test of the file.
    await closing?.close();
  });
  return async (query) => {
    if (!current) {
      current = await open(query);
      return current;
    }
    await goInApp(current.page, query);
    return current;
  };
}

/**
 * One app start for a whole file ({@link sharedPage}). What only a cold start proves (reading the
 * URL before anything is drawn) keeps appPerTest.
 */
export function appShared(baseUrl: string): (query: string) => Promise<AppPage> {
  return sharedPage((query) => openApp(`${baseUrl}${query}`), 'whole');
}

/** Goes to `query` in the running app as back/forward would, then waits for its queries. */
export async function goInApp(page: Page, query: string): Promise<void> {
  await page.evaluate((search) => {
    history.pushState(null, '', `${location.pathname}${search}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  // The runner marks queries running in a React effect: let two frames pass before waiting.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
  await page.waitForFunction(() => document.documentElement.dataset.queries === 'idle', null, {
    timeout: 60_000,
  });
}

/** The 77 label anchors, read once. */
export const ANCHORS: readonly ProvinceAnchor[] = readProvinceAnchors();

/** The label anchor of one province. */
export function anchorOf(code: number): ProvinceAnchor {
  const anchor = ANCHORS.find((a) => a.code === code);
  if (!anchor) throw new Error(`no anchor for province ${code}`);
  return anchor;
}

/** Waits for `<html data-state=ready>` (the map painted), then `data-engine=ready` (DuckDB answered). */
export async function settle(page: Page, timeout = 120_000): Promise<void> {
  await waitForReady(page, timeout);
  await page.waitForFunction(
    () => ['ready', 'partial', 'error'].includes(document.documentElement.dataset.engine ?? ''),
    null,
    { timeout },
  );
  expect(await page.evaluate(() => document.documentElement.dataset.engine)).toBe('ready');
}

/** `expect.poll` with room for DuckDB queries and a software-rendered repaint (20 s by default). */
export function poll<T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) {
  return expect.poll(read, { timeout: options.timeout ?? 20_000, interval: 200 });
}

/**
 * Asserts requirement 8: no console error, no page error, no request that left 127.0.0.1, and
 * no Content-Security-Policy violation (closing the app checks that too).
 */
export function expectClean(app: AppPage): void {
  expect(app.cspViolations).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  expect(app.pageErrors).toEqual([]);
}

/** The page's current query parameters. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The drawing order the URL lists (`layers`, default vaccination). */
export function urlLayers(page: Page): string {
  return params(page).get('layers') ?? 'vaccination';
}

/** The layer panel's show/hide checkbox of a dataset. */
export function layerCheckbox(page: Page, id: string) {
  return page.locator(`.layer-entry[data-layer="${id}"] input[type=checkbox]`);
}

/** Shows `id` alone: ticks it, then unticks every other layer, through the layer panel. */
export async function showOnly(page: Page, id: string): Promise<void> {
  if (!(await layerCheckbox(page, id).isChecked())) await layerCheckbox(page, id).check();
  for (const other of await page
    .locator('.layer-entry')
    .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-layer') ?? ''))) {
    if (other !== id && (await layerCheckbox(page, other).isChecked())) {
      await layerCheckbox(page, other).uncheck();
    }
  }
  await expect.poll(() => urlLayers(page)).toBe(id);
}

/** Bounding box of the map element. */
export async function mapRect(page: Page): Promise<Rect> {
  const box = await page.locator('.war-map').boundingBox();
  if (!box) throw new Error('the map is not on screen');
  return box;
}

/**
 * A screenshot with the HTML drawn over the map (labels, tooltip, controls) hidden: of `clip`
 * only when given (read in page coordinates all the same), else of the viewport. Pass the area a
 * check reads: a full 1280 × 900 screenshot costs SwiftShader about 0.9 CPU second, a few pixels
 * around a point a tenth of that, and checks poll.
 */
export async function mapPixels(page: Page, clip?: Rect): Promise<Pixels> {
  const show = await hideElements(
    page,
    '.province-labels, .province-tooltip, .notices, .maplibregl-control-container',
  );
  try {
    if (!clip) return decodePng(await page.screenshot());
    const x = Math.max(0, Math.floor(clip.x));
    const y = Math.max(0, Math.floor(clip.y));
    const area = {
      x,
      y,
      width: Math.max(1, Math.ceil(clip.x + clip.width) - x + 1),
      height: Math.max(1, Math.ceil(clip.y + clip.height) - y + 1),
    };
    const part = decodePng(await page.screenshot({ clip: area }));
    return {
      width: x + part.width,
      height: y + part.height,
      rgbAt: (px, py) =>
        px < x || py < y ? [0, 0, 0] : part.rgbAt(Math.round(px) - x, Math.round(py) - y),
    };
  } finally {
    await show();
  }
}

/**
 * How far `rgb` is from `colour` drawn with some opacity over `background`: the best-fitting
 * opacity and the distance (per channel, largest) that remains.
 */
export function blendFit(rgb: Colour, colour: Colour, background: Colour) {
  const spans = [0, 1, 2].map((i) => (colour[i] ?? 0) - (background[i] ?? 0));
  const offsets = [0, 1, 2].map((i) => (rgb[i] ?? 0) - (background[i] ?? 0));
  const norm = spans.reduce((sum, span) => sum + span * span, 0);
  const dot = spans.reduce((sum, span, i) => sum + span * (offsets[i] ?? 0), 0);
  const alpha = norm === 0 ? 1 : Math.min(1, Math.max(0, dot / norm));
  const residual = Math.max(...spans.map((span, i) => Math.abs((offsets[i] ?? 0) - alpha * span)));
  return { alpha, residual };
}

/** True when `rgb` is one of `colours` drawn over land with an opacity of at least `minAlpha`. */
export function isDrawnColour(
  rgb: Colour,
  colours: readonly Colour[],
  minAlpha: number,
  tolerance = 7,
): boolean {
  return colours.some((colour) => {
    const fit = blendFit(rgb, colour, LAND);
    return fit.alpha >= minAlpha && fit.residual <= tolerance;
  });
}

/** Pixels of `rect` (every `step`-th in each direction) for which `test` holds. */
export function countPixels(
  pixels: Pixels,
  rect: Rect,
  test: (rgb: Colour, x: number, y: number) => boolean,
  step = 2,
): number {
  let count = 0;
  for (let y = Math.ceil(rect.y); y < rect.y + rect.height; y += step) {
    for (let x = Math.ceil(rect.x); x < rect.x + rect.width; x += step) {
      if (
        x >= 0 &&
        y >= 0 &&
        x < pixels.width &&
        y < pixels.height &&
        test(pixels.rgbAt(x, y), x, y)
      ) {
        count += 1;
      }
    }
  }
  return count;
}

/** The box around `points`, `margin` pixels wider on every side. */
export function boxAround(points: readonly { x: number; y: number }[], margin: number): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - margin;
  const y = Math.min(...ys) - margin;
  return { x, y, width: Math.max(...xs) + margin - x, height: Math.max(...ys) + margin - y };
}

/** A square of side 2·`radius` around a point. */
export function around(point: { x: number; y: number }, radius: number): Rect {
  return { x: point.x - radius, y: point.y - radius, width: 2 * radius, height: 2 * radius };
}

/** True for a clearly coloured pixel: none of the dark, grey-blue base map colours. */
export function isColourful(rgb: Colour): boolean {
  return Math.max(...rgb) - Math.min(...rgb) > 45;
}

/**
 * The swatch colours of a layer's legend (the colours it says the map uses), without the swatch
 * that shows the bare land colour (e.g. "cells with fewer than 10 households are not shown").
 */
export async function legendColours(page: Page, id: string): Promise<Colour[]> {
  const css = await page
    .locator(`.legend[data-layer="${id}"] .legend-swatch`)
    .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
  return css
    .map((text): Colour => {
      const [r = 0, g = 0, b = 0] = (text.match(/\d+/g) ?? []).map(Number);
      return [r, g, b];
    })
    .filter((colour) => colour.some((channel, i) => Math.abs(channel - (LAND[i] ?? 0)) > 12));
}

/**
 * Which of `colours` (drawn at opacity ≥ `minAlpha`) is painted at each anchor, as "r,g,b" of the
 * colour, or "" when none is (looking up to 3 px away, past outlines).
 */
export async function coloursAtAnchors(
  page: Page,
  anchors: readonly ProvinceAnchor[],
  colours: readonly Colour[],
  minAlpha: number,
): Promise<Map<number, string>> {
  const points = await Promise.all(anchors.map((a) => projectToPage(page, a.lon, a.lat)));
  const pixels = await mapPixels(page, boxAround(points, 4));
  const result = new Map<number, string>();
  for (const [i, anchor] of anchors.entries()) {
    const point = points[i] ?? { x: -1, y: -1 };
    let found: Colour | undefined;
    for (let r = 0; r <= 3 && !found; r += 1) {
      for (const [dx, dy] of [
        [r, 0],
        [-r, 0],
        [0, r],
        [0, -r],
      ] as const) {
        const rgb = pixels.rgbAt(point.x + dx, point.y + dy);
        found = colours.find((c) => isDrawnColour(rgb, [c], minAlpha, 5));
        if (found) break;
      }
    }
    result.set(anchor.code, found ? found.join(',') : '');
  }
  return result;
}

/** Province codes whose entry differs between two maps of the same provinces. */
export function changedCodes<T>(a: ReadonlyMap<number, T>, b: ReadonlyMap<number, T>): number[] {
  return [...a].filter(([code, value]) => b.get(code) !== value).map(([code]) => code);
}

/** Province codes of a region, from data/provinces.csv. */
export function regionProvinceCodes(region: string): Set<number> {
  const lines = readFileSync('data/provinces.csv', 'utf8').trim().split('\n').slice(1);
  return new Set(
    lines
      .map((line) => line.split(','))
      .filter((cells) => cells[cells.length - 1]?.trim() === region)
      .map((cells) => Number(cells[0])),
  );
}

/** The value line of a KPI tile. */
export function kpiValue(page: Page, id: string): Promise<string> {
  return page.locator(`.kpi-tile[data-kpi="${id}"] .kpi-value`).innerText();
}

/** Text of the chart frames of a kind (`data-chart`), one after the other. */
export async function chartText(page: Page, kind: string): Promise<string> {
  const texts = await page
    .locator(`[data-chart="${kind}"]`)
    .evaluateAll((frames) => frames.map((f) => (f as HTMLElement).innerText));
  return texts.join('\n');
}

/** The `d` attributes of the time series' lines (its data, as drawn). */
export function seriesPaths(page: Page): Promise<string[]> {
  return page
    .locator('[data-chart="time-series"] .recharts-line-curve')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
}
