import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { windows874 } from '../../src/data/import/__fixtures__/encodings';
import { xlsxOf } from '../../src/data/import/__fixtures__/xlsx-fixture';
import { NO_DATA_COLOUR } from '../../src/state/layers/palettes';
import { ARTEFACT_DIR, saveScreenshot } from './harness';
import { projectToPage } from './map-pixels';
import {
  anchorOf,
  appPerTest,
  around,
  countPixels,
  expectClean,
  isDrawnColour,
  legendColours,
  mapPixels,
  params,
  poll,
  regionProvinceCodes,
  settle,
  type Colour,
} from './whole-helpers';

const open = appPerTest(inject('baseUrl'));
// The data tools and the table's own pane (issue 16: the table left the tools' column).
const PANEL = ':is([data-panel="data-tools"], [data-pane="analyst-table"])';

/** Thai province names, a total row, an unknown province, a negative, "1,234" and a formula. */
const THAI_CSV = [
  'จังหวัด,คะแนน,หมายเหตุ',
  'กรุงเทพมหานคร,100,"=HYPERLINK(""http://x"")"',
  'เชียงใหม่,80,ดี',
  'นครราชสีมา,-5,ลบ',
  'เมืองลับแล,3,ไม่มี',
  'สงขลา,"1,234",',
  'รวม,1412,',
].join('\n');

/** Picks files through the panel's file input. */
async function pick(page: Page, name: string, bytes: Uint8Array | string): Promise<void> {
  const buffer = Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  await page.locator(`${PANEL} [data-file-input]`).setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer,
  });
}

/** Drops a file on the drop zone as a browser drag and drop does. */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.locator(`${PANEL} [data-drop-zone]`).evaluate(
    (zone, [fileName, data]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName));
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    [name, Array.from(bytes)] as const,
  );
}

/** Waits for the summary of `file`'s import and returns its text. */
async function summaryOf(page: Page, file: string): Promise<string> {
  const summary = page.locator(`${PANEL} [data-import-summary][data-file="${file}"]`);
  await summary.waitFor({ timeout: 30_000 });
  return summary.innerText();
}

/** Sampled pixels near a province's label drawn in `colours` (fully opaque layer). */
async function provincePixels(
  page: Page,
  code: number,
  colours: readonly Colour[],
): Promise<number> {
  const anchor = anchorOf(code);
  const point = await projectToPage(page, anchor.lon, anchor.lat);
  const pixels = await mapPixels(page, around(point, 12));
  return countPixels(pixels, around(point, 12), (rgb) => isDrawnColour(rgb, colours, 0.9), 2);
}

/** A user layer's class colours (its legend's swatches without the no-data grey). */
async function classColours(page: Page, layerId: string): Promise<Colour[]> {
  return (await legendColours(page, `user-${layerId}`)).filter(
    (c) => !c.every((channel, i) => Math.abs(channel - (NO_DATA_COLOUR[i] ?? 0)) <= 2),
  );
}

/** Makes a province layer opaque in a palette the datasets' layers do not use. */
async function makeDistinct(page: Page, layerId: string, palette: string): Promise<void> {
  const card = page.locator(`${PANEL} [data-user-layer="${layerId}"]`);
  await card.locator('[data-layer-palette]').selectOption(palette);
  await card.locator('[data-layer-opacity]').fill('1');
}

