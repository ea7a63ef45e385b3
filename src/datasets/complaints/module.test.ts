/**
 * The complaints module from query results made by hand in the builders' column contract (no
 * DuckDB): its symbols and legend, tile, ranking of open cases, weekly series and breakdown, and
 * its place among the core layers and tiles now that a module draws it.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { moduleDataset } from '../../state/models/dataset-modules';
import { kpiTileIds, kpiTiles } from '../../state/kpis/kpi-models';
import { offeredLayers } from '../../state/layers/layer-choices';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import '../index';
import { COMPLAINTS_MODULE } from './module';

const COMPLAINTS = testDataset('complaints');

function state(): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    datasets: [testDataset('vaccination'), COMPLAINTS],
    anchors: new Map([
      [10, [100.5, 13.7]],
      [50, [98.9, 18.8]],
    ]),
    url: { ...base.url, layers: ['complaints'] },
    results: {
      [QUERY_KEYS.complaintsByProvince]: tableFromJSON([
        { province_code: 10, open: 40, overdue: 10 },
        { province_code: 50, open: 10, overdue: 10 },
      ]),
      [QUERY_KEYS.complaintsPreviousByProvince]: tableFromJSON([
        { province_code: 10, open: 25, overdue: 5 },
        { province_code: 50, open: 15, overdue: 5 },
      ]),
      [QUERY_KEYS.complaintsWeekly]: tableFromJSON([
        { week_start: Date.UTC(2024, 0, 1), received: 7, closed: 3 },
        { week_start: Date.UTC(2024, 0, 8), received: 5, closed: 6 },
      ]),
      [QUERY_KEYS.complaintsCategories]: tableFromJSON([
        { key: 'land', cases: 12, open: 4, security_sensitive: 3 },
      ]),
    },
  };
}

describe('complaints module', () => {
  it('draws the manifest entry named complaints', () => {
    expect(moduleDataset(state(), 'complaints')?.module).toBe(COMPLAINTS_MODULE);
  });

  it('sizes a symbol by open cases, largest first, with the legend of the share overdue', () => {
    const layer = COMPLAINTS_MODULE.layer(state(), COMPLAINTS);
    if (layer.kind !== 'province-symbols') throw new Error('symbols expected');
    expect(layer.symbols.map((s) => [s.code, s.value, s.lon, s.lat])).toEqual([
      [10, 40, 100.5, 13.7],
      [50, 10, 98.9, 18.8],
    ]);
    expect(layer.symbols[0]?.radiusPx).toBe(26);
    expect(layer.symbols[1]?.radiusPx).toBe(13);
    expect(layer.legend?.unit).toBe(COMPLAINTS_MODULE.measures(COMPLAINTS, 'en')[0]?.label);
    const view = selectViewModels(state()).layers[0];
    expect(view?.drawing.kind).toBe('province-symbols');
    expect(view?.answered).toBe(true);
  });

  it('sums the tile, ranks open cases, draws the weekly series and the categories', () => {
    const tile = kpiTiles(state()).find((k) => k.id === 'complaints');
    expect(tile?.value).toBe(50);
    expect(tile?.change).toBe(25);
    const ranking = COMPLAINTS_MODULE.ranking(state(), COMPLAINTS, null);
    expect(ranking?.rows.map((r) => [r.code, r.value])).toEqual([
      [10, 40],
      [50, 10],
    ]);
    const series = COMPLAINTS_MODULE.series(state(), COMPLAINTS);
    expect(series?.dates).toEqual(['2024-01-01', '2024-01-08']);
    expect(series?.lines.map((l) => [l.id, l.values])).toEqual([
      ['received', [7, 5]],
      ['closed', [3, 6]],
    ]);
    // The time cursor steps through a core dataset's weekly dates.
    expect(selectViewModels(state()).steps).toEqual(['2024-01-01', '2024-01-08']);
    const breakdown = COMPLAINTS_MODULE.breakdown?.(state(), COMPLAINTS);
    expect(breakdown?.rows.map((r) => [r.key, r.valueText])).toEqual([['land', '12 (3)']]);
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
