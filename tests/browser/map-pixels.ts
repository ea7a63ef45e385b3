import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** A province's label anchor (a point inside it) from the committed geography. */
export interface ProvinceAnchor {
  readonly code: number;
  readonly lon: number;
  readonly lat: number;
}

/** Reads the label anchors of the 77 provinces from public/geo/provinces.topo.json. */
export function readProvinceAnchors(): ProvinceAnchor[] {
  const topology = JSON.parse(readFileSync('public/geo/provinces.topo.json', 'utf8')) as Topology;
  const object = topology.objects.provinces;
  if (!object) throw new Error('provinces.topo.json has no "provinces" object');
  const collection = feature(topology, object) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { code: number; label_lon: number; label_lat: number }
  >;
  return collection.features.map((f) => ({
    code: f.properties.code,
    lon: f.properties.label_lon,
    lat: f.properties.label_lat,
  }));
}

/** Page coordinates (CSS pixels) of a longitude/latitude, through the app's map handle. */
export async function projectToPage(page: Page, lon: number, lat: number) {
  return page.evaluate(
    ([x, y]) => {
      const handle = window.warRoomMap;
      const element = document.querySelector('.war-map');
      if (!handle || !element) throw new Error('map handle missing');
      const point = handle.project(x, y);
      const rect = element.getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    [lon, lat] as const,
  );
}

/** A decoded PNG with pixel access. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  rgbAt(x: number, y: number): [number, number, number];
}

/** Decodes PNG bytes. */
export function decodePng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return {
    width: png.width,
    height: png.height,
    rgbAt(x, y) {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    },
  };
}

/** Index of the palette colour within `tolerance` of `rgb` on every channel, or -1. */
export function paletteIndexOf(
  rgb: readonly number[],
  palette: readonly (readonly number[])[],
  tolerance = 4,
): number {
  return palette.findIndex((colour) =>
    colour.every((channel, i) => Math.abs(channel - (rgb[i] ?? 0)) <= tolerance),
  );
}

/**
 * The palette class painted at `point`, or, when an outline covers that pixel (the smallest
 * provinces are only a few pixels wide), at the nearest pixel within `radius` that has one.
 */
export function paletteIndexNear(
  pixels: Pixels,
  point: { x: number; y: number },
  palette: readonly (readonly number[])[],
  radius = 3,
): number {
  let best = { index: -1, distance: Infinity };
  for (let dy = -radius; dy <= radius; dy += 1) {
    for (let dx = -radius; dx <= radius; dx += 1) {
      const distance = dx * dx + dy * dy;
      if (distance >= best.distance) continue;
      const index = paletteIndexOf(pixels.rgbAt(point.x + dx, point.y + dy), palette);
      if (index >= 0) best = { index, distance };
    }
  }
  return best.index;
}
