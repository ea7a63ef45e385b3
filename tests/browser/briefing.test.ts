/**
 * Briefing export (issue 7): the header's export button opens the dialog; the HD and A4 presets
 * give a PNG of their size with the map re-rendered, title and legend drawn (every preset's size
 * is unit-tested in layout.test.ts); a province batch gives one distinct image per province of
 * the chosen group with Thai/English names; the scenes of a playlist make a PPTX and a PDF with
 * one slide/page each; a batch can be cancelled and the view comes back. The file opens the app
 * once (appShared). Exported files are saved under test-results/ to be looked at.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pageLayout, toDevice, type Rect } from '../../src/export/briefing/layout';
import { layoutScale } from '../../src/export/briefing/presets';
import { ARTEFACT_DIR } from './harness';
import { appShared, expectClean, poll, settle } from './whole-helpers';

const baseUrl = inject('baseUrl');
const open = appShared(baseUrl);
/**
 * Served as `wall/briefing-test.json` for the deck and PDF: three scenes of three datasets, so the
 * journey renders six pages, not two per shipped scene (every scene of the shipped playlist is
 * played and checked by the wall journey).
 */
const TEST_PLAYLIST = {
  version: 1,
  scenes: [
    {
      id: 'brief-vaccination',
      title: { th: 'ทดสอบ วัคซีน', en: 'Test vaccination' },
      dwellSeconds: 5,
      layers: ['vaccination'],
    },
    {
      id: 'brief-road',
      title: { th: 'ทดสอบ อุบัติเหตุ', en: 'Test road safety' },
      dwellSeconds: 5,
      layers: ['road_safety'],
      filters: { from: '2025-04-11', to: '2025-04-17' },
    },
    {
      id: 'brief-korat',
      title: { th: 'ทดสอบ นครราชสีมา', en: 'Test Nakhon Ratchasima' },
      dwellSeconds: 5,
      layers: ['complaints'],
      filters: { province: 30 },
    },
  ],
};
const SCENE_COUNT = TEST_PLAYLIST.scenes.length;

interface ExportChoice {
  readonly preset?: 'hd' | 'uhd' | 'a4' | 'custom';
  readonly custom?: readonly [number, number];
  readonly scope?: 'current' | 'scenes' | 'provinces';
  readonly format?: 'png' | 'zip' | 'pptx' | 'pdf';
  readonly charts?: boolean;
}

async function openDialog(page: Page): Promise<void> {
  await page.click('[data-action="export"]');
  await page.waitForSelector('[data-export-dialog]');
}

async function choose(page: Page, choice: ExportChoice): Promise<void> {
  await page.check(`input[name="export-preset"][value="${choice.preset ?? 'hd'}"]`);
  if (choice.custom) {
    await page.fill('input[name="export-width"]', String(choice.custom[0]));
    await page.fill('input[name="export-height"]', String(choice.custom[1]));
  }
  await page.check(`input[name="export-scope"][value="${choice.scope ?? 'current'}"]`);
  await page.check(`input[name="export-format"][value="${choice.format ?? 'png'}"]`);
  await page.setChecked('input[name="export-charts"]', choice.charts ?? false);
}

/** Runs an export through the dialog; returns the downloaded file and how long it took. */
async function runExport(page: Page, choice: ExportChoice, tag: string, timeout = 900_000) {
  await openDialog(page);
  await choose(page, choice);
  const download = page.waitForEvent('download', { timeout });
  await page.click('[data-action="export-start"]:not([disabled])', { timeout: 60_000 });
  const file = await download;
  const bytes = readFileSync(await file.path());
  await page.waitForSelector('.export-status[data-status="done"]', { timeout: 60_000 });
  const ms = Number(await page.getAttribute('.export-status', 'data-ms'));
  await page.click('.export-close');
  mkdirSync(ARTEFACT_DIR, { recursive: true });
  writeFileSync(path.join(ARTEFACT_DIR, `briefing-${tag}-${file.suggestedFilename()}`), bytes);
  return { bytes, name: file.suggestedFilename(), ms };
}