describe('data tools: your own files', () => {
  it('turns files into layers with legends, lists unmatched rows, keeps layers on a broken file, removes a layer', async () => {
    const app = await open('?mode=analyst');
    const { page } = app;
    await settle(page);
    await page.locator(PANEL).first().waitFor();

    await pick(page, 'คะแนน.csv', THAI_CSV);
    const summary = await summaryOf(page, 'คะแนน.csv');
    expect(summary).toContain('utf-8');
    const matched = page.locator(`${PANEL} [data-import-summary] [data-rows-matched]`);
    expect(await matched.getAttribute('data-rows-matched')).toBe('4');
    const unmatched = await page.locator(`${PANEL} [data-unmatched] li`).allInnerTexts();
    expect(unmatched.some((text) => text.includes('บรรทัด 5') && text.includes('เมืองลับแล'))).toBe(
      true,
    );
    expect(unmatched.some((text) => text.includes('บรรทัด 7') && text.includes('รวม'))).toBe(true);
    const legend = page.locator('.legend[data-layer="user-u1"]');
    expect(await legend.innerText()).toContain('ไฟล์ของผู้ใช้ · your file');
    expect(await legend.innerText()).toContain('คะแนน.csv');
    await makeDistinct(page, 'u1', 'oranges');
    const oranges = await classColours(page, 'u1');
    expect(oranges.length).toBeGreaterThan(1);
    await poll(() => provincePixels(page, 50, oranges)).toBeGreaterThan(20);

    // TIS-620, dropped on the zone.
    await drop(page, 'tis620.csv', windows874('จังหวัด,ค่า\nขอนแก่น,5\nภูเก็ต,7\n'));
    expect(await summaryOf(page, 'tis620.csv')).toContain('windows-874');
    await page.locator('.legend[data-layer="user-u2"]').waitFor();

    // An Excel workbook made here.
    const workbook = xlsxOf([
      {
        name: 'ข้อมูล',
        rows: [
          ['จังหวัด', 'ค่า'],
          ['ลำปาง', 4],
          ['ตาก', 9],
        ],
      },
    ]);
    await pick(page, 'book.xlsx', workbook);
    expect(await summaryOf(page, 'book.xlsx')).toContain('ข้อมูล');
    await page.locator('.legend[data-layer="user-u3"]').waitFor();

    // GeoJSON points: drawn as dots in the legend's colour.
    const points = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'ก' },
          geometry: { type: 'Point', coordinates: [102.1, 17.4] },
        },
        {
          type: 'Feature',
          properties: { name: 'ข' },
          geometry: { type: 'Point', coordinates: [99.3, 9.1] },
        },
      ],
    };
    await pick(page, 'points.geojson', JSON.stringify(points));
    await summaryOf(page, 'points.geojson');
    expect(await page.locator(`${PANEL} [data-user-layer="u4"]`).getAttribute('data-kind')).toBe(
      'points',
    );
    const dot = await legendColours(page, 'user-u4');
    const at = await projectToPage(page, 102.1, 17.4);
    await poll(async () =>
      countPixels(
        await mapPixels(page, around(at, 6)),
        around(at, 6),
        (rgb) => isDrawnColour(rgb, dot, 0.6),
        1,
      ),
    ).toBeGreaterThan(3);

    // A broken file: a message naming the file and the line; every layer stays.
    await pick(page, 'broken.geojson', '{"type": "FeatureCollection",\n"features": [\n{"type": ');
    const error = page.locator(`${PANEL} [data-import-error]`);
    await error.waitFor();
    const errorText = await error.innerText();
    expect(errorText).toContain('broken.geojson');
    expect(errorText).toMatch(/บรรทัด\s*3/);
    expect(await page.locator(`${PANEL} [data-user-layer]`).count()).toBe(4);
    await poll(() => provincePixels(page, 50, oranges)).toBeGreaterThan(20);
    await saveScreenshot(page, 'data-tools-layers');

    // Remove the first layer: its legend and its colours leave the map.
    await page.locator(`${PANEL} [data-remove-layer="u1"]`).click();
    await expect.poll(() => legend.count()).toBe(0);
    await poll(() => provincePixels(page, 50, oranges)).toBe(0);
    expectClean(app);
  });
});

