/**
 * What the wall journey reads off one scene (issue 16 item 1, the wall from four metres): its
 * text sizes and cut names or figures, where its legends sit, and whether its camera has come to
 * rest. Shared by the 1080p and 4K pages of wall.test.ts.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANCHORS } from './whole-helpers';

/** A box in page pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What one scene shows that a reader at four metres could miss. */
export interface Reading {
  /** Text smaller than `minPx`: "<px> <class> <text>". */
  readonly small: string[];
  /** A name or figure cut: wider than its box, or an ellipsis the page drew. */
  readonly cut: string[];
  readonly kpiTitle: string | null;
  /** The KPI tiles' figures as written. */
  readonly kpiValues: string[];
  /** The legends' boxes in page pixels, and where the wall put them. */
  readonly legends: Box[];
  readonly legendPlace: string | null;
  /** Provinces the ranking on screen lists. */
  readonly ranked: number[];
}

/** Reads the scene on screen: every element with text of its own in the wall's text areas. */
export function readScene(page: Page, minPx: number): Promise<Reading> {
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
      kpiValues: [...document.querySelectorAll('.wall-kpi-value')].map((v) => v.textContent),
      legends,
      legendPlace:
        document.querySelector('.wall-map-column')?.getAttribute('data-legend-place') ?? null,
      ranked,
    };
  }, minPx);
}

/** Page positions of every province's label point, through the map's own projection. */
export function labelPoints(page: Page) {
  const points = ANCHORS.map(({ code, lon, lat }) => ({ code, lon, lat }));
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

/** The codes of `points` that lie under one of `boxes`. */
export function coveredCodes(
  points: readonly { code: number; x: number; y: number }[],
  boxes: readonly Box[],
): number[] {
  return points.flatMap(({ code, x, y }) =>
    boxes.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height)
      ? [code]
      : [],
  );
}

/** Waits until scene `index` is on screen, its queries answered and its camera at rest. */
export async function sceneReady(page: Page, index: number) {
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('.wall')?.getAttribute('data-scene-index') === wanted &&
      document.documentElement.dataset.queries === 'idle' &&
      document.querySelector('.war-map[data-layers="deck"]') !== null,
    String(index),
    { timeout: 120_000 },
  );
  // The camera eases to the scene's bounds (and again when its legend asks for room): read when
  // the map's projection has stopped moving.
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
