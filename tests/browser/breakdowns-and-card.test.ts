import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTEFACT_DIR, saveScreenshot } from './harness';
import { appShared, expectClean, params, poll, settle } from './whole-helpers';

const open = appShared(inject('baseUrl'));

/** The breakdown chart of the focused dataset (the festival days chart has no switch). */
const breakdown = (page: Page) => page.locator('[data-chart="breakdown"]:has(.chart-switch)');

/** The breakdown's bars as [data-key, label] pairs, top to bottom. */
function bars(page: Page): Promise<string[][]> {
  return breakdown(page)
    .locator('.bars-line[data-key]')
    .evaluateAll((lines) =>
      lines.map((line) => [
        line.getAttribute('data-key') ?? '',
        line.querySelector<HTMLElement>('.bars-label')?.innerText ?? '',
      ]),
    );
}

/** Which switch option is pressed. */
function pressed(page: Page): Promise<string | null> {
  return breakdown(page)
    .locator('.chart-switch-option[aria-pressed="true"]')
    .getAttribute('data-breakdown');
}

/** True once every drawn bar sits on its label line. */
function barsSettled(page: Page): Promise<boolean> {
  return breakdown(page).evaluate((frame) => {
    const middle = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.y + box.height / 2;
    };
    const bars = [...frame.querySelectorAll('.bars-fill')].map(middle);
    const lines = [...frame.querySelectorAll('.bars-line')].map(middle);
    return bars.length === lines.length && bars.every((y, i) => Math.abs(y - (lines[i] ?? 0)) < 2);
  });
}

/** A screenshot of one element (scrolled into view) under test-results/. */
async function shootElement(page: Page, selector: string, name: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .screenshot({ path: path.join(ARTEFACT_DIR, `${name}.png`), timeout: 60_000 });
}

const THAI = /[\u0E00-\u0E7F]/;

describe('breakdowns: every named breakdown is one click away', () => {
  it('road safety switches from causes to vehicles, with Thai vehicle names', async () => {
    const current = await open('?layers=road_safety');
    const { page } = current;
    await settle(page);
    const frame = breakdown(page);
    await poll(() => frame.locator('.chart-title').innerText()).toBe('สาเหตุของอุบัติเหตุ — ทั้งประเทศ');
    expect(await pressed(page)).toBe('cause');
    expect((await bars(page)).map(([key]) => key)).toContain('speeding');

    await frame.getByRole('button', { name: 'ยานพาหนะ', exact: true }).click();
    await poll(() => frame.locator('.chart-title').innerText()).toBe('ยานพาหนะที่เกิดเหตุ — ทั้งประเทศ');
    expect(await pressed(page)).toBe('vehicle');
    const vehicles = await bars(page);
    expect(vehicles.map(([key]) => key).sort()).toEqual(
      ['bicycle', 'bus', 'car', 'motorcycle', 'pedestrian', 'pickup', 'truck'].sort(),
    );
    // Most crashes involve motorcycles; every label is a Thai name, never the code.
    expect(vehicles[0]).toEqual(['motorcycle', 'รถจักรยานยนต์']);
    expect(Object.fromEntries(vehicles)).toMatchObject({ pickup: 'รถกระบะ', truck: 'รถบรรทุก' });
    for (const [, label] of vehicles) expect(label).toMatch(THAI);
    await poll(() => barsSettled(page)).toBe(true);
    await shootElement(page, '[data-chart="breakdown"]:has(.chart-switch)', 'breakdown-vehicles');
    await saveScreenshot(page, 'breakdown-vehicles-page');

    // The choice is not part of the URL contract; switching back shows the causes again.
    expect(params(page).get('layers')).toBe('road_safety');
    await frame.getByRole('button', { name: 'สาเหตุ', exact: true }).click();
    await poll(() => pressed(page)).toBe('cause');
    await poll(async () => (await bars(page)).map(([key]) => key)).toContain('speeding');
    expectClean(current);
  });

  it('?layers=complaints switches from categories to statuses, in the order a case moves', async () => {
    const current = await open('?layers=complaints');
    const { page } = current;
    await settle(page);
    const frame = breakdown(page);
    await poll(() => frame.locator('.chart-title').innerText()).toBe(
      'ประเภทเรื่องร้องเรียน — ทั้งประเทศ',
    );
    expect(await pressed(page)).toBe('category');

    await frame.getByRole('button', { name: 'สถานะ', exact: true }).click();
    await poll(() => frame.locator('.chart-title').innerText()).toBe('สถานะเรื่องร้องเรียน — ทั้งประเทศ');
    await poll(() => bars(page)).toEqual([
      ['received', 'รับเรื่อง'],
      ['in_progress', 'กำลังดำเนินการ'],
      ['closed', 'ยุติเรื่อง'],
    ]);
    // Each status shows its cases, security-sensitive ones in brackets.
    const values = await frame.locator('.bars-value').allInnerTexts();
    for (const value of values) expect(value).toMatch(/^[\d,]+ \([\d,]+\)$/);
    await poll(() => barsSettled(page)).toBe(true);
    await shootElement(page, '[data-chart="breakdown"]:has(.chart-switch)', 'breakdown-statuses');

    // In English the switch and the statuses are English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await poll(() => frame.locator('.chart-title').innerText()).toBe('Complaint status — Thailand');
    expect(await frame.locator('.bars-label').allInnerTexts()).toEqual([
      'Received',
      'In progress',
      'Closed',
    ]);
    expect(await frame.locator('.chart-switch-option').allInnerTexts()).toEqual([
      'Category',
      'Status',
    ]);
    expectClean(current);
  });
});

