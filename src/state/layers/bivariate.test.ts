import { describe, expect, it } from 'vitest';
import {
  bivariateColour,
  bivariateColourByCode,
  bivariateLegend,
  buildBivariate,
  tercileClassification,
  tercileOf,
} from './bivariate';
import { NO_DATA_COLOUR, rgbToHex } from './palettes';

// Codes 1..9: x is the code itself; y is a permutation of 1..9. Terciles of 1..9 are
// {1,2,3}, {4,5,6}, {7,8,9} (breaks 4 and 7).
const xByCode = new Map<number, number | null>([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => [c, c]));
const yByCode = new Map<number, number | null>([
  [1, 1],
  [2, 8],
  [3, 9],
  [4, 3],
  [5, 5],
  [6, 4],
  [7, 2],
  [8, 6],
  [9, 7],
]);

describe('bivariate colours', () => {
  it('colours the four corners and the centre of the Stevens pink-blue scheme', () => {
    const colours = bivariateColourByCode(xByCode, yByCode, { xDecimals: 0, yDecimals: 0 });
    const hex = (code: number) => rgbToHex(colours.get(code) ?? NO_DATA_COLOUR);
    expect(hex(1)).toBe('#e8e8e8'); // x low, y low
    expect(hex(7)).toBe('#5ac8c8'); // x high (7), y low (2)
    expect(hex(3)).toBe('#be64ac'); // x low (3), y high (9)
    expect(hex(9)).toBe('#3b4994'); // x high, y high (7)
    expect(hex(5)).toBe('#a5add3'); // both middle
  });

  it('gives the no-data colour when either value is missing, and ignores it for terciles', () => {
    const x = new Map(xByCode).set(10, 100).set(11, 5);
    const y = new Map(yByCode).set(11, null);
    const model = buildBivariate(x, y, { xDecimals: 0, yDecimals: 0, codes: [1, 10, 11, 12] });
    expect(model.colourByCode.get(10)).toEqual(NO_DATA_COLOUR);
    expect(model.colourByCode.get(11)).toEqual(NO_DATA_COLOUR);
    expect(model.colourByCode.get(12)).toEqual(NO_DATA_COLOUR);
    expect(model.cellByCode.get(1)).toEqual({ x: 0, y: 0 });
    expect(model.cellByCode.has(10)).toBe(false);
    // 100 (code 10, no y) does not move the x terciles.
    expect(model.legend.xBreaks).toEqual([4, 7]);
    expect([...model.colourByCode.keys()]).toEqual([1, 10, 11, 12]);
  });

  it('colours every code of either map by default', () => {
    const colours = bivariateColourByCode(new Map([[1, 1]]), new Map([[2, 1]]));
    expect([...colours.keys()].sort((a, b) => a - b)).toEqual([1, 2]);
    expect(colours.get(1)).toEqual(NO_DATA_COLOUR);
  });
});

describe('tercileOf', () => {
  it('maps merged terciles to low/high, or to the middle when all values are equal', () => {
    const two = tercileClassification([1, 1, 1, 1, 2, 2], 0);
    expect(two.breaks).toEqual([2]);
    expect(tercileOf(1, two)).toBe(0);
    expect(tercileOf(2, two)).toBe(2);
    const one = tercileClassification([5, 5, 5], 0);
    expect(tercileOf(5, one)).toBe(1);
    expect(tercileOf(null, one)).toBeNull();
  });
});

describe('bivariateLegend', () => {
  it('lists the nine cells with their colours and both variables\u2019 breaks', () => {
    const legend = bivariateLegend(
      { breaks: [4, 7], min: 1, max: 9 },
      { breaks: [10, 20], min: 0, max: 30 },
    );
    expect(legend.cells).toHaveLength(9);
    expect(legend.xBreaks).toEqual([4, 7]);
    expect(legend.yBreaks).toEqual([10, 20]);
    const cell = legend.cells.find((c) => c.x === 2 && c.y === 0);
    expect(cell && rgbToHex(cell.colour)).toBe('#5ac8c8');
    expect(rgbToHex(bivariateColour(0, 2))).toBe('#be64ac');
    const distinct = new Set(legend.cells.map((c) => rgbToHex(c.colour)));
    expect(distinct.size).toBe(9);
  });
});
