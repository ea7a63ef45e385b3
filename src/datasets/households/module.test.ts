/**
 * The households module from query results made by hand in the builders' column contract (no
 * DuckDB): its layer in both measures, its tile, its ranking, and its one place among the core
 * layers and tiles now that a module draws it.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { moduleDataset } from '../../state/models/dataset-modules';
import { kpiTileIds, kpiTiles } from '../../state/kpis/kpi-models';
import { offeredLayers } from '../../state/layers/layer-choices';
import { DEFAULT_LAYER_SETTINGS } from '../../state/layers/layer-settings';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import '../index';
import { HOUSEHOLDS_MODULE } from './module';

const HOUSEHOLDS: DatasetDef = testDataset('households');

function state(measure: 'hexagons' | 'provinces'): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    datasets: [testDataset('vaccination'), HOUSEHOLDS],
    layerSettings: {
      ...base.layerSettings,
      households: { ...DEFAULT_LAYER_SETTINGS.households, measure },
    },
    results: {
      [QUERY_KEYS.householdsByProvince]: tableFromJSON([
        { province_code: 10, households: 120 },
        { province_code: 50, households: 45 },
      ]),
      [QUERY_KEYS.householdHexbins]: tableFromJSON([
        { q: 0, r: 0, households: 12 },
        { q: 1, r: -1, households: 30 },
      ]),
    },
  };
}

describe('households module', () => {
  it('draws the manifest entry named households, not an indicator of that name', () => {
    expect(moduleDataset(state('hexagons'), 'households')?.module).toBe(HOUSEHOLDS_MODULE);
    const indicator = {
      ...HOUSEHOLDS,
      indicator: { keys: { province: 'p', date: null }, measures: [] },
    };
    expect(HOUSEHOLDS_MODULE.handles(indicator)).toBe(false);
  });

  it('draws k-anonymous cells, or with the provinces measure a choropleth', () => {
    const cells = HOUSEHOLDS_MODULE.layer(state('hexagons'), HOUSEHOLDS);
    if (cells.kind !== 'hex-cells') throw new Error('cells expected');
    expect(cells.cells.map((c) => [c.id, c.count])).toEqual([
      ['0:0', 12],
      ['1:-1', 30],
    ]);
    expect(cells.legend?.unit).toBe('Households per cell (12 km)');
    expect(HOUSEHOLDS_MODULE.drawnQueryKey(HOUSEHOLDS, state('hexagons'))).toBe(
      'households.hexbins',
    );
    const provinces = HOUSEHOLDS_MODULE.layer(state('provinces'), HOUSEHOLDS);
    if (provinces.kind !== 'choropleth') throw new Error('choropleth expected');
    expect([...provinces.valueByCode]).toEqual([
      [10, 120],
      [50, 45],
    ]);
    expect(HOUSEHOLDS_MODULE.drawnQueryKey(HOUSEHOLDS, state('provinces'))).toBe(
      'households.byProvince',
    );
  });

  it('sums the tile over the provinces and ranks them, from cells or provinces alike', () => {
    const tile = kpiTiles(state('hexagons')).find((k) => k.id === 'households');
    expect(tile?.value).toBe(165);
    const ranking = HOUSEHOLDS_MODULE.ranking(state('hexagons'), HOUSEHOLDS, null);
    expect(ranking?.rows.map((r) => [r.code, r.value])).toEqual([
      [10, 120],
      [50, 45],
    ]);
    expect(ranking?.unit).toBe('Households surveyed');
  });

  it('keeps its one place among the core layers and tiles', () => {
    expect(offeredLayers(state('hexagons'))).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    expect(kpiTileIds(state('hexagons'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
      'households',
    ]);
  });
});
