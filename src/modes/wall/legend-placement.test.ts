import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../map/camera';
import {
  cornerRect,
  covers,
  evenPadding,
  fittedProjection,
  fittedScale,
  placeLegend,
  type LonLat,
} from './legend-placement';

const map = { width: 1000, height: 800 };
const legend = { width: 300, height: 200 };
const margin = { x: 60, y: 18 };

describe('fittedProjection', () => {
  it('centres the bounds and fits their longer side inside the padding', () => {
    // A square degree box at the equator is (almost) square in Mercator: the height binds.
    const project = fittedProjection([10, -5, 20, 5], map, 24);
    const centre = project(15, 0);
    expect(centre.x).toBeCloseTo(500, 6);
    expect(centre.y).toBeCloseTo(400, 6);
    expect(project(15, 5).y).toBeCloseTo(24, 6);
    expect(project(15, -5).y).toBeCloseTo(776, 6);
    // Web Mercator stretches latitude: the width is a little less than the height.
    const width = project(20, 0).x - project(10, 0).x;
    expect(width).toBeLessThan(752);
    expect(width).toBeGreaterThan(740);
  });

  it('puts Thailand upright in a wide map: the height binds and the sides stay free', () => {
    const project = fittedProjection([97.2, 5.5, 105.8, 20.6], { width: 1000, height: 760 }, 24);
    expect(project(101.5, 20.6).y).toBeCloseTo(24, 6);
    expect(project(101.5, 5.5).y).toBeCloseTo(736, 6);
    const west = project(97.2, 13).x;
    const east = project(105.8, 13).x;
    expect(west).toBeGreaterThan(250);
    expect(east).toBeLessThan(750);
    expect((west + east) / 2).toBeCloseTo(500, 6);
  });
});

describe('fittedProjection with more padding on one side', () => {
  it('centres the bounds in the padded box, as MapLibre does', () => {
    const bounds: Bounds = [97.2, 5.5, 105.8, 20.6];
    const size = { width: 1000, height: 760 };
    const plain = fittedProjection(bounds, size, 24);
    const padding = { ...evenPadding(24), left: 24 + 400 };
    const room = fittedProjection(bounds, size, padding);
    // Thailand is tall: the height still binds, so the scale is kept and the country moves right
    // by half the extra padding.
    expect(fittedScale(bounds, size, padding)).toBeCloseTo(
      fittedScale(bounds, size, evenPadding(24)),
      6,
    );
    expect(room(101.5, 13).x - plain(101.5, 13).x).toBeCloseTo(200, 6);
    expect(room(101.5, 20.6).y).toBeCloseTo(24, 6);
    // West of Mae Hong Son, the country's west edge is right of the 400 px kept clear.
    expect(room(97.2, 13).x).toBeGreaterThan(424);
  });
});

describe('cornerRect and covers', () => {
  it('places the legend in each corner, inset from the edges', () => {
    expect(cornerRect('bottom-left', map, legend, 16)).toEqual({
      x: 16,
      y: 584,
      width: 300,
      height: 200,
    });
    // Bottom right: above the map's attribution line, three insets up.
    expect(cornerRect('bottom-right', map, legend, 16)).toEqual({
      x: 684,
      y: 552,
      width: 300,
      height: 200,
    });
    expect(cornerRect('top-right', map, legend, 16)).toEqual({
      x: 684,
      y: 16,
      width: 300,
      height: 200,
    });
  });

  it('counts a point within the margin around the box', () => {
    const rect = { x: 100, y: 100, width: 100, height: 50 };
    expect(covers(rect, { x: 150, y: 120 }, { x: 0, y: 0 })).toBe(true);
    expect(covers(rect, { x: 250, y: 120 }, { x: 0, y: 0 })).toBe(false);
    expect(covers(rect, { x: 250, y: 120 }, { x: 60, y: 0 })).toBe(true);
    expect(covers(rect, { x: 150, y: 170 }, { x: 0, y: 18 })).toBe(false);
  });
});

