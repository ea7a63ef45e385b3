/**
 * Issue 14, "Done means": a dataset nobody wrote code for. The test writes a new indicator at
 * test time, a CSV keyed by English province names and a `"kind": "indicator"` entry added to a
 * copy of the shipped manifest (served by request interception: no source or data file changes),
 * and finds it everywhere a dataset shows: layer panel, legend, KPI strip, province card, ranking,
 * time series, the URL, a wall scene of a playlist served the same way, and a PNG export.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PROVINCES } from '../../src/data/places/provinces';
import {
  appPerTest,
  chartText,
  expectClean,
  kpiValue,
  params,
  goInApp,
  poll,
  settle,
} from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appPerTest(baseUrl);

const ID = 'pm25_days';
const PLAYLIST_PATH = 'wall/indicator-test.json';
/** The value of a province in a month: its code in February, half of it (floored) in January. */
const valueOf = (code: number, month: 'jan' | 'feb') =>
  month === 'feb' ? code : Math.floor(code / 2);
/** The national sum in February: the 77 codes add up to 3,937. */
const NATIONAL_FEB_TEXT = '3,937 วัน';

const CSV = [
  'province,month,days',
  ...PROVINCES.flatMap((p) => [
    `${p.nameEn},2026-01-31,${valueOf(p.code, 'jan')}`,
    `${p.nameEn},2026-02-28,${valueOf(p.code, 'feb')}`,
  ]),
].join('\n');

const ENTRY = {
  id: ID,
  kind: 'indicator',
  title: { th: 'วันที่ฝุ่น PM2.5 เกินมาตรฐาน', en: 'Days with PM2.5 above the standard' },
  unit: { th: 'วัน', en: 'days' },
  source: { th: 'ชุดทดสอบ', en: 'Test data' },
  licence: 'CC0-1.0',
  asOf: '2026-02-28',
  cadence: 'monthly',
  period: { from: '2026-01-01', to: '2026-02-28' },
  demo: true,
  file: `${ID}.csv`,
  format: 'csv',
  keys: { province: 'province', date: 'month' },
  measures: [
    {
      column: 'days',
      title: { th: 'วันที่ฝุ่นเกินมาตรฐาน', en: 'Days above the standard' },
      unit: { th: 'วัน', en: 'days' },
      better: 'lower',
      aggregate: 'sum',
    },
  ],
};

const shipped = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
  datasets: unknown[];
};
const MANIFEST = JSON.stringify({ ...shipped, datasets: [...shipped.datasets, ENTRY] });
const PLAYLIST = JSON.stringify({
  version: 1,
  scenes: [
    {
      id: 'pm25',
      title: { th: 'ฝุ่น PM2.5 ทั่วประเทศ', en: 'PM2.5, all Thailand' },
      dwellSeconds: 600,
      layers: [ID],
      view: 'thailand',
      charts: ['kpis', 'timeseries', 'ranking'],
    },
  ],
});

/** Serves the copy: the manifest with the new entry, its CSV and the test playlist. */
async function serveCopy(page: Page): Promise<void> {
  await page.route('**/data/manifest.json', (route) =>
    route.fulfill({ body: MANIFEST, contentType: 'application/json' }),
  );
  await page.route(`**/data/${ID}.csv`, (route) =>
    route.fulfill({ body: CSV, contentType: 'text/csv' }),
  );
  await page.route(`**/${PLAYLIST_PATH}`, (route) =>
    route.fulfill({ body: PLAYLIST, contentType: 'application/json' }),
  );
}

/** Opens the app on a blank page first, so the routes are in place before the app's first fetch. */
async function openWithCopy(query: string) {
  const app = await open('favicon.svg');
  await serveCopy(app.page);
  await app.page.goto(`${baseUrl}${query}`);
  await settle(app.page);
  return app;
}

describe('an indicator dataset added with no code', () => {
  it('is a layer with a legend, a KPI tile, a card row, a ranking, a series and a URL id', async () => {
    const app = await openWithCopy(`?refresh=0&layers=${ID}`);
    const { page } = app;
    expect(params(page).get('layers')).toBe(ID);

    const entry = page.locator(`.layer-entry[data-layer="${ID}"]`);
    await expect.poll(() => entry.innerText()).toContain(ENTRY.title.th);
    expect(await entry.locator('input[type=checkbox]').isChecked()).toBe(true);
    const legend = page.locator(`.legend[data-layer="${ID}"]`);
    expect(await legend.innerText()).toContain(ENTRY.source.th);

    await poll(() => kpiValue(page, ID)).toBe(NATIONAL_FEB_TEXT);

    // Ranked from the highest: Narathiwat (96) first.
    await poll(() => chartText(page, 'ranking')).toContain('นราธิวาส');
    const first = page.locator('[data-chart="ranking"] button[data-code]').first();
    expect(await first.getAttribute('data-code')).toBe('96');

    // Two months: the national series runs from January's end to February's.
    const series = () => chartText(page, 'time-series');
    await poll(series).toContain(`${ENTRY.title.th} — ทั้งประเทศ`);
    expect(await series()).toContain('31 ม.ค. 2569 – 28 ก.พ. 2569');

    // The card of Nakhon Ratchasima (30): its value and rank among 77.
    await goInApp(page, `?refresh=0&layers=${ID}&province=30`);
    const row = page.locator(`.province-card tr[data-dataset="${ID}"]`);
    await poll(() => row.locator('.province-card-value').innerText()).toBe('30 วัน');
    // 58 provinces have a higher code, hence more days; in the north-east (codes 30–49) all 19
    // others do, so it is last of its region's 20.
    expect(await row.locator('td').last().innerText()).toBe(
      'อันดับ 59 จาก 77\nอันดับ 20 จาก 20 ในภาคตะวันออกเฉียงเหนือ',
    );
    expectClean(app);
  });

  it('plays in a wall scene and exports as a PNG', async () => {
    const app = await openWithCopy(`?mode=wall&playlist=${PLAYLIST_PATH}`);
    const { page } = app;
    await page.waitForFunction(
      () => document.querySelector('.wall')?.getAttribute('data-scene') === 'pm25',
      null,
      { timeout: 60_000 },
    );
    const wallKpi = page.locator(`[data-kpi="${ID}"] .wall-kpi-value`);
    await poll(() => wallKpi.innerText()).toBe(NATIONAL_FEB_TEXT);
    await poll(() => chartText(page, 'ranking')).toContain('นราธิวาส');
    expect(params(page).get('layers')).toBe(ID);

    // Out of the wall into the dashboard, in the same page (as back/forward would).
    await goInApp(page, `?refresh=0&layers=${ID}`);
    await page.click('[data-action="export"]');
    await page.waitForSelector('[data-export-dialog]');
    await page.check('input[name="export-preset"][value="hd"]');
    await page.check('input[name="export-scope"][value="current"]');
    await page.check('input[name="export-format"][value="png"]');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.click('[data-action="export-start"]:not([disabled])');
    const file = await download;
    // The file is named after the layer shown (the id's _ becomes - in file names).
    expect(file.suggestedFilename()).toBe('war-room_briefing_pm25-days.png');
    const png = PNG.sync.read(readFileSync(await file.path()));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    expectClean(app);
  });
});
