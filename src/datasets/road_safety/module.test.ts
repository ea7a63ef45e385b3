/**
 * The road-safety module from query results made by hand in the builders' column contract (no
 * DuckDB): its incidents and death-rate layers, tile, ranking, daily series, breakdowns and
 * festival days, its queries, and its place among the core layers and tiles.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { kpiTileIds, kpiTiles } from '../../state/kpis/kpi-models';
import { DEFAULT_LAYER_SETTINGS } from '../../state/layers/layer-settings';
import { offeredLayers } from '../../state/layers/layer-choices';
import { moduleDataset } from '../../state/models/dataset-modules';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import '../index';
import { ROAD_SAFETY_MODULE } from './module';

const ROAD = testDataset('road_safety');
const DAY = (d: number) => Date.UTC(2024, 0, d);

function state(change: Partial<AppState> = {}): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    datasets: [testDataset('vaccination'), ROAD],
    url: { ...base.url, layers: ['road_safety'], from: '2024-01-08', to: '2024-01-14' },
    results: {
      [QUERY_KEYS.roadByProvince]: tableFromJSON([
        { province_code: 10, crashes: 30, deaths: 7, injuries: 20 },
        { province_code: 50, crashes: 50, deaths: 1, injuries: 40 },
      ]),
      [QUERY_KEYS.roadWholeByProvince]: tableFromJSON([
        { province_code: 10, crashes: 90, deaths: 21, injuries: 60 },
        { province_code: 50, crashes: 150, deaths: 3, injuries: 120 },
      ]),
      [QUERY_KEYS.roadPreviousByProvince]: tableFromJSON([
        { province_code: 10, crashes: 20, deaths: 2, injuries: 10 },
      ]),
      [QUERY_KEYS.roadDaily]: tableFromJSON([
        { date: DAY(1), crashes: 9, deaths: 2, injuries: 5 },
        { date: DAY(2), crashes: 4, deaths: 0, injuries: 3 },
      ]),
      [QUERY_KEYS.roadCauses]: tableFromJSON([
        { key: 'speeding', crashes: 90, deaths: 1, injuries: 2 },
      ]),
      [QUERY_KEYS.roadVehicles]: tableFromJSON([
        { key: 'car', crashes: 30, deaths: 1, injuries: 2 },
      ]),
      [QUERY_KEYS.roadFestivalDays]: tableFromJSON([
        { festival: 'new_year', festival_start: DAY(1), festival_day: 1, crashes: 9, deaths: 2 },
        { festival: 'new_year', festival_start: DAY(1), festival_day: 2, crashes: 4, deaths: 0 },
      ]),
      [QUERY_KEYS.roadCells]: tableFromJSON([{ q: 0, r: 0, crashes: 3, deaths: 1, injuries: 1 }]),
    },
    ...change,
  };
}

const withRates = (): Partial<AppState> => ({
  layerSettings: {
    ...DEFAULT_LAYER_SETTINGS,
    road_safety: { ...DEFAULT_LAYER_SETTINGS.road_safety, measure: 'deaths_per_100k' },
  },
});

describe('road-safety module', () => {
  it('draws the manifest entry named road_safety', () => {
    expect(moduleDataset(state(), 'road_safety')?.module).toBe(ROAD_SAFETY_MODULE);
  });

  it('draws the incidents filtered to the range, answered once the cells have come', () => {
    const layer = ROAD_SAFETY_MODULE.layer(state(), ROAD);
    if (layer.kind !== 'incidents') throw new Error('incidents expected');
    // 2024-01-08 is day 7 of a period starting 2024-01-01.
    expect(layer.dayRange).toEqual([7, 13]);
    expect(layer.cells?.cells.map((c) => [c.id, c.count])).toEqual([['0:0', 3]]);
    expect(layer.densityMode).toBe('hexagon');
    expect(layer.legend?.classes.map((c) => c.label)).toHaveLength(3);
    expect(layer.legend?.asOf).toBe('2024-01-14');
    const view = selectViewModels(state()).layers[0];
    expect(view?.drawing.kind).toBe('incidents');
    expect(view?.answered).toBe(true);
    expect(selectViewModels(state({ results: {} })).layers[0]?.answered).toBe(false);
  });

  it('ranks crashes for the incidents and the death rate for its choropleth', () => {
    const crashes = ROAD_SAFETY_MODULE.ranking(state(), ROAD, null);
    expect(crashes?.rows.map((r) => [r.code, r.value])).toEqual([
      [50, 50],
      [10, 30],
    ]);
    expect(crashes?.unit).toBe('Crashes');
    const rates = ROAD_SAFETY_MODULE.layer(state(withRates()), ROAD);
    if (rates.kind !== 'choropleth') throw new Error('choropleth expected');
    expect(rates.valueByCode.size).toBe(77);
    const ranking = ROAD_SAFETY_MODULE.ranking(state(withRates()), ROAD, rates);
    expect(ranking?.rows[0]?.code).toBe(10);
    expect(ranking?.unit).toBe(rates.legend?.unit);
  });

  it('sums the tile, draws the daily series, the causes and the festival days', () => {
    const tile = kpiTiles(state()).find((k) => k.id === 'road_safety');
    expect(tile?.value).toBe(8);
    expect(tile?.change).toBe(300);
    const series = ROAD_SAFETY_MODULE.series(state(), ROAD);
    expect(series?.dates).toEqual(['2024-01-01', '2024-01-02']);
    expect(series?.lines.map((l) => [l.id, l.values])).toEqual([
      ['crashes', [9, 4]],
      ['deaths', [2, 0]],
    ]);
    const causes = ROAD_SAFETY_MODULE.breakdown?.(state(), ROAD);
    expect(causes?.rows.map((r) => [r.key, r.value])).toEqual([['speeding', 90]]);
    const vehicles = ROAD_SAFETY_MODULE.breakdown?.(
      state({ breakdownBy: { road_safety: 'vehicle' } }),
      ROAD,
    );
    expect(vehicles?.rows.map((r) => [r.key, r.value])).toEqual([['car', 30]]);
    const models = selectViewModels(state());
    expect(models.festival?.rows.map((r) => [r.key, r.value])).toEqual([
      ['day-1', 2],
      ['day-2', 0],
    ]);
    expect(models.steps).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('keeps its place among the core layers and tiles', () => {
    expect(offeredLayers(state())).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    expect(kpiTileIds(state())).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
      'households',
    ]);
  });
});
