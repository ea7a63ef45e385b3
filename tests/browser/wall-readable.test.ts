/**
 * The wall read from four metres (issue 16 item 1): every scene of the shipped playlist at
 * 1920x1080 and at 3840x2160 (a 4K screen at 100 %, everything twice the size), one page per
 * size stepping through the scenes. Per scene: no text of the header, KPI strip, legend, charts
 * or ticker under 24 px (48 px at 4K); no name or figure cut (an ellipsis, or text wider than its
 * box); the legend's box holds no label point of a province the scene ranks or names; the KPI
 * strip is titled by the scene's area. Screenshots: test-results/wall-readable-<size>-<scene>.png.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, saveScreenshot, waitForReady, type AppPage } from './harness';
import { anchorOf, expectClean } from './whole-helpers';

const baseUrl = inject('baseUrl');

interface ShippedScene {
  readonly id: string;
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

let current: AppPage | undefined;
afterEach(async (context) => {
  if (current && context.task.result?.state === 'fail') {
    const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    await saveScreenshot(current.page, `wall-readable-failed-${slug}`).catch(() => undefined);
  }
  await current?.close();
  current = undefined;
});

/** What one scene shows that a reader at four metres could miss. */
interface Reading {
  /** Text smaller than `minPx`: "<px> <class> <text>". */
  readonly small: string[];
  /** A name or figure cut: wider than its box, or an ellipsis the page drew. */
  readonly cut: string[];
  readonly kpiTitle: string | null;
  /** The legends' boxes in page pixels. */
  readonly legends: { x: number; y: number; width: number; height: number }[];
  /** Provinces the ranking on screen lists. */
  readonly ranked: number[];
}

/** Reads the scene on screen: every element with text of its own in the wall's text areas. */
function readScene(page: Page, minPx: number): Promise<Reading> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const cut: string[] = [];
    const areas = '.wall-header, .wall-kpis, .wall-legends, .wall-side, .wall-footer';
    for (const area of document.querySelectorAll(areas)) {
      for (const element of area.querySelectorAll('*')) {
        const text = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        if (!text) continue;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        // Screen-reader text is a 1-px box; hidden text is not read from the wall.
        if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
        const name = `${element.getAttribute('class') ?? element.tagName} "${text.slice(0, 40)}"`;
        const size = Number.parseFloat(style.fontSize);
        if (size < min) small.push(`${size.toFixed(1)} px ${name}`);
        // The ticker scrolls its line past a window on purpose; everything else fits its box.
        if (element.closest('.wall-ticker-window')) continue;
        const html = element as HTMLElement;
        // Cut: wider than a box that hides the rest (with or without an ellipsis drawn) ...
        const hidden = style.overflowX !== 'visible' && html.clientWidth > 0;
        if (hidden && html.scrollWidth > html.clientWidth + 1) cut.push(name);
        // ... shortened by hand, or clamped to a number of lines.
        if (text.endsWith('…') && !text.startsWith('⋯')) cut.push(`ellipsis ${name}`);
        const clamp = style.getPropertyValue('-webkit-line-clamp');
        if (clamp !== 'none' && clamp !== '') cut.push(`clamped ${name}`);
      }
    }
    // Bars squeezed under their text's height overlap; a slot too small hides its last lines.
    for (const line of document.querySelectorAll<HTMLElement>('.wall-side .bars-line')) {
      const size = Number.parseFloat(getComputedStyle(line).fontSize);
      if (line.offsetHeight < size) cut.push(`cramped bars-line "${line.innerText.slice(0, 40)}"`);
    }
    for (const box of document.querySelectorAll<HTMLElement>(
      '.wall-slot, .wall-kpis, .wall-legends',
    )) {
      if (box.scrollHeight > box.clientHeight + 1) cut.push(`overfull ${box.className}`);
    }
    const legends = [...document.querySelectorAll('.wall-legends .legend')].map((legend) => {
      const { x, y, width, height } = legend.getBoundingClientRect();
      return { x, y, width, height };
    });
    const ranked = [...document.querySelectorAll('[data-chart="ranking"] [data-code]')].map(
      (line) => Number(line.getAttribute('data-code')),
    );
    return {
      small,
      cut,
      kpiTitle: document.querySelector('.wall-kpi-scope')?.textContent ?? null,
      legends,
      ranked,
    };
  }, minPx);
}

