import { describe, expect, it } from 'vitest';
import {
  categoricalColour,
  hexToRgb,
  NO_DATA_COLOUR,
  OKABE_ITO,
  PALETTE_ANCHORS,
  PALETTE_IDS,
  paletteColours,
  rgbToHex,
  samplePalette,
  VIRIDIS_5,
  type Rgb,
} from './palettes';

/** WCAG 2 relative luminance, an independent measure of "dark" and "light". */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

describe('paletteColours', () => {
  it('samples viridis at five even steps exactly as VIRIDIS_5', () => {
    expect(paletteColours('viridis', 5)).toEqual(VIRIDIS_5);
  });

  it('runs the ColorBrewer palettes dark to light', () => {
    const blues = paletteColours('blues', 9).map(rgbToHex);
    expect(blues[0]).toBe('#08306b');
    expect(blues[8]).toBe('#f7fbff');
    expect(paletteColours('oranges', 3).map(rgbToHex)).toEqual(['#7f2704', '#fd8d3c', '#fff5eb']);
    expect(paletteColours('purples', 2).map(rgbToHex)).toEqual(['#3f007d', '#fcfbfd']);
  });

  it('starts and ends cividis at its published ends', () => {
    const cividis = paletteColours('cividis', 9).map(rgbToHex);
    expect(cividis[0]).toBe('#00224e');
    expect(cividis[8]).toBe('#fee838');
  });

  it('returns nothing for zero colours and the middle for one', () => {
    expect(paletteColours('viridis', 0)).toEqual([]);
    expect(paletteColours('viridis', 1)).toEqual([[33, 145, 140]]);
  });

  it('interpolates between anchors for other counts', () => {
    const seven = paletteColours('blues', 7);
    expect(seven).toHaveLength(7);
    expect(seven[0]).toEqual(hexToRgb('#08306b'));
    expect(seven[6]).toEqual(hexToRgb('#f7fbff'));
  });

  it('gets lighter at every step, for every palette', () => {
    for (const id of PALETTE_IDS) {
      const lum = PALETTE_ANCHORS[id].map(luminance);
      expect(lum.length).toBeGreaterThanOrEqual(5);
      expect(lum.length).toBeLessThanOrEqual(9);
      for (let i = 1; i < lum.length; i += 1) {
        expect(lum[i], `${id} stop ${i}`).toBeGreaterThan(lum[i - 1] ?? 0);
      }
    }
  });

  it('never uses the no-data grey', () => {
    for (const id of PALETTE_IDS) {
      for (const colour of paletteColours(id, 9)) expect(colour).not.toEqual(NO_DATA_COLOUR);
    }
  });
});

describe('samplePalette', () => {
  it('interpolates linearly and clamps', () => {
    const anchors: Rgb[] = [
      [0, 0, 0],
      [100, 200, 50],
    ];
    expect(samplePalette(anchors, 0.5)).toEqual([50, 100, 25]);
    expect(samplePalette(anchors, 0.25)).toEqual([25, 50, 13]);
    expect(samplePalette(anchors, -1)).toEqual([0, 0, 0]);
    expect(samplePalette(anchors, 2)).toEqual([100, 200, 50]);
  });
});

describe('hexToRgb', () => {
  it('parses #rrggbb in either case and rejects anything else', () => {
    expect(hexToRgb('#E69F00')).toEqual([230, 159, 0]);
    expect(hexToRgb('08306b')).toEqual([8, 48, 107]);
    expect(() => hexToRgb('red')).toThrow('Not a #rrggbb colour: "red"');
  });
});

describe('categorical colours', () => {
  it('are the eight Okabe-Ito colours with grey instead of black', () => {
    expect(OKABE_ITO).toHaveLength(8);
    expect(new Set(OKABE_ITO).size).toBe(8);
    expect(OKABE_ITO).toContain('#E69F00');
    expect(OKABE_ITO).toContain('#56B4E9');
    expect(OKABE_ITO).not.toContain('#000000');
  });

  it('repeat after eight series', () => {
    expect(categoricalColour(0)).toBe('#E69F00');
    expect(categoricalColour(8)).toBe(categoricalColour(0));
    expect(categoricalColour(-1)).toBe('#999999');
  });
});
