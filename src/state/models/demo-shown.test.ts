import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { showsDemo } from './demo-shown';

describe('showsDemo', () => {
  const real = { ...testDataset('vaccination'), demo: false };
  const demo = { ...testDataset('road_safety'), demo: true };
  const aggregate = { ...demo, id: 'road_safety_daily', aggregateOf: 'road_safety' };

  it('follows the datasets shown, not any dataset', () => {
    expect(showsDemo([real, demo], ['vaccination'])).toBe(false);
    expect(showsDemo([real, demo], ['road_safety'])).toBe(true);
    expect(showsDemo([real, { ...aggregate, id: 'x_daily', aggregateOf: 'x' }], ['x'])).toBe(true);
    expect(showsDemo([real, demo], [])).toBe(false);
  });
});
