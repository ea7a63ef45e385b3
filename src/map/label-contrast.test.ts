import { describe, expect, it } from 'vitest';
import { MAP_LAND_COLOUR, paletteColours, PALETTE_IDS } from '../state/layers/palettes';
import type { ChoroplethSpec, MapLayerSpec } from './layer-spec';
import {
  blendOver,
  contrastRatio,
  fillUnderLabel,
  labelColoursFor,
  relativeLuminance,
} from './label-contrast';
import { labelFillsOf } from './label-fills';

const WHITE = '#ffffff';
const BLACK = '#000000';

describe('WCAG contrast', () => {
  it('computes relative luminance and the contrast ratio as WCAG 2 defines them', () => {
    expect(relativeLuminance([255, 255, 255])).toBe(1);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2159, 4);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBe(21);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBe(21);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });

  it('blends a fill at its opacity over what is beneath', () => {
    expect(blendOver([255, 245, 235], 0.9, MAP_LAND_COLOUR)).toEqual([232, 224, 217]);
    expect(blendOver([10, 20, 30], 1, MAP_LAND_COLOUR)).toEqual([10, 20, 30]);
  });
});

describe('label colours', () => {
  it('puts black text with a white halo on the poverty layer’s pale top class', () => {
    // oranges, 5 classes: the top class #fff5eb drawn at the poverty layer's opacity 0.9.
    const fill = blendOver([255, 245, 235], 0.9, MAP_LAND_COLOUR);
    expect(labelColoursFor(fill)).toMatchObject({ text: BLACK, halo: WHITE });
    expect(labelColoursFor(fill).contrast).toBeCloseTo(16.1, 1);
  });

  it('keeps white text with a black halo on the dark land and the dark classes', () => {
    expect(labelColoursFor(MAP_LAND_COLOUR)).toMatchObject({ text: WHITE, halo: BLACK });
    expect(labelColoursFor([68, 1, 84])).toMatchObject({ text: WHITE, halo: BLACK });
  });

  it('chooses these exact colours for the five classes of every shipped palette', () => {
    const text = (id: (typeof PALETTE_IDS)[number]) =>
      paletteColours(id, 5).map((c) => labelColoursFor(c).text);
    expect(text('viridis')).toEqual([WHITE, WHITE, BLACK, BLACK, BLACK]);
    expect(text('cividis')).toEqual([WHITE, WHITE, BLACK, BLACK, BLACK]);
    expect(text('blues')).toEqual([WHITE, WHITE, BLACK, BLACK, BLACK]);
    expect(text('oranges')).toEqual([WHITE, BLACK, BLACK, BLACK, BLACK]);
    expect(text('purples')).toEqual([WHITE, WHITE, BLACK, BLACK, BLACK]);
  });

  it('reaches 4.5 : 1 on every class of every palette, drawn at any opacity over land', () => {
    for (const id of PALETTE_IDS)
      for (const count of [3, 5, 7, 9])
        for (const colour of paletteColours(id, count))
          for (const opacity of [1, 0.9, 0.85, 0.6]) {
            const fill = blendOver(colour, opacity, MAP_LAND_COLOUR);
            expect(
              labelColoursFor(fill).contrast,
              `${id} ${String(colour)}`,
            ).toBeGreaterThanOrEqual(4.5);
          }
  });
});

describe('the fill under each label', () => {
  const choropleth = (key: string, visible: boolean, colours: [number, number, number][]) =>
    ({
      kind: 'choropleth',
      key,
      visible,
      opacity: 0.9,
      choropleth: {
        colourByCode: new Map(colours.map((c, i) => [10 * (i + 1), c] as const)),
        outlinedCodes: new Set(),
      },
    }) as ChoroplethSpec;

  it('is the top visible choropleth’s colour at its opacity, else the land', () => {
    const bottom = choropleth('vaccination', true, [[68, 1, 84]]);
    const top = choropleth('poverty', true, [[255, 245, 235]]);
    const hidden = choropleth('drought', false, [[0, 0, 0]]);
    const symbols = { kind: 'province-symbols', key: 'c', visible: true, opacity: 1, symbols: [] };
    const layers = [bottom, top, hidden, symbols] as MapLayerSpec[];
    const fills = labelFillsOf(layers);
    expect(fills?.colourByCode).toBe(top.choropleth.colourByCode);
    expect(fillUnderLabel(fills, 10)).toEqual([232, 224, 217]);
    // A province the layer does not colour shows the land.
    expect(fillUnderLabel(fills, 99)).toEqual(MAP_LAND_COLOUR);
    expect(labelFillsOf([symbols] as MapLayerSpec[])).toBeNull();
    expect(fillUnderLabel(null, 10)).toEqual(MAP_LAND_COLOUR);
  });
});
