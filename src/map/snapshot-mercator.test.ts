import { describe, expect, it } from 'vitest';
import { THAILAND_BOUNDS } from './camera';
import {
  fitBoundsView,
  frameProject,
  metresPerPixel,
  projectLonLat,
  tileFrame,
  unprojectPoint,
  viewBounds,
} from './snapshot-mercator';

describe('snapshot mercator', () => {
  it('projects and unprojects back to the same place', () => {
    for (const [lon, lat] of [
      [100.5, 13.75],
      [98.98, 18.79],
      [-70, -33],
    ] as const) {
      const point = projectLonLat(lon, lat, 6.3);
      const back = unprojectPoint(point.x, point.y, 6.3);
      expect(back.lon).toBeCloseTo(lon, 9);
      expect(back.lat).toBeCloseTo(lat, 9);
    }
  });

  it('gives MapLibre ground resolution: 78,271.5 m per pixel at zoom 0 on the equator', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
    expect(metresPerPixel(60, 3)).toBeCloseTo(78_271.517 / 8 / 2, 2);
  });

  it('fits bounds inside the padded frame, touching it on the tighter side', () => {
    const [width, height, padding] = [1400, 900, 24];
    const view = fitBoundsView(THAILAND_BOUNDS, width, height, padding);
    const [west, south, east, north] = THAILAND_BOUNDS;
    const nw = frameProject(view, width, height, west, north);
    const se = frameProject(view, width, height, east, south);
    expect(nw.x).toBeGreaterThanOrEqual(padding - 1e-6);
    expect(nw.y).toBeGreaterThanOrEqual(padding - 1e-6);
    expect(se.x).toBeLessThanOrEqual(width - padding + 1e-6);
    expect(se.y).toBeLessThanOrEqual(height - padding + 1e-6);
    // Thailand is tall: it fills the height.
    expect(nw.y).toBeCloseTo(padding, 6);
    expect(se.y).toBeCloseTo(height - padding, 6);
  });

  it('carries a view to another frame through its bounds', () => {
    const view = { lon: 102.1, lat: 14.97, zoom: 7.5 };
    const bounds = viewBounds(view, 800, 600);
    const again = fitBoundsView(bounds, 1600, 1200, 0);
    expect(again.lon).toBeCloseTo(view.lon, 6);
    expect(again.lat).toBeCloseTo(view.lat, 6);
    expect(again.zoom).toBeCloseTo(view.zoom + 1, 6);
  });

  it('needs one tile when the drawing buffer fits the GPU', () => {
    const view = { lon: 100, lat: 13, zoom: 6 };
    expect(tileFrame(view, 1800, 1000, 2, 4096)).toEqual([
      { x: 0, y: 0, width: 1800, height: 1000, view },
    ]);
  });

  it('splits a large frame into equal tiles that show the same map as the whole frame', () => {
    const view = { lon: 100.9, lat: 13.2, zoom: 6.7 };
    const [width, height, ratio] = [3000, 2000, 2];
    const tiles = tileFrame(view, width, height, ratio, 2048);
    expect(tiles).toHaveLength(3 * 2);
    for (const tile of tiles) {
      expect(tile.width * ratio).toBeLessThanOrEqual(2048);
      expect(tile.height * ratio).toBeLessThanOrEqual(2048);
    }
    const covered = tiles.reduce((area, t) => area + t.width * t.height, 0);
    expect(covered).toBeGreaterThanOrEqual(width * height);
    for (const [lon, lat] of [
      [100.5, 13.75],
      [98.3, 7.9],
      [104.8, 15.2],
    ] as const) {
      const whole = frameProject(view, width, height, lon, lat);
      const tile = tiles.find(
        (t) =>
          whole.x >= t.x && whole.x < t.x + t.width && whole.y >= t.y && whole.y < t.y + t.height,
      );
      if (!tile) throw new Error('point outside every tile');
      const inTile = frameProject(tile.view, tile.width, tile.height, lon, lat);
      expect(inTile.x + tile.x).toBeCloseTo(whole.x, 6);
      expect(inTile.y + tile.y).toBeCloseTo(whole.y, 6);
    }
  });
});
