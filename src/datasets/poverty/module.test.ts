/**
 * The poverty module from query results made by hand in the builders' column contract (no
 * DuckDB): its layer in each measure, its tile, ranking and dimension breakdown, and its place
 * among the core layers and tiles now that a module draws it.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { moduleDataset } from '../../state/models/dataset-modules';
import { kpiTileIds, kpiTiles } from '../../state/kpis/kpi-models';
import { offeredLayers } from '../../state/layers/layer-choices';
import { DEFAULT_LAYER_SETTINGS } from '../../state/layers/layer-settings';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import '../index';
import { POVERTY_MODULE } from './module';

const POVERTY = testDataset('poverty');

function state(measure: 'people' | 'per_1000' | 'bivariate'): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    datasets: [testDataset('vaccination'), POVERTY],
    layerSettings: {
      ...base.layerSettings,
      poverty: { ...DEFAULT_LAYER_SETTINGS.poverty, measure },
    },
    results: {
      [QUERY_KEYS.povertyByProvince]: tableFromJSON([
        { province_code: 10, target_people: 2000 },
        { province_code: 50, target_people: 500 },
      ]),
      [QUERY_KEYS.povertyByDimension]: tableFromJSON([
        { dimension: 'income', target_people: 1800 },
        { dimension: 'health', target_people: 700 },
      ]),
    },
  };
}

describe('poverty module', () => {
  it('draws the manifest entry named poverty', () => {
    expect(moduleDataset(state('people'), 'poverty')?.module).toBe(POVERTY_MODULE);
  });

  it('fills provinces by people, per 1,000, or bivariate with its 3x3 legend', () => {
    const people = POVERTY_MODULE.layer(state('people'), POVERTY);
    if (people.kind !== 'choropleth') throw new Error('choropleth expected');
    expect([...people.valueByCode]).toEqual([
      [10, 2000],
      [50, 500],
    ]);
    expect(people.legend?.unit).toBe('Target poor people');
    const rate = POVERTY_MODULE.layer(state('per_1000'), POVERTY);
    if (rate.kind !== 'choropleth') throw new Error('choropleth expected');
    expect(rate.decimals).toBe(1);
    expect(rate.valueByCode.get(10)).toBeGreaterThan(0);
    expect(rate.valueByCode.get(10)).toBeLessThan(2000);
    const bivariate = POVERTY_MODULE.layer(state('bivariate'), POVERTY);
    if (bivariate.kind !== 'choropleth') throw new Error('choropleth expected');
    expect(bivariate.bivariate).not.toBeNull();
    expect(bivariate.legend?.classes).toEqual([]);
  });

  it('sums the tile, ranks the provinces and breaks the people down by dimension', () => {
    expect(kpiTiles(state('people')).find((k) => k.id === 'poverty')?.value).toBe(2500);
    const layer = POVERTY_MODULE.layer(state('people'), POVERTY);
    const ranking =
      layer.kind === 'choropleth' ? POVERTY_MODULE.ranking(state('people'), POVERTY, layer) : null;
    expect(ranking?.rows.map((r) => [r.code, r.value])).toEqual([
      [10, 2000],
      [50, 500],
    ]);
    const breakdown = POVERTY_MODULE.breakdown?.(state('people'), POVERTY);
    expect(breakdown?.rows.map((r) => [r.key, r.value])).toEqual([
      ['income', 1800],
      ['health', 700],
    ]);
    expect(breakdown?.unit).toBe('Target poor people');
  });

  it('keeps its place among the core layers and tiles', () => {
    expect(offeredLayers(state('people'))).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    expect(kpiTileIds(state('people'))).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
      'households',
    ]);
  });
});
