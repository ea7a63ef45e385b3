/**
 * Exports that cannot be wedged (issue 19): an analyst view whose threshold nothing passes is
 * exported as a PNG that says so, and the analyst's own layer (a CSV dropped on the data tools)
 * is drawn on the exported map as on the screen. The PNGs are saved under test-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { encode } from 'uqr';
import { describe, expect, inject, it } from 'vitest';
import { PROVINCES } from '../../src/data/places/provinces';
import { pageLayout, toDevice } from '../../src/export/briefing/layout';
import { layoutScale } from '../../src/export/briefing/presets';
import { FIT_PADDING_PX, THAILAND_BOUNDS } from '../../src/map/camera';
import { fitBoundsView, frameProject } from '../../src/map/snapshot-mercator';
import { NO_DATA_COLOUR } from '../../src/state/layers/palettes';
import { ARTEFACT_DIR } from './harness';
import { decodePng, type Pixels } from './map-pixels';
import {
  anchorOf,
  appShared,
  around,
  countPixels,
  expectClean,
  isDrawnColour,
  legendColours,
  settle,
  type Colour,
} from './whole-helpers';

const open = appShared(inject('baseUrl'));
// The data tools and the table's own pane (issue 16: the table left the tools' column).
const PANEL = ':is([data-panel="data-tools"], [data-pane="analyst-table"])';
const WIDTH = 1920;
const HEIGHT = 1080;

/** Exports the current view as a 1920 × 1080 PNG through the dialog; returns its bytes. */
async function exportPng(page: Page, tag: string, dialogNote?: string): Promise<Buffer> {
  await page.click('[data-action="export"]');
  await page.waitForSelector('[data-export-dialog]');
  if (dialogNote !== undefined) {
    expect(await page.locator('[data-export-layer-notes]').innerText()).toBe(dialogNote);
  }
  await page.check('input[name="export-preset"][value="hd"]');
  await page.check('input[name="export-scope"][value="current"]');
  await page.check('input[name="export-format"][value="png"]');
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.click('[data-action="export-start"]:not([disabled])', { timeout: 60_000 });
  const bytes = readFileSync(await (await download).path());
  await page.waitForSelector('.export-status[data-status="done"]', { timeout: 60_000 });
  await page.click('.export-close');
  mkdirSync(ARTEFACT_DIR, { recursive: true });
  writeFileSync(path.join(ARTEFACT_DIR, `briefing-resilience-${tag}.png`), bytes);
  return bytes;
}

/** The map's rectangle in the exported image (no charts). */
function mapRect() {
  const scale = layoutScale(WIDTH, HEIGHT);
  return toDevice(pageLayout(WIDTH / scale, HEIGHT / scale, false).map, scale);
}

/** The QR code of `size` modules drawn in the exported image, read back as dark (true) or light. */
function qrModulesIn(pixels: Pixels, size: number): boolean[][] {
  const scale = layoutScale(WIDTH, HEIGHT);
  const rect = toDevice(pageLayout(WIDTH / scale, HEIGHT / scale, false).qr, scale);
  const side = rect.height;
  const module = Math.floor(side / size);
  const offset = rect.x + Math.floor((side - module * size) / 2);
  const dark = (x: number, y: number) =>
    pixels.rgbAt(offset + (x + 0.5) * module, rect.y + (y + 0.5) * module)[0] < 128;
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => dark(x, y)));
}

/** Where a longitude/latitude is in the exported image (whole-country view, no charts). */
function exportedPoint(lon: number, lat: number): { x: number; y: number } {
  const scale = layoutScale(WIDTH, HEIGHT);
  const map = mapRect();
  const cssWidth = Math.round(map.width / scale);
  const cssHeight = Math.round(map.height / scale);
  const view = fitBoundsView(THAILAND_BOUNDS, cssWidth, cssHeight, FIT_PADDING_PX);
  const point = frameProject(view, cssWidth, cssHeight, lon, lat);
  return {
    x: map.x + point.x * (map.width / cssWidth),
    y: map.y + point.y * (map.height / cssHeight),
  };
}

