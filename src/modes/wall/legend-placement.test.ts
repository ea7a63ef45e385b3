import { describe, expect, it } from 'vitest';
import { cornerRect, covers, fittedProjection, placeLegend } from './legend-placement';

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
  const input = { map, legend, inset: 16, margin };

  it('takes the bottom-left corner when it is free', () => {
    expect(placeLegend({ ...input, avoid: [{ x: 500, y: 400 }] })).toBe('bottom-left');
  });

  it('moves off a ranked province: bottom-right, then the top corners', () => {
    // A province labelled just right of the bottom-left legend, within a name's reach.
    expect(placeLegend({ ...input, avoid: [{ x: 350, y: 700 }] })).toBe('bottom-right');
    expect(
      placeLegend({
        ...input,
        avoid: [
          { x: 100, y: 700 },
          { x: 900, y: 700 },
        ],
      }),
    ).toBe('top-left');
    expect(
      placeLegend({
        ...input,
        avoid: [
          { x: 100, y: 700 },
          { x: 900, y: 700 },
          { x: 200, y: 100 },
        ],
      }),
    ).toBe('top-right');
  });

  it('goes to the strip when every corner holds a province, or the legend is too big', () => {
    const corners = [
      { x: 100, y: 700 },
      { x: 900, y: 700 },
      { x: 200, y: 100 },
      { x: 800, y: 100 },
    ];
    expect(placeLegend({ ...input, avoid: corners })).toBe('strip');
    expect(placeLegend({ ...input, legend: { width: 600, height: 200 }, avoid: [] })).toBe('strip');
    expect(placeLegend({ ...input, legend: { width: 300, height: 790 }, avoid: [] })).toBe('strip');
  });

  it('prefers, among free corners, the one over the fewest other provinces', () => {
    const north = [
      { x: 100, y: 100 },
      { x: 200, y: 150 },
    ];
    const south = [{ x: 120, y: 700 }];
    expect(placeLegend({ ...input, avoid: [], others: [...north, ...south] })).toBe('bottom-right');
    expect(
      placeLegend({ ...input, avoid: [{ x: 900, y: 700 }], others: [...north, ...south] }),
    ).toBe('top-right');
  });
});