/** Page positions of province label points, through the map's own projection. */
function labelPoints(page: Page, codes: readonly number[]) {
  const points = codes.map((code) => ({ code, lon: anchorOf(code).lon, lat: anchorOf(code).lat }));
  return page.evaluate((list) => {
    const handle = window.warRoomMap;
    const map = document.querySelector('.war-map');
    if (!handle || !map) throw new Error('map handle missing');
    const rect = map.getBoundingClientRect();
    return list.map(({ code, lon, lat }) => {
      const point = handle.project(lon, lat);
      return { code, x: rect.left + point.x, y: rect.top + point.y };
    });
  }, points);
}

/** Waits until scene `index` is on screen, its queries answered and its camera at rest. */
async function sceneReady(page: Page, index: number) {
  await page.waitForFunction(
    (wanted) => document.querySelector('.wall')?.getAttribute('data-scene-index') === wanted,
    String(index),
    { timeout: 60_000 },
  );
  await page.waitForFunction(() => document.documentElement.dataset.queries === 'idle', null, {
    timeout: 60_000,
  });
  // The camera eases to the scene's bounds; read when the map's projection has stopped moving.
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(
          await page.evaluate(() => window.warRoomMap?.project(100, 15) ?? null),
        );
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 500, timeout: 30_000 },
    )
    .toBe(true);
}

describe('the wall from four metres', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    it(`every shipped scene at ${String(viewport.width)}x${String(viewport.height)}: type, whole names and figures, legend clear of the ranked provinces, area-titled KPIs`, async () => {
      current = await openApp(`${baseUrl}?mode=wall`, viewport);
      const { page } = current;
      // A loaded 2-core machine may take minutes to start DuckDB: wait for the figures, not a clock.
      await waitForReady(page, 300_000);
      await page.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, {
        timeout: 240_000,
      });
      // Paused: the test steps through the scenes with the arrow key, as a supervisor would.
      await page.keyboard.press('Space');
      const minPx = (24 * viewport.height) / 1080;
      // The wall may have moved on while DuckDB started: step from where it was paused.
      const first = Number(await page.locator('.wall').getAttribute('data-scene-index'));
      for (let step = 0; step < SCENES.length; step += 1) {
        const index = (first + step) % SCENES.length;
        if (step > 0) await page.keyboard.press('ArrowRight');
        await sceneReady(page, index);
        const scene = SCENES[index];
        if (!scene) throw new Error(`no scene ${String(index)}`);
        // The legend's decision and the KPI figures follow the answers: poll until they hold.
        const named =
          typeof scene.view === 'object' && scene.view.province ? [scene.view.province] : [];
        await expect
          .poll(
            async () => {
              const reading = await readScene(page, minPx - 0.01);
              const points = await labelPoints(page, [...reading.ranked, ...named]);
              const covered = points.flatMap(({ code, x, y }) =>
                reading.legends.some(
                  (box) =>
                    x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height,
                )
                  ? [code]
                  : [],
              );
              return {
                small: reading.small,
                cut: reading.cut,
                covered,
                kpiTitle: scene.charts.includes('kpis') ? reading.kpiTitle : null,
                ranked: scene.charts.includes('ranking') ? reading.ranked.length > 0 : true,
              };
            },
            {
              message: `${scene.id} at ${String(viewport.height)}p`,
              interval: 1000,
              timeout: 20_000,
            },
          )
          .toEqual({
            small: [],
            cut: [],
            covered: [],
            kpiTitle: scene.charts.includes('kpis') ? areaTitle(scene.view) : null,
            ranked: true,
          });
        await saveScreenshot(page, `wall-readable-${String(viewport.height)}p-${scene.id}`);
      }
      expectClean(current);
    }, 600_000);
  }
});
