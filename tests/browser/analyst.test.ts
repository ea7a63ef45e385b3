/**
 * Analyst mode (`?mode=analyst`): a link with filters opens the same view, the filters drive the
 * map and the ranking, back/forward step through filter changes, the province search and the
 * Buddhist-era date inputs write the URL.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './harness';
import {
  anchorOf,
  appShared,
  around,
  expectClean,
  mapPixels,
  params,
  poll,
  settle,
  type Colour,
} from './whole-helpers';
import { projectToPage } from './map-pixels';

const baseUrl = inject('baseUrl');
const open = appShared(baseUrl);

/** The province codes of the ranking's rows, in order. */
function rankingCodes(page: Page): Promise<number[]> {
  return page
    .locator('[data-chart="ranking"] button[data-code]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-code'))));
}

/** The ranking's rows as [code, value] (the number at the end of the row's text, English). */
async function rankingValues(page: Page): Promise<[number, number][]> {
  const rows = await page
    .locator('[data-chart="ranking"] button[data-code]')
    .evaluateAll((buttons) =>
      buttons.map((b) => [Number(b.getAttribute('data-code')), b.textContent] as const),
    );
  return rows.map(([code, text]) => {
    const numbers = text.replace(/,/g, '').match(/\d+(\.\d+)?/g) ?? [];
    return [code, Number(numbers[numbers.length - 1])];
  });
}

const NO_DATA: Colour = [72, 78, 92];

/** The map's colour at a province's label anchor (labels hidden). */
async function colourAt(page: Page, code: number): Promise<Colour> {
  const { lon, lat } = anchorOf(code);
  const point = await projectToPage(page, lon, lat);
  const pixels = await mapPixels(page, around(point, 2));
  return pixels.rgbAt(Math.round(point.x), Math.round(point.y));
}

const near = (a: Colour, b: Colour) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 12);

describe('analyst mode', () => {
  it('a link with provinces and a cause filter opens that view: chips, ticks, ranking and map', async () => {
    const app = await open(
      '?mode=analyst&lang=en&layers=vaccination&provinces=30,40,41,34&cause=speeding',
    );
    const { page } = app;
    await settle(page);
    const chips = page.locator('.analyst-chips .analyst-chip');
    await expect
      .poll(() => chips.evaluateAll((c) => c.map((e) => e.getAttribute('data-code'))))
      .toEqual(['30', '34', '40', '41']);
    await poll(() =>
      page.locator('details[data-filter="causes"] input[value="speeding"]').isChecked(),
    ).toBe(true);
    // The vaccination ranking lists only the filtered provinces.
    await poll(async () => (await rankingCodes(page)).sort()).toEqual([30, 34, 40, 41]);
    // The map: a filtered province is coloured, Bangkok (outside the filter) is drawn as no data.
    await poll(async () => near(await colourAt(page, 10), NO_DATA)).toBe(true);
    expect(near(await colourAt(page, 30), NO_DATA)).toBe(false);
    await saveScreenshot(page, 'analyst-link-filters');
    expectClean(app);
  });

  it('a value threshold set in the panel drops provinces from the ranking and the map; back/forward', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    await poll(async () => (await rankingValues(page)).length).toBe(10);
    const before = await rankingValues(page);
    // The lowest dose-2 coverage first: pick a threshold between two clearly different values.
    const cut = before.findIndex(([, v], i) => i > 0 && v - (before[i - 1]?.[1] ?? v) >= 0.2);
    expect(cut).toBeGreaterThan(0);
    const threshold = Number(
      (((before[cut - 1]?.[1] ?? 0) + (before[cut]?.[1] ?? 0)) / 2).toFixed(2),
    );
    const lowest = before[0]?.[0] ?? 0;

    const form = page.locator('.analyst-threshold[data-layer="vaccination"]');
    await form.locator('select[name="measure"]').selectOption('dose2_pct');
    await form.locator('select[name="op"]').selectOption('gt');
    await form.locator('input[name="value"]').fill(String(threshold));
    await form.locator('button[type="submit"]').click();

    await poll(() => params(page).get('threshold')).toBe(`dose2_pct:gt:${String(threshold)}`);
    await poll(async () => (await rankingCodes(page))[0]).toBe(before[cut]?.[0]);
    const after = await rankingValues(page);
    expect(after.every(([, v]) => v > threshold - 0.05)).toBe(true);
    await poll(async () => near(await colourAt(page, lowest), NO_DATA)).toBe(true);
    await saveScreenshot(page, 'analyst-threshold');

    await page.goBack();
    await poll(() => params(page).get('threshold')).toBeNull();
    await poll(async () => (await rankingCodes(page))[0]).toBe(lowest);
    await poll(async () => near(await colourAt(page, lowest), NO_DATA)).toBe(false);
    await page.goForward();
    await poll(() => params(page).get('threshold')).toBe(`dose2_pct:gt:${String(threshold)}`);
    await poll(async () => (await rankingCodes(page))[0]).toBe(before[cut]?.[0]);
    expectClean(app);
  });

  it('the province search finds Korat by nickname and Thai prefix; Buddhist-era dates write ISO dates', async () => {
    const app = await open('?mode=analyst');
    const { page } = app;
    await settle(page);
    const search = page.locator('.analyst-provinces input[type="search"]');
    await search.fill('korat');
    await page.locator('.analyst-matches button[data-code="30"]').click();
    await poll(() => params(page).get('provinces')).toBe('30');
    await search.fill('นครราช');
    await expect.poll(() => page.locator('.analyst-matches li').count()).toBeGreaterThan(0);
    expect(await page.locator('.analyst-matches button[data-code="30"]').count()).toBe(0);
    await search.fill('บึงกาฬ');
    await search.press('Enter');
    await poll(() => params(page).get('provinces')).toBe('30,38');

    const dates = page.locator('form.analyst-dates');
    await dates.locator('input[name="from"]').fill('1/3/2564');
    await dates.locator('input[name="to"]').fill('2564');
    await dates.locator('button[type="submit"]').click();
    await poll(() => [params(page).get('from'), params(page).get('to')]).toEqual([
      '2021-03-01',
      '2021-12-31',
    ]);
    await poll(() => dates.locator('input[name="from"]').inputValue()).toBe('1 มี.ค. 2564');
    // A day that does not exist is refused with a message: src/modes/analyst/DateFilter.test.tsx.

    await page.goBack();
    await poll(() => params(page).get('from')).toBeNull();
    expect(params(page).get('provinces')).toBe('30,38');
    await saveScreenshot(page, 'analyst-search-dates');
    expectClean(app);
  });
});