/** Clicks an export button and returns the downloaded file's text. */
async function exported(
  page: Page,
  format: 'csv' | 'xlsx' | 'parquet',
): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${PANEL} [data-export="${format}"]`).click(),
  ]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Parses an exported CSV (after checking its BOM) into rows keyed by header. */
function parseCsv(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

describe('data tools: table and export', () => {
  it('sorts a file by a column and exports what is shown as CSV; the current view carries the demo label', async () => {
    const app = await open('?mode=analyst');
    const { page } = app;
    await settle(page);
    await pick(page, 'คะแนน.csv', THAI_CSV);
    await summaryOf(page, 'คะแนน.csv');
    const table = page.locator(`${PANEL} [data-table-view]`);
    expect(await table.getAttribute('data-rows')).toBe('4');
    await page.locator(`${PANEL} [data-sort-column="คะแนน"]`).click();
    const firstRow = table.locator('[data-row-index="0"]');
    await expect.poll(() => firstRow.innerText()).toContain('นครราชสีมา');

    mkdirSync(ARTEFACT_DIR, { recursive: true });
    await page
      .locator(PANEL)
      .first()
      .screenshot({ path: path.join(ARTEFACT_DIR, 'data-tools-panel.png') });
    const file = await exported(page, 'csv');
    expect(file.name).toMatch(/^war-room_คะแนน\.csv$/);
    const rows = parseCsv(file.text);
    expect(rows.map((r) => r.province_code)).toEqual(['30', '50', '10', '90']);
    expect(rows.map((r) => r['คะแนน'])).toEqual(['-5', '80', '100', '1234']);
    expect(rows[2]?.province_th).toBe('กรุงเทพมหานคร');
    expect(rows[2]?.['หมายเหตุ']).toBe(`'=HYPERLINK("http://x")`);
    expect(Object.keys(rows[0] ?? {})).not.toContain('data_note');

    await page.locator(`${PANEL} [data-table-source]`).selectOption('view');
    await expect.poll(() => table.getAttribute('data-rows')).toBe('77');
    const view = await exported(page, 'csv');
    const viewRows = parseCsv(view.text);
    expect(viewRows).toHaveLength(77);
    expect(viewRows.every((r) => r.data_note === 'ข้อมูลสาธิต · Demo data')).toBe(true);
    expect(view.name).toMatch(/^war-room_vaccination_by-province/);
    // The same rows for Excel: a workbook whose sheet an Excel reader reads back, labelled too.
    const xlsx = await exported(page, 'xlsx');
    expect(xlsx.name).toMatch(/^war-room_vaccination_by-province.*\.xlsx$/);
    const [sheet] = await readXlsxFile(new Blob([new Uint8Array(xlsx.bytes)]));
    expect(sheet?.data).toHaveLength(78);
    expect(sheet?.data[1]?.at(-1)).toBe('ข้อมูลสาธิต · Demo data');
    const parquet = await exported(page, 'parquet');
    expect(parquet.name).toMatch(/\.parquet$/);
    expect(parquet.text.startsWith('PAR1')).toBe(true);

    // The table and its export follow the region filter as the map does: the north-east's 20
    // provinces, Bangkok not among them (issue 16; the map side: whole-picture.test.ts).
    await page.locator('.region-filter select').selectOption('northeast');
    await poll(() => params(page).get('region')).toBe('northeast');
    await expect.poll(() => table.getAttribute('data-rows')).toBe('20');
    const regional = parseCsv((await exported(page, 'csv')).text);
    expect(new Set(regional.map((r) => Number(r.province_code)))).toEqual(
      regionProvinceCodes('northeast'),
    );
    expectClean(app);
  });
});

/** Types a query into the console and runs it with Ctrl+Enter. */
async function runSql(page: Page, sql: string): Promise<void> {
  const box = page.locator(`${PANEL} [data-console] textarea`);
  await box.fill(sql);
  await box.press('Control+Enter');
  await page.locator(`${PANEL} [data-console-run]:not([disabled])`).waitFor();
}

describe('data tools: SQL console', () => {
  it('refuses writes, file reads and two statements; runs a SELECT and turns it into a layer', async () => {
    const app = await open('?mode=analyst&lang=en');
    const { page } = app;
    await settle(page);
    const message = page.locator(`${PANEL} [data-console-message]`);
    for (const [sql, expected] of [
      ['INSERT INTO vaccination SELECT * FROM vaccination', /read-only: INSERT/],
      ["SELECT * FROM read_csv('public/data/x.csv')", /read_csv/],
      ['SELECT 1; SELECT 2', /One statement at a time/],
    ] as const) {
      await runSql(page, sql);
      await expect.poll(() => message.innerText()).toMatch(expected);
    }
    await runSql(
      page,
      'SELECT province_code, max(dose2) * 100.0 / max(population) AS dose2_share FROM vaccination GROUP BY 1',
    );
    await expect.poll(() => message.count()).toBe(0);
    expect(
      await page.locator(`${PANEL} [data-console-rows]`).getAttribute('data-console-rows'),
    ).toBe('77');
    expect(await page.locator(`${PANEL} [data-table-view]`).getAttribute('data-rows')).toBe('77');
    const csv = parseCsv((await exported(page, 'csv')).text);
    expect(csv.every((r) => r.data_note === 'ข้อมูลสาธิต · Demo data')).toBe(true);

    await page.locator(`${PANEL} [data-console-layer]`).click();
    const legend = page.locator('.legend[data-layer="user-u1"]');
    await legend.waitFor();
    expect(await legend.innerText()).toContain('SQL 1');
    await makeDistinct(page, 'u1', 'purples');
    const purples = await classColours(page, 'u1');
    await poll(() => provincePixels(page, 30, purples)).toBeGreaterThan(20);
    await saveScreenshot(page, 'data-tools-console-layer');
    expectClean(app);
  });
});
