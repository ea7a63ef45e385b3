import { describe, expect, it } from 'vitest';
import { MAP_LAND_COLOUR, paletteColours, PALETTE_IDS, type Rgb } from '../state/layers/palettes';
import type { ChoroplethSpec, ProvinceSymbolsSpec } from './layer-spec';
import {
  blendOver,
  contrastRatio,
  fillUnderLabel,
  labelColoursFor,
  relativeLuminance,
} from './label-contrast';
import { drawnOpacity, labelFillsOf } from './label-fills';

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
  const choropleth = (key: string, visible: boolean, colour: Rgb) =>
    ({
      kind: 'choropleth',
      key,
      visible,
      opacity: 0.9,
      choropleth: { colourByCode: new Map([[10, colour]]), outlinedCodes: new Set<number>() },
    }) as ChoroplethSpec;
  const symbols = {
    kind: 'province-symbols',
    key: 'complaints',
    visible: true,
    opacity: 0.9,
    symbols: [{ code: 20, lon: 102, lat: 15, value: 84, radiusPx: 26, colour: [252, 251, 253] }],
  } as ProvinceSymbolsSpec;

  it('composites the visible layers at their opacities over the land, bottom to top', () => {
    const bottom = choropleth('vaccination', true, [68, 1, 84]);
    const top = choropleth('poverty', true, [255, 245, 235]);
    const hidden = choropleth('drought', false, [0, 0, 0]);
    const fills = labelFillsOf([bottom, top, hidden]);
    // deck.gl draws opacity 0.9 as 0.9^(1/2.2) = 0.953: the pale class over (the dark class over
    // the land), each at 0.953.
    expect(drawnOpacity(0.9)).toBeCloseTo(0.9532, 4);
    expect(fillUnderLabel(fills, 10)).toEqual([246, 234, 228]);
    expect(fillUnderLabel(labelFillsOf([top]), 10)).toEqual([244, 235, 227]);
    // A province no layer covers shows the land.
    expect(fillUnderLabel(fills, 99)).toEqual(MAP_LAND_COLOUR);
    expect(labelFillsOf([hidden])).toBeNull();
    expect(fillUnderLabel(null, 10)).toEqual(MAP_LAND_COLOUR);
  });

  it('counts a province’s circle, which sits on its label point (pale circle: dark text)', () => {
    const fill = fillUnderLabel(labelFillsOf([symbols]), 20);
    // 0.953 × 200/255 of the top purples class over the land: the colour read on the wall's
    // screen (tests/browser/wall.test.ts).
    expect(fill).toEqual([195, 197, 203]);
    expect(labelColoursFor(fill)).toMatchObject({ text: BLACK, halo: WHITE });
  });
});
