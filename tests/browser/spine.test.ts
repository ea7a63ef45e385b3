import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import type { ProvincePreview } from '../../src/data/manifest/manifest-types';
import { VIRIDIS_5 } from '../../src/state/layers/palettes';
import { hideElements, openApp, saveScreenshot, waitForReady, type AppPage } from './harness';
import {
  decodePng,
  paletteIndexNear,
  projectToPage,
  readProvinceAnchors,
  type ProvinceAnchor,
} from './map-pixels';

const baseUrl = inject('baseUrl');
let app: AppPage | undefined;
/** The first test's page: the tooltip and the language switch are checked on it, not a new start. */
let spine: AppPage | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});
afterAll(async () => {
  await spine?.close();
  spine = undefined;
});

/** The page the first test opened (the later ones fail alone when it did not open). */
function spinePage(): AppPage {
  if (!spine) throw new Error('the first spine test did not open the app');
  return spine;
}

function readPreview(): ProvincePreview {
  return JSON.parse(readFileSync('public/data/vaccination-latest.json', 'utf8')) as ProvincePreview;
}

/** The palette class painted at each province's anchor, with labels and panels hidden. */
async function paletteIndexByProvince(current: AppPage, anchors: readonly ProvinceAnchor[]) {
  const show = await hideElements(current.page, '.province-labels, .legend, .province-tooltip');
  const pixels = decodePng(await current.page.screenshot());
  await show();
  const result = new Map<number, number>();
  for (const anchor of anchors) {
    const point = await projectToPage(current.page, anchor.lon, anchor.lat);
    result.set(anchor.code, paletteIndexNear(pixels, point, VIRIDIS_5));
  }
  return result;
}

describe('the spine: a coloured Thailand, offline', () => {
  it('paints all 77 provinces by dose-2 coverage, with legend, labels and no outside request', async () => {
    spine = await openApp(baseUrl);
    const app = spine;
    await waitForReady(app.page);
    await app.page.waitForFunction(
      () => document.documentElement.dataset.engine === 'ready',
      null,
      {
        timeout: 120_000,
      },
    );
    await saveScreenshot(app.page, 'spine-th');

    const anchors = readProvinceAnchors();
    expect(anchors).toHaveLength(77);
    const classes = await paletteIndexByProvince(app, anchors);
    const unpainted = [...classes].filter(([, index]) => index < 0).map(([code]) => code);
    expect(unpainted).toEqual([]);
    expect(new Set(classes.values()).size).toBe(VIRIDIS_5.length);

    // Higher coverage never gets a lower colour class than lower coverage.
    const ordered = readPreview()
      .rows.map((r) => ({ code: r.province_code, pct: r.dose2 / r.population }))
      .sort((a, b) => a.pct - b.pct)
      .map((r) => classes.get(r.code) ?? -1);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));

    const legend = await app.page.locator('.legend').innerText();
    expect(legend).toContain('ข้อมูลสาธิต');
    expect(legend).toContain('Demo data');
    expect(legend).toContain('ร้อยละของประชากร');
    expect(legend).toMatch(/ข้อมูล ณ \d{1,2} [ก-๙.]+ 25\d\d/);

    await expect
      .poll(() => app.page.locator('.province-label:not([hidden])').count())
      .toBeGreaterThan(15);
    expect(await app.page.locator('.province-label', { hasText: 'บึงกาฬ' }).count()).toBe(1);
    // The bundled Thai face is loaded (not a system fallback) for the label text.
    const thaiFaces = await app.page.evaluate(async () =>
      (await document.fonts.load('700 12px Sarabun', 'บึงกาฬ ผู้ใหญ่บ้าน')).map((f) => f.status),
    );
    expect(thaiFaces.length).toBeGreaterThan(0);
    expect(thaiFaces.every((status) => status === 'loaded')).toBe(true);
    const labelFont = await app.page
      .locator('.province-label')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(labelFont).toContain('Sarabun');

    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a tooltip with both names, the value and a Buddhist-era date on hover', async () => {
    const app = spinePage();
    // Hover once every view has its data, as a person would after the page has settled.
    await app.page.waitForFunction(
      () => document.documentElement.dataset.engine === 'ready',
      null,
      {
        timeout: 120_000,
      },
    );
    const bangkok = readProvinceAnchors().find((a) => a.code === 10);
    if (!bangkok) throw new Error('Bangkok missing from the geography');
    const point = await projectToPage(app.page, bangkok.lon, bangkok.lat);
    await app.page.mouse.move(point.x, point.y);
    const tooltip = app.page.locator('.province-tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain('กรุงเทพมหานคร');
    expect(text).toContain('Bangkok');
    expect(text).toMatch(/\d+\.\d %/);
    expect(text).toContain('2564');
    expect(text).toContain('ข้อมูลสาธิต');
    await saveScreenshot(app.page, 'spine-tooltip');
  });

  it('switches to English and back', async () => {
    const app = spinePage();
    await app.page.mouse.move(0, 0);
    await app.page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(app.page.url()).searchParams.get('lang')).toBe('en');
    expect(await app.page.locator('.legend-title').innerText()).toContain('vaccination coverage');
    expect(await app.page.locator('.province-label', { hasText: 'Bueng Kan' }).count()).toBe(1);
    await saveScreenshot(app.page, 'spine-en');
    await app.page.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }).click();
    await expect.poll(() => app.page.locator('.legend-title').innerText()).toContain('วัคซีน');
    // Thai is the default, so the canonical URL leaves `lang` out.
    expect(new URL(app.page.url()).searchParams.get('lang')).toBeNull();
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('th');
  });

  it('shows an error state naming the file when the manifest cannot be loaded', async () => {
    app = await openApp('about:blank');
    await app.page.route('**/data/manifest.json', (route) =>
      route.fulfill({ status: 500, body: 'boom' }),
    );
    await app.page.goto(baseUrl);
    await app.page.waitForFunction(() => document.documentElement.dataset.state === 'error');
    const alert = await app.page.getByRole('alert').innerText();
    expect(alert).toContain('manifest.json');
    expect(app.pageErrors).toEqual([]);
  });
});