describe('placeLegend', () => {
  // A 10-degree box at the equator in a 1000×800 map: placed by the pixel each point is drawn at.
  const bounds: Bounds = [10, -5, 20, 5];
  const plainScale = fittedScale(bounds, map, evenPadding(24));
  /** The longitude and latitude the plain camera draws at pixel (x, y). */
  const at = (x: number, y: number): LonLat => {
    const worldX = (10 + 20) / 2 / 360 + 0.5 + (x - 500) / plainScale;
    const worldY = 0.5 + (y - 400) / plainScale;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))) * 180) / Math.PI;
    return { lon: worldX * 360 - 180, lat };
  };
  const input = { map, legend, bounds, padding: 24, inset: 16, margin };
  const plain = evenPadding(24);

  it('reads pixels back through the plain camera', () => {
    const point = at(350, 700);
    const drawn = fittedProjection(bounds, map, 24)(point.lon, point.lat);
    expect(drawn.x).toBeCloseTo(350, 6);
    expect(drawn.y).toBeCloseTo(700, 6);
  });

  it('takes the bottom-left corner when it is free, with the plain camera', () => {
    expect(placeLegend({ ...input, avoid: [at(500, 400)] })).toEqual({
      placement: 'bottom-left',
      padding: plain,
    });
  });

  it('moves off a ranked province: bottom-right, then the top corners, the map kept large', () => {
    // A province labelled just right of the bottom-left legend, within a name's reach.
    expect(placeLegend({ ...input, avoid: [at(350, 700)] })).toEqual({
      placement: 'bottom-right',
      padding: plain,
    });
    expect(placeLegend({ ...input, avoid: [at(100, 700), at(900, 700)] })).toEqual({
      placement: 'top-left',
      padding: plain,
    });
  });

  it('makes room beside the bounds when every plain corner holds a ranked province', () => {
    // Provinces all along the square's edges: the camera moves the square right of the legend.
    const edges = [at(100, 700), at(900, 700), at(200, 100), at(800, 100)];
    expect(placeLegend({ ...input, avoid: edges })).toEqual({
      placement: 'top-left',
      padding: { ...plain, left: 24 + 300 + 16 },
    });
  });

  it('makes room when every plain corner is over a province and room is over none', () => {
    expect(
      placeLegend({
        ...input,
        avoid: [],
        others: [at(200, 700), at(800, 700), at(200, 100), at(800, 100)],
      }),
    ).toEqual({ placement: 'bottom-left', padding: { ...plain, left: 340 } });
  });

  it('goes to the strip when making room would shrink the map too much, or the legend is too big', () => {
    // A wide box: padding a side by the legend's width costs more than a third of the scale.
    const wide: Bounds = [0, -5, 40, 5];
    const edges = [-1, 1].flatMap((side) =>
      [-4, 0, 4].flatMap((lat) =>
        [0.5, 5, 10, 30, 35, 39.5].map((lon) => ({ lon, lat: lat + side * 0.5 })),
      ),
    );
    const tall = { width: 400, height: 500 };
    expect(placeLegend({ ...input, legend: tall, bounds: wide, avoid: [] }).placement).toBe(
      'bottom-left',
    );
    expect(placeLegend({ ...input, legend: tall, bounds: wide, avoid: edges }).placement).toBe(
      'strip',
    );
    expect(
      placeLegend({ ...input, legend: { width: 600, height: 200 }, avoid: [] }).placement,
    ).toBe('strip');
    expect(
      placeLegend({ ...input, legend: { width: 300, height: 790 }, avoid: [] }).placement,
    ).toBe('strip');
  });

  it('prefers, among free corners, the one over the fewest other provinces', () => {
    const north = [at(100, 100), at(200, 150)];
    const south = [at(120, 700)];
    expect(placeLegend({ ...input, avoid: [], others: [...north, ...south] }).placement).toBe(
      'bottom-right',
    );
  });

  it('puts the national legend beside Thailand, over no province, the scale kept', () => {
    const thailand: Bounds = [97.3, 5.6, 105.65, 20.5];
    const size = { width: 1035, height: 745 };
    // Label points from the north-west to the deep south and the east.
    const provinces = [
      { lon: 99.8, lat: 19.9 },
      { lon: 97.97, lat: 19.3 },
      { lon: 98.98, lat: 18.8 },
      { lon: 100.5, lat: 13.75 },
      { lon: 98.6, lat: 9.96 },
      { lon: 101.8, lat: 6.4 },
      { lon: 104.9, lat: 15.2 },
      { lon: 103.6, lat: 18.3 },
    ];
    const decision = placeLegend({
      map: size,
      legend: { width: 420, height: 300 },
      bounds: thailand,
      padding: 24,
      avoid: provinces.slice(5),
      others: provinces,
      inset: 16,
      margin: { x: 60, y: 18 },
    });
    expect(decision.placement).toMatch(/left$/);
    expect(decision.padding).toEqual({ ...plain, left: 24 + 420 + 16 });
    expect(fittedScale(thailand, size, decision.padding)).toBeCloseTo(
      fittedScale(thailand, size, plain),
      6,
    );
  });
});
