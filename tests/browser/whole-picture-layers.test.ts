import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { VIRIDIS_5 } from '../../src/state/layers/palettes';
import { saveScreenshot } from './harness';
import { projectToPage } from './map-pixels';
import {
  anchorOf,
  appShared,
  around,
  countPixels,
  expectClean,
  isColourful,
  isDrawnColour,
  layerCheckbox,
  legendColours,
  mapPixels,
  mapRect,
  params,
  poll,
  settle,
  showOnly,
  urlLayers,
  type Rect,
} from './whole-helpers';

const open = appShared(inject('baseUrl'));
const LAYERS = ['vaccination', 'poverty', 'road_safety', 'complaints', 'households'] as const;

/** The active layers as the panel lists them (top-most first). */
function panelOrder(page: Page): Promise<string[]> {
  return page
    .locator('.layer-entry[data-active="true"]')
    .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-layer') ?? ''));
}

/** Sampled pixels of `rect` drawn in the colours of a layer's legend, at the layer's opacity. */
async function legendPixels(page: Page, id: string, rect: Rect): Promise<number> {
  const colours = await legendColours(page, id);
  const slider = page.locator(`.layer-entry[data-layer="${id}"] input[type=range]`);
  const opacity = Number(await slider.inputValue());
  const pixels = await mapPixels(page, rect);
  return countPixels(pixels, rect, (rgb) => isDrawnColour(rgb, colours, opacity - 0.1), 3);
}

/** The title of a chart frame. */
function chartTitle(page: Page, kind: string): Promise<string> {
  return page.locator(`[data-chart="${kind}"] .chart-title`).first().innerText();
}

/** Reads `read` until it passes `done` or `timeout` ms have gone by; returns the last value. */
async function settleValue<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeout = 20_000,
) {
  const end = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe('the whole picture: the layer panel', () => {
  it('toggling layers adds and removes them in drawing order; ▲/▼ reorder them on the map; each layer alone paints in its legend’s colours', async () => {
    const current = await open('');
    const { page } = current;
    await settle(page);
    expect(params(page).get('layers')).toBeNull();
    await layerCheckbox(page, 'poverty').check();
    await poll(() => urlLayers(page)).toBe('vaccination,poverty');
    expect(await panelOrder(page)).toEqual(['poverty', 'vaccination']);
    await layerCheckbox(page, 'complaints').check();
    await poll(() => urlLayers(page)).toBe('vaccination,poverty,complaints');
    await layerCheckbox(page, 'poverty').uncheck();
    await poll(() => urlLayers(page)).toBe('vaccination,complaints');
    expect(await panelOrder(page)).toEqual(['complaints', 'vaccination']);
    await poll(() => page.locator('.side-panel').getAttribute('data-focus')).toBe('complaints');

    // Bangkok's complaint circle (the largest) covers its vaccination fill while on top ...
    const { lon, lat } = anchorOf(10);
    const bangkok = around(await projectToPage(page, lon, lat), 10);
    const vaccinationFill = async () =>
      countPixels(
        await mapPixels(page, bangkok),
        bangkok,
        (rgb) => isDrawnColour(rgb, VIRIDIS_5, 0.95),
        1,
      );
    await poll(vaccinationFill).toBeLessThan(40);
    await saveScreenshot(page, 'whole-layer-order-top');
    // ... and is hidden under the opaque fill once moved down.
    await page.getByRole('button', { name: 'เลื่อนลง: เรื่องร้องเรียน ศูนย์ดำรงธรรม' }).click();
    await poll(() => urlLayers(page)).toBe('complaints,vaccination');
    expect(await panelOrder(page)).toEqual(['vaccination', 'complaints']);
    const topUp = page.getByRole('button', { name: 'เลื่อนขึ้น: วัคซีนโควิด-19' });
    expect(await topUp.isDisabled()).toBe(true);
    await poll(vaccinationFill).toBeGreaterThan(200);
    await saveScreenshot(page, 'whole-layer-order');

    await page.getByRole('button', { name: 'เลื่อนขึ้น: เรื่องร้องเรียน ศูนย์ดำรงธรรม' }).click();
    await poll(() => urlLayers(page)).toBe('vaccination,complaints');

    // The same page: each of the five layers, shown alone, paints the map in its legend's colours,
    // dated and marked demo (the panel's own logic is proved in src/ui/LayerPanel.test.tsx).
    const rect = await mapRect(page);
    for (const id of LAYERS) {
      await showOnly(page, id);
      const legend = page.locator(`.legend[data-layer="${id}"]`);
      await legend.waitFor();
      const text = await legend.innerText();
      expect.soft(text, `${id} legend`).toContain('ข้อมูลสาธิต');
      expect.soft(text, `${id} legend`).toMatch(/ข้อมูล ณ \d{1,2} [ก-๙.]+ 25\d\d/);
      const inLegendColours = await settleValue(
        () => legendPixels(page, id, rect),
        (n) => n > 100,
      );
      const colourful = countPixels(await mapPixels(page, rect), rect, isColourful, 3);
      await saveScreenshot(page, `whole-layer-${id}`);
      expect.soft(colourful, `${id}: coloured pixels on the map`).toBeGreaterThan(100);
      expect.soft(inLegendColours, `${id}: pixels in its legend's colours`).toBeGreaterThan(100);
    }
    expectClean(current);
  }, 360_000);
});

describe('the whole picture: the charts speak the page’s language', () => {
  it('breakdown categories of road safety and complaints are shown in Thai', async () => {
    const current = await open('?layers=road_safety');
    const { page } = current;
    await settle(page);
    const labels = () =>
      page
        .locator('[data-chart="breakdown"] .bars-label')
        .evaluateAll((spans) => spans.map((s) => s.textContent));
    await poll(async () => (await labels()).length).toBeGreaterThan(0);
    const roadUntranslated = (await labels()).filter((l) => !/[ก-๙]/.test(l));
    await showOnly(page, 'complaints');
    await poll(() => chartTitle(page, 'breakdown')).toContain('ร้องเรียน');
    const complaintsUntranslated = (await labels()).filter((l) => !/[ก-๙]/.test(l));
    await page.locator('[data-chart="breakdown"]').first().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'whole-breakdown-thai');
    expect({ road: roadUntranslated, complaints: complaintsUntranslated }).toEqual({
      road: [],
      complaints: [],
    });
    expectClean(current);
  });
});

describe('the whole picture: privacy of the household survey', () => {
  it('the households legend says small cells are hidden; no coordinates in the page', async () => {
    const current = await open('');
    const { page } = current;
    await settle(page);
    await showOnly(page, 'households');
    const legend = page.locator('.legend[data-layer="households"]');
    await poll(() => legend.innerText()).toContain('ไม่แสดงช่องที่มีน้อยกว่า 10 ครัวเรือน');
    const rect = await mapRect(page);
    await poll(() => legendPixels(page, 'households', rect)).toBeGreaterThan(100);
    // Point at cells around several cities: whatever appears names no coordinates.
    for (const code of [10, 30, 50, 90]) {
      const { lon, lat } = anchorOf(code);
      const point = await projectToPage(page, lon, lat);
      await page.mouse.move(point.x, point.y);
    }
    await saveScreenshot(page, 'whole-privacy');
    const texts = await page.evaluate(() => {
      const out = [document.body.innerText];
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^(title|alt|value|aria-.+|data-.+)$/.test(attribute.name)) out.push(attribute.value);
        }
      }
      return out;
    });
    expect(texts.join('\n').match(/\d+\.\d{3,}/g) ?? []).toEqual([]);
    expectClean(current);
  });
});
