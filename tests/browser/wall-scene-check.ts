/**
 * Every shipped wall scene read on one page, as from four metres (issue 16 item 1), paused and
 * stepped with the arrow key as a supervisor would. Per scene: no text of the header, KPI strip,
 * legends, charts or ticker under 24 px (48 px at 4K); no name or figure cut; the legends in a
 * corner of the map (never the strip), over no province the scene ranks or names, and over no
 * province at all where the camera leaves room beside the country; the KPI strip titled by the
 * scene's area, no tile reading a bare ไม่มีข้อมูล; the map drawn; nothing off screen. On the
 * north-east scene the circles, size key and labels, on the poverty scene the labels, are
 * measured on the screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { relativeLuminance } from '../../src/map/label-contrast';
import { saveScreenshot } from './harness';
import { decodePng } from './map-pixels';
import { checkLabels, measuredCircles, sizeKeyOf, type LabelReading } from './wall-map-reading';
import { coveredCodes, labelPoints, readScene, sceneReady } from './wall-reading';
import { countPixels, isColourful, mapRect, poll, regionProvinceCodes } from './whole-helpers';

interface ShippedScene {
  readonly id: string;
  readonly layers: readonly string[];
  readonly view: string | { readonly region?: string; readonly province?: number };
  readonly charts: readonly string[];
}

const SCENES = (
  JSON.parse(readFileSync('public/wall/playlist.json', 'utf8')) as { scenes: ShippedScene[] }
).scenes;

/** The area each kind of scene view names, as the KPI strip must title it. */
function areaTitle(view: ShippedScene['view']): string {
  if (typeof view === 'string') return 'ทั้งประเทศ';
  if (view.province === 30) return 'จ.นครราชสีมา';
  if (view.region === 'northeast') return 'ภาคตะวันออกเฉียงเหนือ';
  throw new Error(`no expected title for ${JSON.stringify(view)}`);
}

/** The provinces a scene's view names: its province, or its region's. */
function viewCodes(view: ShippedScene['view']): number[] {
  if (typeof view === 'string') return [];
  if (view.province) return [view.province];
  return view.region ? [...regionProvinceCodes(view.region)] : [];
}

/** What the map measures of the north-east and poverty scenes, for the 4K page to compare. */
export interface WallMeasures {
  readonly circles: Map<number, number>;
  readonly key: Awaited<ReturnType<typeof sizeKeyOf>>;
  readonly northeastLabels: LabelReading[];
  readonly povertyLabels: LabelReading[];
}

/** Checks the scene on screen; resolves once its screenshot is saved. */
async function checkScene(page: Page, scene: ShippedScene, viewport: { height: number }) {
  const minPx = (24 * viewport.height) / 1080;
  const where = `${scene.id} at ${String(viewport.height)}p`;
  const named = new Set(viewCodes(scene.view));
  // The legends' decision, the camera's room for them and the KPI figures follow the answers:
  // poll until they hold.
  await expect
    .poll(
      async () => {
        const reading = await readScene(page, minPx - 0.01);
        const rect = await mapRect(page);
        const points = (await labelPoints(page)).filter(
          ({ x, y }) =>
            x >= rect.x && y >= rect.y && x <= rect.x + rect.width && y <= rect.y + rect.height,
        );
        const ranked = new Set(reading.ranked);
        const under = coveredCodes(points, reading.legends);
        return {
          small: reading.small,
          cut: reading.cut,
          // One legend always finds a corner (the camera makes room); two stacked legends taller
          // than the map (the Korat scene) go to the strip, whose height is checked below.
          legendPlace:
            reading.legendPlace === 'strip' && scene.layers.length > 1
              ? 'corner or strip'
              : reading.legendPlace === 'strip'
                ? 'strip'
                : 'corner or strip',
          // Under the legends: no province the scene ranks or names ...
          coveredNamed: under.filter((code) => ranked.has(code) || named.has(code)),
          // ... and on a national scene, where the camera makes room beside the country, none.
          coveredAny: typeof scene.view === 'string' ? under : [],
          kpiTitle: scene.charts.includes('kpis') ? reading.kpiTitle : null,
          bareNoData: reading.kpiValues.filter((value) => value === 'ไม่มีข้อมูล'),
          ranked: scene.charts.includes('ranking') ? ranked.size > 0 : true,
        };
      },
      { message: where, interval: 1000, timeout: 30_000 },
    )
    .toEqual({
      small: [],
      cut: [],
      legendPlace: 'corner or strip',
      coveredNamed: [],
      coveredAny: [],
      kpiTitle: scene.charts.includes('kpis') ? areaTitle(scene.view) : null,
      bareNoData: [],
      ranked: true,
    });
  // A strip takes half the map column at most (the Korat scene's two legends).
  const share = await page.evaluate(() => {
    const strip = document.querySelector<HTMLElement>('.wall-legends-strip');
    const column = document.querySelector<HTMLElement>('.wall-map-column');
    return strip && column ? strip.offsetHeight / column.offsetHeight : 0;
  });
  expect(share, `${where}: the strip's share of the map column`).toBeLessThanOrEqual(0.5);
  // Nothing overflows the screen.
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(overflow, where).toEqual({ x: 0, y: 0 });
  // The map is not blank: data colours cover a fair part of it (read on the saved screenshot).
  const rect = await mapRect(page);
  const name = `wall-${String(viewport.height)}p-${scene.id}`;
  await expect
    .poll(
      async () => countPixels(decodePng(await saveScreenshot(page, name)), rect, isColourful, 4),
      {
        message: `${where}: coloured map pixels`,
        // Each read is a screenshot (large at 4K): about once a second, not in a busy loop.
        interval: 1000,
        timeout: 30_000,
      },
    )
    .toBeGreaterThan(200);
}