/** The page's parts in device pixels for an image of this size (the export's own layout). */
function partsOf(width: number, height: number) {
  const scale = layoutScale(width, height);
  const layout = pageLayout(width / scale, height / scale, false);
  const device = (rect: Rect) => toDevice(rect, scale);
  return {
    header: device(layout.header),
    map: device(layout.map),
    legends: device(layout.legends),
  };
}

/** Distinct colours (6 bits a channel) and share of non-white pixels in a rectangle. */
function inkOf(png: PNG, rect: Rect) {
  const colours = new Set<number>();
  let ink = 0;
  let total = 0;
  const step = Math.max(1, Math.floor(Math.min(rect.width, rect.height) / 200));
  for (let y = rect.y + 4; y < rect.y + rect.height - 4; y += step) {
    for (let x = rect.x + 4; x < rect.x + rect.width - 4; x += step) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
      colours.add(((r >> 2) << 12) | ((g >> 2) << 6) | (b >> 2));
      if (r < 235 || g < 235 || b < 235) ink++;
      total++;
    }
  }
  return { colours: colours.size, ink: ink / total };
}

/** Share of sampled map pixels that differ between two exports of the same size. */
function mapDifference(a: PNG, b: PNG, rect: Rect): number {
  let differing = 0;
  let total = 0;
  for (let y = rect.y; y < rect.y + rect.height; y += 3) {
    for (let x = rect.x; x < rect.x + rect.width; x += 3) {
      const i = (y * a.width + x) * 4;
      const delta = [0, 1, 2].reduce(
        (sum, c) => sum + Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)),
        0,
      );
      if (delta > 30) differing++;
      total++;
    }
  }
  return differing / total;
}

function expectBriefingPng(bytes: Buffer, width: number, height: number): PNG {
  const png = PNG.sync.read(bytes);
  expect([png.width, png.height]).toEqual([width, height]);
  const parts = partsOf(width, height);
  const map = inkOf(png, parts.map);
  // A drawn map: the dark base, many class colours, outlines, labels (a blank canvas has 1).
  expect(map.colours).toBeGreaterThan(40);
  expect(map.ink).toBeGreaterThan(0.9);
  const header = inkOf(png, parts.header);
  expect(header.ink).toBeGreaterThan(0.01);
  const legends = inkOf(png, { ...parts.legends, height: Math.round(parts.legends.height / 2) });
  expect(legends.ink).toBeGreaterThan(0.02);
  expect(legends.colours).toBeGreaterThan(5);
  return png;
}

