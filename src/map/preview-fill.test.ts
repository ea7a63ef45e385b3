import { describe, expect, it } from 'vitest';
import { BASE_COLOURS } from './base-style';
import type { ChoroplethSpec, MapLayerSpec } from './layer-spec';
import { canPaintWithoutDeck, previewChoropleth, previewFillColour } from './preview-fill';
import { pointsOnDays } from './testing/fixtures';

function choropleth(key: string, colours: [number, [number, number, number]][], opacity = 1) {
  const spec: ChoroplethSpec = {
    kind: 'choropleth',
    key,
    visible: true,
    opacity,
    choropleth: { colourByCode: new Map(colours), outlinedCodes: new Set() },
  };
  return spec;
}

const dots: MapLayerSpec = {
  kind: 'incident-points',
  key: 'dots',
  visible: true,
  opacity: 1,
  points: pointsOnDays([0, 1]),
  dayRange: null,
};

describe('previewChoropleth', () => {
  it('picks the top-most visible choropleth', () => {
    const bottom = choropleth('bottom', [[10, [1, 2, 3]]]);
    const top = choropleth('top', [[38, [4, 5, 6]]]);
    expect(previewChoropleth([bottom, top])?.key).toBe('top');
    expect(previewChoropleth([bottom, { ...top, visible: false }])?.key).toBe('bottom');
  });

  it('gives none when a visible layer needs deck.gl, or the choropleth has no colours yet', () => {
    expect(previewChoropleth([choropleth('v', [[10, [1, 2, 3]]]), dots])).toBeNull();
    expect(previewChoropleth([choropleth('v', [])])).toBeNull();
    expect(
      canPaintWithoutDeck([choropleth('v', [[10, [1, 2, 3]]]), { ...dots, visible: false }]),
    ).toBe(true);
    expect(canPaintWithoutDeck([{ ...dots, visible: false }])).toBe(true);
    expect(canPaintWithoutDeck([dots])).toBe(false);
  });
});

describe('previewFillColour', () => {
  it('is the land colour without a choropleth', () => {
    expect(previewFillColour(null)).toBe(BASE_COLOURS.land);
    expect(previewFillColour(choropleth('v', []))).toBe(BASE_COLOURS.land);
  });

  it('matches each province code to its class colour, land for the others', () => {
    const spec = choropleth('v', [
      [10, [255, 0, 16]],
      [38, [255, 0, 16]],
      [50, [0, 128, 255]],
    ]);
    expect(previewFillColour(spec)).toEqual([
      'match',
      ['get', 'code'],
      [10, 38],
      '#ff0010',
      [50],
      '#0080ff',
      BASE_COLOURS.land,
    ]);
  });

  it('lays the colour over the land at the layer opacity', () => {
    // Land is #1b2436 = (27, 36, 54); half of white over it is (141, 146, 155).
    const expression = previewFillColour(choropleth('v', [[10, [255, 255, 255]]], 0.5));
    expect(expression).toEqual(['match', ['get', 'code'], [10], '#8d929b', BASE_COLOURS.land]);
  });
});
