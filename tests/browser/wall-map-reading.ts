/**
 * The wall's map read off the screen (issue 16 item 1): the complaints circles' radii and the
 * province labels' size and contrast against the fill under them. Used by wall.test.ts on the
 * north-east and poverty scenes at 1080p and 4K.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { contrastRatio } from '../../src/map/label-contrast';
import { hexToRgb, type Rgb } from '../../src/state/layers/palettes';
import { hideElements } from './harness';
import { projectToPage, type Pixels } from './map-pixels';
import {
  ANCHORS,
  LAND,
  mapPixels,
  mapRect,
  regionProvinceCodes,
  type Colour,
  type Rect,
} from './whole-helpers';

const NORTHEAST = ANCHORS.filter((a) => regionProvinceCodes('northeast').has(a.code));

const distance = (a: Colour, b: Colour) => Math.max(...a.map((c, i) => Math.abs(c - (b[i] ?? 0))));

/**
 * Radius of the circle drawn around `centre`: in 8 directions, how far the centre's colour goes
 * before two pixels in a row differ from it (the circle's dark rim or what lies outside); the
 * median, so an outline or a neighbour's circle crossing one direction does not count. Null when
 * no circle is drawn there (the centre shows the bare land).
 */
function circleRadius(pixels: Pixels, centre: { x: number; y: number }): number | null {
  const fill = pixels.rgbAt(centre.x, centre.y);
  if (distance(fill, LAND) < 25) return null;
  const reach = [0, 45, 90, 135, 180, 225, 270, 315].map((degrees) => {
    const dx = Math.cos((degrees * Math.PI) / 180);
    const dy = Math.sin((degrees * Math.PI) / 180);
    for (let step = 1; step < 200; step += 1) {
      const off = (s: number) => pixels.rgbAt(centre.x + dx * s, centre.y + dy * s);
      if (distance(off(step), fill) > 18 && distance(off(step + 1), fill) > 18) return step;
    }
    return 200;
  });
  reach.sort((a, b) => a - b);
  return ((reach[3] ?? 0) + (reach[4] ?? 0)) / 2;
}

/** True when `point` lies inside the map, `margin` pixels or more from its edges. */
function insideMap(point: { x: number; y: number }, rect: Rect, margin: number): boolean {
  return (
    point.x > rect.x + margin &&
    point.y > rect.y + margin &&
    point.x < rect.x + rect.width - margin &&
    point.y < rect.y + rect.height - margin
  );
}

/**
 * The radius of every north-east province's circle on the map (labels and legends hidden), by
 * code; provinces whose point is within 40 px of the map's edge are left out.
 */
export async function measuredCircles(page: Page): Promise<Map<number, number>> {
  const showLegends = await hideElements(page, '.legend');
  const pixels = await mapPixels(page);
  await showLegends();
  const rect = await mapRect(page);
  const radii = new Map<number, number>();
  for (const anchor of NORTHEAST) {
    const point = await projectToPage(page, anchor.lon, anchor.lat);
    const radius = insideMap(point, rect, 40) ? circleRadius(pixels, point) : null;
    if (radius !== null) radii.set(anchor.code, radius);
  }
  return radii;
}

/** One shown province label, the fill it was coloured for and what the screen shows there. */
export interface LabelReading {
  readonly code: number;
  readonly text: string;
  readonly fontPx: number;
  readonly colour: Rgb;
  readonly fill: Rgb;
  /** What the screen shows at the label's point (labels hidden), nearest to `fill` within 3 px. */
  readonly shown: Colour;
}

/** Every shown province label: its size, colour, the fill it was coloured for and the screen's. */
async function readLabels(page: Page): Promise<LabelReading[]> {
  const labels = await page.locator('.province-label:not([hidden])').evaluateAll((elements) =>
    elements.map((element) => ({
      code: Number((element as HTMLElement).dataset.code),
      text: element.textContent,
      fontPx: parseFloat(getComputedStyle(element).fontSize),
      colour: getComputedStyle(element).color,
      fill: (element as HTMLElement).dataset.fill ?? '',
    })),
  );
  const showLegends = await hideElements(page, '.legend');
  const pixels = await mapPixels(page);
  await showLegends();
  const rect = await mapRect(page);
  const readings: LabelReading[] = [];
  for (const label of labels) {
    const anchor = ANCHORS.find((a) => a.code === label.code);
    if (!anchor) throw new Error(`label of unknown province ${String(label.code)}`);
    const point = await projectToPage(page, anchor.lon, anchor.lat);
    // A label cut by the map's edge has its point outside the map: nothing to read there.
    if (!insideMap(point, rect, 4)) continue;
    const fill = hexToRgb(label.fill);
    let shown: Colour = pixels.rgbAt(point.x, point.y);
    for (let dy = -3; dy <= 3; dy += 1)
      for (let dx = -3; dx <= 3; dx += 1) {
        const rgb = pixels.rgbAt(point.x + dx, point.y + dy);
        if (distance(rgb, fill) < distance(shown, fill)) shown = rgb;
      }
    const [r = 0, g = 0, b = 0] = (label.colour.match(/\d+/g) ?? []).map(Number);
    readings.push({ ...label, colour: [r, g, b], fill, shown });
  }
  return readings;
}

/** Checks the labels of the scene on screen (20 px × `scale`, 4.5 : 1); returns them. */
export async function checkLabels(page: Page, scale: number, scene: string) {
  const labels = await readLabels(page);
  expect(labels.length, `${scene}: labels shown`).toBeGreaterThan(8);
  for (const label of labels) {
    const where = `${scene} ${String(scale)}x: ${label.text}`;
    expect(label.fontPx, where).toBeGreaterThanOrEqual(20 * scale);
    expect(contrastRatio(label.colour, label.fill), where).toBeGreaterThanOrEqual(4.5);
  }
  // The fill each label was coloured for is the one on screen under it (an outline or a
  // neighbouring circle may cover a few label points).
  const mismatched = labels.filter((label) => distance(label.shown, label.fill) > 8);
  expect(
    mismatched.length / labels.length,
    `${scene}: label fills not seen on screen: ${JSON.stringify(mismatched)}`,
  ).toBeLessThan(0.15);
  return labels;
}

/** The size key's circles in the complaints legend: caption, and each value and radius. */
export async function sizeKeyOf(page: Page) {
  const key = page.locator('.legend[data-layer="complaints"] [data-size-key]');
  return {
    caption: await key.locator('figcaption').innerText(),
    circles: await key.locator('li').evaluateAll((items) =>
      items.map((item) => ({
        label: item.querySelector('span')?.textContent ?? '',
        radius: Number(item.querySelector('circle')?.getAttribute('r')),
      })),
    ),
  };
}
