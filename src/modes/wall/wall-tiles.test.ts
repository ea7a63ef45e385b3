import { describe, expect, it } from 'vitest';
import type { KpiTileModel } from '../../state/kpis/kpis';
import { wallTiles } from './wall-tiles';

const tiles = [
  'vaccination',
  'road_safety',
  'complaints',
  'poverty',
  'households',
  'inspection',
  'drought',
].map((id) => ({ id }) as unknown as KpiTileModel);
const ids = (list: readonly KpiTileModel[]) => list.map((tile) => tile.id);

describe('wallTiles', () => {
  it('keeps the first five in order when the focused tile is among them', () => {
    expect(ids(wallTiles(tiles, 'complaints'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
      'households',
    ]);
  });

  it('keeps a focused tile past the limit in its place and drops the last of the others', () => {
    expect(ids(wallTiles(tiles, 'drought'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
      'drought',
    ]);
  });

  it('shows every tile when they fit, and the first ones when nothing is focused', () => {
    expect(ids(wallTiles(tiles.slice(0, 3), 'drought'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
    ]);
    expect(ids(wallTiles(tiles, 'floods', 2))).toEqual(['vaccination', 'road_safety']);
  });
});