/** Pixels near a province's anchor in the exported image drawn in one of `colours`. */
function exportedPixels(pixels: Pixels, code: number, colours: readonly Colour[]): number {
  return countPixels(
    pixels,
    around(exportedPoint(anchorOf(code).lon, anchorOf(code).lat), 12),
    (rgb) => isDrawnColour(rgb, colours, 0.9),
    2,
  );
}

/** Drops a text file on the data tools' drop zone as a browser drag and drop does. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator(`${PANEL} [data-drop-zone]`).evaluate(
    (zone, [fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName));
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    [name, text] as const,
  );
}

describe('exports that cannot be wedged', () => {
  it('exports an analyst view whose threshold nothing passes, its long link as a short QR', async () => {
    // Every province in the filter: a link longer than a version-12 QR code holds (287 bytes).
    const provinces = PROVINCES.map((p) => p.code)
      .sort((a, b) => a - b)
      .join(',');
    const app = await open(
      `?mode=analyst&layers=complaints&threshold=received:gt:1000000&provinces=${provinces}`,
    );
    await settle(app.page);
    expect(app.page.url().length).toBeGreaterThan(287);
    const png = decodePng(await exportPng(app.page, 'nothing-passes', 'ไม่มีจังหวัดที่ผ่านเงื่อนไข'));
    expect([png.width, png.height]).toEqual([WIDTH, HEIGHT]);
    // The notice box in the map's upper-left corner (open sea otherwise): white text on it.
    const map = mapRect();
    const box = { x: map.x + 24, y: map.y + 24, width: 260, height: 40 };
    const white = countPixels(png, box, (rgb) => rgb.every((c) => c > 200), 1);
    expect(white).toBeGreaterThan(100);
    // The QR code holds the short link, module for module.
    const address = new URL(app.page.url());
    const short = `${address.origin}${address.pathname}?mode=analyst&layers=complaints`;
    const expected = encode(short, { ecc: 'M', border: 0, maxVersion: 12 });
    expect(qrModulesIn(png, expected.size)).toEqual(expected.data);
    expectClean(app);
  });

  it('draws the analyst’s own layer, dropped as a CSV, on the exported map', async () => {
    const app = await open('?mode=analyst');
    const { page } = app;
    await settle(page);
    const csv = 'จังหวัด,คะแนน\nเชียงใหม่,80\nนครราชสีมา,10\nสงขลา,50\nขอนแก่น,30\n';
    await dropFile(page, 'คะแนน.csv', csv);
    await page.locator('.legend[data-layer="user-u1"]').waitFor({ timeout: 30_000 });
    // Points by longitude and latitude on the north-western border, where no label is drawn.
    await dropFile(page, 'จุด.csv', 'ชื่อ,lon,lat\nก,97.6,19.2\nข,97.7,19.3\n');
    await page.locator('.legend[data-layer="user-u2"]').waitFor({ timeout: 30_000 });
    const dot = await legendColours(page, 'user-u2');
    // Opaque, in a palette the vaccination layer does not use.
    const card = page.locator(`${PANEL} [data-user-layer="u1"]`);
    await card.locator('[data-layer-palette]').selectOption('oranges');
    await card.locator('[data-layer-opacity]').fill('1');
    const oranges = (await legendColours(page, 'user-u1')).filter(
      (c) => !c.every((channel, i) => Math.abs(channel - (NO_DATA_COLOUR[i] ?? 0)) <= 2),
    );
    expect(oranges.length).toBeGreaterThan(1);

    const png = decodePng(await exportPng(page, 'user-layer'));
    for (const code of [50, 30, 90, 40]) {
      expect(exportedPixels(png, code, oranges), `province ${code}`).toBeGreaterThan(20);
    }
    // A province the file does not name keeps the vaccination layer's colours.
    expect(exportedPixels(png, 10, oranges)).toBe(0);
    const dots = around(exportedPoint(97.6, 19.2), 6);
    expect(countPixels(png, dots, (rgb) => isDrawnColour(rgb, dot, 0.6), 1)).toBeGreaterThan(3);
    expectClean(app);
  });
});