describe('briefing export', () => {
  it('exports HD and A4 at their pixel size with the map, title and legend drawn; re-renders per layer', async () => {
    const app = await open('?layers=vaccination&lang=th');
    await settle(app.page);
    // HD and the largest preset (A4 at 300 dpi); 4K is the same code at another size, and a
    // custom size is the province batch's below.
    const presets = [
      { preset: 'hd', size: [1920, 1080] },
      { preset: 'a4', size: [3508, 2480] },
    ] as const;
    const times: string[] = [];
    let vaccinationHd: PNG | undefined;
    for (const { preset, size, ...rest } of presets) {
      const result = await runExport(app.page, { preset, ...rest }, preset);
      expect(result.name).toMatch(/^war-room_briefing_vaccination.*\.png$/);
      const png = expectBriefingPng(result.bytes, size[0], size[1]);
      if (preset === 'hd') vaccinationHd = png;
      times.push(`${preset} ${size.join('x')}: ${result.ms} ms`);
    }
    console.log(`briefing export times: ${times.join('; ')}`);
    expectClean(app);

    // The same page with another layer (as a pasted link: no second app start): the map is drawn
    // again, not the last image re-used.
    await open('?layers=poverty');
    await settle(app.page);
    const poverty = await runExport(app.page, { preset: 'hd' }, 'layer-b');
    expect(poverty.name).toContain('poverty');
    const b = expectBriefingPng(poverty.bytes, 1920, 1080);
    if (!vaccinationHd) throw new Error('the HD export of vaccination is missing');
    expect(mapDifference(vaccinationHd, b, partsOf(1920, 1080).map)).toBeGreaterThan(0.05);
  }, 900_000);

  it('exports one image per province of the chosen group, with Thai and English file names', async () => {
    // Health region 1's eight provinces: the batch follows the group filter (the 77 of the whole
    // country are counted in province-scope.test.ts; the bench renders them all).
    const app = await open('?layers=vaccination&group=health:1');
    await settle(app.page);
    const result = await runExport(
      app.page,
      // The smallest custom size keeps the 77 renders quick in software WebGL; presets are above.
      { preset: 'custom', custom: [640, 360], scope: 'provinces', format: 'zip' },
      'batch',
    );
    console.log(`province batch (8 × 640x360, zip): ${result.ms} ms`);
    const files = unzipSync(new Uint8Array(result.bytes));
    const names = Object.keys(files);
    expect(names).toHaveLength(8);
    const chiangMai = 'war-room_briefing_vaccination_50_chiang-mai_เชียงใหม่.png';
    expect(names).toContain(chiangMai);
    const hashes = new Set(
      Object.values(files).map((bytes) => createHash('sha256').update(bytes).digest('hex')),
    );
    expect(hashes.size).toBe(8);
    const png = files[chiangMai];
    if (png) writeFileSync(path.join(ARTEFACT_DIR, 'briefing-province-50.png'), png);
    expectBriefingPng(Buffer.from(png ?? []), 640, 360);
  }, 900_000);

  it('makes a PowerPoint and a PDF of the playlist scenes, one slide and page each; cancels a batch', async () => {
    // A view in the URL's own order and without defaults, so the address reads the same after.
    const app = await open('?layers=poverty&region=south&playlist=wall/briefing-test.json');
    await app.page.route('**/wall/briefing-test.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(TEST_PLAYLIST) }),
    );
    await settle(app.page);
    const before = new URL(app.page.url()).search;
    const pptx = await runExport(
      app.page,
      { preset: 'hd', scope: 'scenes', format: 'pptx' },
      'deck',
    );
    const entries = unzipSync(new Uint8Array(pptx.bytes));
    const slides = Object.keys(entries).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(SCENE_COUNT);
    const notes = Object.keys(entries).filter((name) =>
      /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name),
    );
    expect(notes).toHaveLength(SCENE_COUNT);
    const firstNotes = new TextDecoder().decode(entries['ppt/notesSlides/notesSlide1.xml']);
    expect(firstNotes).toContain('ข้อมูล ณ');
    // HD, not A4: the preset's dpi still sets the page (1920 px at 144 dpi = 960 pt, where 72 dpi
    // would give 1920), and three A4 pages would paint 4.2 times the pixels in software WebGL
    // (the A4 render is the first test's; pages per dpi are unit-tested in packages.test.ts).
    const pdf = await runExport(app.page, { preset: 'hd', scope: 'scenes', format: 'pdf' }, 'deck');
    const document = await PDFDocument.load(new Uint8Array(pdf.bytes));
    expect(document.getPageCount()).toBe(SCENE_COUNT);
    const { width, height } = document.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([960, 540]);
    // The view from before the batch is back.
    await poll(() => new URL(app.page.url()).search).toBe(before);
    expectClean(app);

    // A batch cancelled half-way puts the view back too.
    await openDialog(app.page);
    await choose(app.page, { preset: 'hd', scope: 'scenes', format: 'zip' });
    await app.page.click('[data-action="export-start"]:not([disabled])');
    await app.page.waitForSelector('.export-status[data-done="1"]', { timeout: 120_000 });
    await app.page.click('[data-action="export-cancel"]');
    await app.page.waitForSelector('.export-status[data-status="cancelled"]', { timeout: 60_000 });
    await poll(() => new URL(app.page.url()).search).toBe(before);
    expect(await app.page.locator('[data-snapshot-map]').count()).toBe(0);
  }, 900_000);
});
