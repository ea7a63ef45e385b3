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
].map((id) => ({ id, periodNote: '' }) as unknown as KpiTileModel);
const ids = (list: readonly KpiTileModel[]) => list.map((tile) => tile.id);

describe('wallTiles', () => {
  it('keeps the first four in order when the focused tile is among them', () => {
    expect(ids(wallTiles(tiles, 'complaints'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
    ]);
  });

  it('keeps a focused tile past the limit in its place and drops the last of the others', () => {
    expect(ids(wallTiles(tiles, 'drought'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
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

  it("leaves out the tiles whose dataset misses the scene's dates, unless focused", () => {
    const dated = tiles.map((tile) =>
      tile.id === 'vaccination' || tile.id === 'poverty'
        ? { ...tile, periodNote: 'ไม่มีข้อมูลในช่วง …' }
        : tile,
    );
    expect(ids(wallTiles(dated, 'road_safety'))).toEqual([
      'road_safety',
      'complaints',
      'households',
      'inspection',
    ]);
    expect(ids(wallTiles(dated, 'poverty'))).toEqual([
      'road_safety',
      'complaints',
      'poverty',
      'households',
    ]);
  });
});
