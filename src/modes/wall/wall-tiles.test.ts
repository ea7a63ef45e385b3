import { readFileSync } from 'node:fs';
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../data/manifest/registry';
import { setDatasets, setDateFilter, setEngineStatus, setResult } from '../../state/app/actions';
import { createAppStore } from '../../state/app/app-state';
import { kpiTiles } from '../../state/kpis/kpi-models';
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

describe('wallTiles on the shipped Songkran scene', () => {
  it('shows no inspection tile reading "no data": no round opens in the scene\'s week', () => {
    const { datasets } = parseManifest(
      JSON.parse(readFileSync('public/data/manifest.json', 'utf8')),
      'manifest.json',
    );
    const store = createAppStore();
    setDatasets(store, datasets);
    setEngineStatus(store, 'loading');
    setDateFilter(store, '2025-04-11', '2025-04-17');
    // The inspection KPI query's answer up to 17 Apr 2025: January's round only.
    setResult(
      store,
      'indicator.inspection.kpi',
      tableFromJSON([{ day: Date.UTC(2025, 0, 6), value: 3, provinces: 77 }]),
    );
    const shown = wallTiles(kpiTiles(store.getState()), 'road_safety');
    expect(shown.map((tile) => [tile.id, tile.valueText])).not.toContainEqual([
      'inspection',
      'ไม่มีข้อมูล',
    ]);
    expect(ids(shown)).not.toContain('inspection');
    // Focused (the inspection scene on those dates), it stays and says why it has no figure.
    const focused = wallTiles(kpiTiles(store.getState()), 'inspection');
    expect(focused.find((tile) => tile.id === 'inspection')?.valueText).toBe('ไม่มีข้อมูลในช่วงนี้');
  });
});