describe('chart titles and the province card follow the selected province', () => {
  it('&province=30 names นครราชสีมา in the chart titles and the card shows its trend', async () => {
    const current = await open('?layers=road_safety&province=30');
    const { page } = current;
    await settle(page);
    const title = (kind: string) =>
      page.locator(`[data-chart="${kind}"] .chart-title`).first().innerText();
    await poll(() => title('time-series')).toBe('อุบัติเหตุรายวัน — นครราชสีมา');
    expect(await title('breakdown')).toBe('สาเหตุของอุบัติเหตุ — นครราชสีมา');
    // The ranking ranks every province, whichever is selected.
    expect(await title('ranking')).toBe('สูงสุด 10 จังหวัด — ทั้งประเทศ');

    const card = page.locator('.province-card');
    expect(await card.locator('h2').innerText()).toBe('นครราชสีมา');
    const trend = card.locator('.province-trend-table');
    await poll(() => trend.locator('caption').innerText()).toBe('แนวโน้มรายสัปดาห์');
    await poll(() =>
      trend
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dataset'))),
    ).toEqual(['vaccination', 'road_safety', 'complaints']);
    const road = trend.locator('tr[data-dataset="road_safety"]');
    expect(await road.locator('th').innerText()).toContain('อุบัติเหตุ (ครั้ง)');
    expect(await road.locator('th').innerText()).toContain('สัปดาห์ถึง 5 ม.ค. 2569');
    const spark = road.locator('svg.sparkline');
    expect(Number(await spark.getAttribute('data-points'))).toBe(26);
    expect(await spark.locator('path').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){25}$/,
    );
    expect(await road.locator('.province-card-value').innerText()).toMatch(/^[\d,]+$/);
    expect(await road.locator('.province-trend-change').innerText()).toMatch(/^(▲ \+|▼ −)?[\d,]+$/);
    const vaccination = trend.locator('tr[data-dataset="vaccination"]');
    expect(await vaccination.locator('.province-card-value').innerText()).toMatch(/^\d+\.\d %$/);
    expect(await vaccination.locator('.province-trend-change').innerText()).toMatch(/จุด$/);

    await card.scrollIntoViewIfNeeded();
    await shootElement(page, '.province-card', 'card-trend-nakhon-ratchasima');
    await saveScreenshot(page, 'card-trend-page');

    // Another province: its own trend (the series queries follow the selection).
    const before = await spark.locator('path').getAttribute('d');
    const other = page.locator('[data-chart="ranking"] button[data-code]:not([data-code="30"])');
    const code = await other.first().getAttribute('data-code');
    await other.first().click();
    await poll(() => card.getAttribute('data-code')).toBe(code);
    await poll(() => title('time-series')).not.toContain('นครราชสีมา');
    await poll(() => spark.locator('path').getAttribute('d')).not.toBe(before);

    // English names the province in English; no selection names the country.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await poll(() => trend.locator('caption').innerText()).toBe('Weekly trend');
    await card.getByRole('button', { name: 'Clear selection' }).click();
    await poll(() => title('time-series')).toBe('Road incidents per day — Thailand');
    expect(await card.count()).toBe(0);
    expectClean(current);
  });

  it('in English with a region and a province, titles name the province; the ranking the region and its mean', async () => {
    const current = await open('?layers=road_safety&province=30&region=northeast&lang=en');
    const { page } = current;
    await settle(page);
    const title = (kind: string) =>
      page.locator(`[data-chart="${kind}"] .chart-title`).first().innerText();
    await poll(() => title('time-series')).toBe('Road incidents per day — Nakhon Ratchasima');
    expect(await title('ranking')).toBe(
      'Top 10 provinces — Northeastern region · provincial mean 198',
    );
    await poll(() => page.locator('.province-trend-table caption').innerText()).toBe(
      'Weekly trend',
    );
    expectClean(current);
  });
});
