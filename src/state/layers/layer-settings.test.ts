import { describe, expect, it } from 'vitest';
import { isLayerMeasure, moveLayer, toggleLayer } from './layer-settings';

describe('layer order', () => {
  it('moves a layer up (towards the top) and down, and refuses to leave the list', () => {
    const order = ['vaccination', 'road_safety', 'complaints'] as const;
    expect(moveLayer(order, 'vaccination', 'up')).toEqual([
      'road_safety',
      'vaccination',
      'complaints',
    ]);
    expect(moveLayer(order, 'complaints', 'down')).toEqual([
      'vaccination',
      'complaints',
      'road_safety',
    ]);
    expect(moveLayer(order, 'complaints', 'up')).toBe(order);
    expect(moveLayer(order, 'vaccination', 'down')).toBe(order);
    expect(moveLayer(order, 'households', 'up')).toBe(order);
  });

  it('toggles a layer onto the top or out of the list', () => {
    expect(toggleLayer(['vaccination'], 'road_safety')).toEqual(['vaccination', 'road_safety']);
    expect(toggleLayer(['vaccination', 'road_safety'], 'vaccination')).toEqual(['road_safety']);
  });

  it('knows each layer measures', () => {
    expect(isLayerMeasure('vaccination', 'dose3_pct')).toBe(true);
    expect(isLayerMeasure('vaccination', 'people')).toBe(false);
  });
});
