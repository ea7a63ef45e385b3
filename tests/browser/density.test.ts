import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { INCIDENT_DENSITY_RAMP } from '../../src/state/layers/palettes';
import { INCIDENT_COLOURS } from '../../src/state/layers/point-models';
import { saveScreenshot } from './harness';
import { projectToPage } from './map-pixels';
import {
  appPerTest,
  countPixels,
  expectClean,
  isDrawnColour,
  mapPixels,
  mapRect,
  poll,
  settle,
} from './whole-helpers';

const open = appPerTest(inject('baseUrl'));

/** Changes the URL the way a shared link or the back button does, without reloading. */
async function goToQuery(page: Page, changes: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(entries)) url.searchParams.set(key, value);
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, changes);
}

/** Waits until no view query is in flight, then two frames. */
async function quiet(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.queries === 'idle');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Data files the page has fetched so far (file names). */
function fetchedFiles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.parquet')),
  );
}

/** Sampled map pixels drawn in the density ramp (hexagons or heat). */
async function densityPixels(page: Page): Promise<number> {
  const pixels = await mapPixels(page);
  return countPixels(pixels, await mapRect(page), (rgb) =>
    isDrawnColour(rgb, INCIDENT_DENSITY_RAMP, 0.5),
  );
}

describe('road-safety density from the published cell table', () => {
  it('counts the brushed days only, and loads the raw incidents the first time it zooms in', async () => {
    const app = await open('?layers=road_safety');
    const { page } = app;
    await settle(page);
    await quiet(page);
    const wholePeriod = await densityPixels(page);
    expect(wholePeriod).toBeGreaterThan(500);
    const files = await fetchedFiles(page);
    expect(files).toContain('road_safety_cells.parquet');
    expect(files).not.toContain('road_safety.parquet');

    await goToQuery(page, { from: '2025-04-11', to: '2025-04-13' });
    await quiet(page);
    await poll(() => densityPixels(page)).toBeLessThan(wholePeriod * 0.8);
    await saveScreenshot(page, 'density-three-days');

    await goToQuery(page, { view: '100.52,13.74,9.5' });
    await poll(() => fetchedFiles(page)).toContain('road_safety.parquet');
    await quiet(page);
    const dots = async () => {
      const pixels = await mapPixels(page);
      return countPixels(pixels, await mapRect(page), (rgb) =>
        isDrawnColour(rgb, INCIDENT_COLOURS, 0.6),
      );
    };
    await poll(dots).toBeGreaterThan(50);
    await saveScreenshot(page, 'density-zoomed-in-dots');
    expectClean(app);
  });

  it('draws a heat map when the panel asks for one, and says so in the legend', async () => {
    const app = await open('?layers=road_safety');
    const { page } = app;
    await settle(page);
    await quiet(page);
    const legend = page.locator('.legend[data-layer="road_safety"]');
    await expect.poll(() => legend.innerText()).toContain('ช่องหกเหลี่ยม');
    const hexagons = await mapPixels(page);
    await page
      .locator('.layer-entry[data-layer="road_safety"] select')
      .first()
      .selectOption('incidents_heatmap');
    await expect.poll(() => legend.innerText()).toContain('ความหนาแน่นของเหตุสูง');
    await quiet(page);
    const rect = await mapRect(page);
    // The heat map repaints the same incidents as a smooth surface: many pixels change colour.
    const changed = async () => {
      const heat = await mapPixels(page);
      return countPixels(heat, rect, (rgb, x, y) => {
        const before = hexagons.rgbAt(x, y);
        return Math.max(...rgb.map((value, i) => Math.abs(value - (before[i] ?? 0)))) > 40;
      });
    };
    await poll(changed).toBeGreaterThan(1000);
    await saveScreenshot(page, 'density-heat-map');
    expectClean(app);
  });

  it('names the incidents of the hexagon under the pointer', async () => {
    const app = await open('?layers=road_safety');
    const { page } = app;
    await settle(page);
    await quiet(page);
    const tooltip = page.locator('[data-tooltip="density-cell"]');
    // A pointer that keeps moving over Bangkok, as a hand does: deck.gl picks on pointer moves,
    // and the map may still be settling (fonts, the chart panel) when the first move comes.
    let wiggle = 0;
    await poll(async () => {
      const bangkok = await projectToPage(page, 100.55, 13.75);
      wiggle = (wiggle + 1) % 4;
      await page.mouse.move(bangkok.x + wiggle, bangkok.y + wiggle, { steps: 2 });
      return tooltip.count();
    }).toBe(1);
    const text = await tooltip.innerText();
    expect(text).toContain('ช่องหกเหลี่ยม 12 กม.');
    expect(text).toMatch(/[\d,]+ ครั้ง/);
    expect(text).toContain('ข้อมูลสาธิต');
    await page.mouse.move(5, 5);
    await poll(() => tooltip.count()).toBe(0);
    expectClean(app);
  });
});
