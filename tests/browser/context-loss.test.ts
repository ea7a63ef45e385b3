import type { ElementHandle, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { INCIDENT_DENSITY_RAMP } from '../../src/state/layers/palettes';
import { saveScreenshot } from './harness';
import {
  appShared,
  countPixels,
  expectClean,
  isDrawnColour,
  mapPixels,
  mapRect,
  settle,
} from './whole-helpers';

/**
 * One app start for both tests: the second loses the context of the map the first rebuilt, as a
 * wall left running for days may lose it more than once.
 */
const open = appShared(inject('baseUrl'));

/** Density hexagons drawn on the map (deck.gl's layer), counted on a screenshot. */
async function densityPixels(page: Page): Promise<number> {
  const map = await mapRect(page);
  const pixels = await mapPixels(page, map);
  return countPixels(pixels, map, (rgb) => isDrawnColour(rgb, INCIDENT_DENSITY_RAMP, 0.5));
}

/** Loses the map's WebGL context; `restoreAfterMs` null keeps it lost. */
function loseContext(page: Page, restoreAfterMs: number | null): Promise<void> {
  return page.evaluate((delay) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.war-map canvas');
    const gl = canvas?.getContext('webgl2');
    const extension = gl?.getExtension('WEBGL_lose_context');
    if (!extension) throw new Error('no WEBGL_lose_context on the map canvas');
    extension.loseContext();
    if (delay !== null) {
      setTimeout(() => {
        extension.restoreContext();
      }, delay);
    }
  }, restoreAfterMs);
}

/** Waits until `oldCanvas` has left the page and another map canvas stands in its place. */
async function waitForNewCanvas(page: Page, oldCanvas: ElementHandle | null): Promise<void> {
  if (!oldCanvas) throw new Error('the map had no canvas before the context was lost');
  await page.waitForFunction(
    (canvas) => !canvas.isConnected && document.querySelector('.war-map canvas') !== null,
    oldCanvas,
    { timeout: 30_000 },
  );
}

describe('the map survives a lost WebGL context', () => {
  it('repaints its base map and deck.gl layers when the context comes back', async () => {
    const app = await open('?layers=road_safety');
    const { page } = app;
    await settle(page);
    const before = await densityPixels(page);
    expect(before).toBeGreaterThan(200);

    const firstCanvas = await page.locator('.war-map canvas').elementHandle();
    await loseContext(page, 500);
    // deck.gl's overlay is dropped with the context, then a new map paints the same layer. The
    // in-between state can pass within a frame, so the test waits for its outcome, not for it.
    await waitForNewCanvas(page, firstCanvas);
    await page.waitForSelector('.war-map[data-layers="deck"]', { timeout: 60_000 });
    await expect.poll(() => densityPixels(page), { timeout: 30_000 }).toBeGreaterThan(before * 0.8);
    await saveScreenshot(page, 'context-restored');
    expectClean(app);
  });

  it('builds a new map when the context never comes back', async () => {
    const app = await open('?layers=road_safety');
    const { page } = app;
    await settle(page);
    const firstCanvas = await page.locator('.war-map canvas').elementHandle();
    await loseContext(page, null);
    // A new canvas (a new context) replaces the dead one once the restore time has run out.
    await waitForNewCanvas(page, firstCanvas);
    await page.waitForSelector('.war-map[data-layers="deck"]', { timeout: 60_000 });
    await expect.poll(() => densityPixels(page), { timeout: 30_000 }).toBeGreaterThan(200);
    await saveScreenshot(page, 'context-rebuilt');
    expectClean(app);
  });
});