/**
 * Pauses the wall on `page` (the shipped playlist, settled), steps through every scene, checks
 * each, and measures the north-east and poverty scenes' map.
 */
export async function walkShippedScenes(
  page: Page,
  viewport: { width: number; height: number },
): Promise<WallMeasures> {
  const scale = viewport.height / 1080;
  await page.keyboard.press('Space');
  // The wall may have moved on while DuckDB started: step from where it was paused.
  const first = Number(await page.locator('.wall').getAttribute('data-scene-index'));
  const ids: string[] = [];
  const measures: { -readonly [K in keyof WallMeasures]?: WallMeasures[K] } = {};
  for (let step = 0; step < SCENES.length; step += 1) {
    const index = (first + step) % SCENES.length;
    if (step > 0) await page.keyboard.press('ArrowRight');
    await sceneReady(page, index);
    const scene = SCENES[index];
    if (!scene) throw new Error(`no scene ${String(index)}`);
    expect(await page.locator('.wall').getAttribute('data-scene')).toBe(scene.id);
    ids.push(scene.id);
    await checkScene(page, scene, viewport);
    if (scene.id === 'complaints-northeast') {
      // The circles are drawn once deck.gl has the layer: poll the screen until most are there.
      await poll(async () => (await measuredCircles(page)).size, {
        timeout: 60_000,
      }).toBeGreaterThan(15);
      Object.assign(measures, {
        circles: await measuredCircles(page),
        key: await sizeKeyOf(page),
        northeastLabels: await checkLabels(page, scale, scene.id),
      });
      // The size key: its unit Thai first, 2–3 circles labelled with their values.
      expect(measures.key?.caption).toBe('ขนาดวงกลม (เรื่อง · cases)');
      expect(measures.key?.circles.length).toBeGreaterThanOrEqual(2);
      expect(measures.key?.circles.length).toBeLessThanOrEqual(3);
    }
    if (scene.id === 'poverty-national') {
      // The poverty colours reach the labels when the layer's model does.
      await poll(() => page.locator('.province-label[data-fill="#1b2436"]:not([hidden])').count(), {
        timeout: 60_000,
      }).toBe(0);
      const labels = await checkLabels(page, scale, scene.id);
      measures.povertyLabels = labels;
      // Names on the pale top class are dark, not white; white names stay on the dark fills.
      const pale = labels.filter((label) => Math.min(...label.fill) > 200);
      expect(pale.length).toBeGreaterThan(0);
      for (const label of pale) expect(label.colour, label.text).toEqual([0, 0, 0]);
      const dark = labels.filter((label) => relativeLuminance(label.fill) < 0.1);
      expect(dark.length).toBeGreaterThan(0);
      for (const label of dark) expect(label.colour, label.text).toEqual([255, 255, 255]);
    }
  }
  expect([...ids].sort()).toEqual(SCENES.map((scene) => scene.id).sort());
  // Type scales with the screen: at 4K the root font is twice the 1080p one (20 px per rem).
  const rootPx = await page.evaluate(() =>
    Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  expect(rootPx).toBeCloseTo(20 * scale, 0);
  const title = await page.locator('.wall-scene-title h1').boundingBox();
  expect(title?.height ?? 0).toBeGreaterThan(viewport.height * 0.04);
  const { circles, key, northeastLabels, povertyLabels } = measures;
  if (!circles || !key || !northeastLabels || !povertyLabels)
    throw new Error('scenes not measured');
  return { circles, key, northeastLabels, povertyLabels };
}
