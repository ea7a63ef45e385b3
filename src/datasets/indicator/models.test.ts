/**
 * The indicator models from query results (no DuckDB: results made by hand in the builders'
 * column contract): KPI, card row, ranking order, series, measure choice and query keys.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DatasetDef, IndicatorMeasure } from '../../data/manifest/manifest-types';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { kpiTiles } from '../../state/kpis/kpi-models';
import '../index';
import { indicatorCardRow } from './card';
import { indicatorRanking, indicatorSeriesModel } from './charts';
import { decimalsOf, shownMeasure } from './measure';
import { indicatorKpi } from './kpi';
import { indicatorLayer } from './layer';
import { indicatorKeys, indicatorQueries } from './queries';

const text = (th: string, en: string) => ({ th, en });

function measure(column: string, better: 'higher' | 'lower'): IndicatorMeasure {
  return {
    column,
    title: text(`ไทย ${column}`, column),
    unit: text('ร้อยละ', '%'),
    better,
    aggregate: 'mean',
  };
}

const WATER: DatasetDef = {
  ...testDataset('poverty'),
  id: 'water',
  title: text('น้ำประปา', 'Tap water'),
  asOf: '2026-03-31',
  indicator: {
    keys: { province: 'province_code', date: 'month' },
    measures: [measure('served', 'higher'), measure('losses', 'lower')],
  },
};

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const KEYS = indicatorKeys('water');

function state(change: Partial<AppState> = {}, urlChange: Partial<AppState['url']> = {}) {
  const base = initialAppState();
  const results = {
    [KEYS.byProvince]: tableFromJSON([
      { province_code: 10, value: 80.5, day: day('2026-02-01') },
      { province_code: 50, value: 60.25, day: day('2026-02-01') },
      { province_code: 57, value: null, day: day('2026-02-01') },
      { province_code: 90, value: 70, day: day('2026-02-01') },
    ]),
    // Out of order on purpose: the models sort by day.
    [KEYS.kpi]: tableFromJSON([
      { day: day('2026-02-01'), value: 72, provinces: 3 },
      { day: day('2026-01-01'), value: 64, provinces: 3 },
    ]),
    [KEYS.national]: tableFromJSON([{ day: day('2026-02-01'), value: 71, provinces: 3 }]),
    [KEYS.cardRegion]: tableFromJSON([{ day: day('2026-02-01'), value: 60.25, provinces: 1 }]),
    [KEYS.series]: tableFromJSON([
      { day: day('2026-01-01'), value: null, provinces: 0 },
      { day: day('2026-02-01'), value: 72, provinces: 3 },
    ]),
  };
  return {
    ...base,
    lang: 'en' as const,
    datasets: [WATER],
    results,
    ...change,
    url: { ...base.url, lang: 'en' as const, layers: ['water'], ...urlChange },
  };
}

describe('indicator models', () => {
  it('shows values with the decimals they need', () => {
    expect([decimalsOf([1, 20, 300]), decimalsOf([1.5, 9.25]), decimalsOf([10.5, 3])]).toEqual([
      0, 2, 1,
    ]);
  });

  it('shows the chosen measure while the entry has it, else the first', () => {
    const chosen = (measureName: string) =>
      shownMeasure(
        state({
          layerSettings: {
            ...initialAppState().layerSettings,
            water: { opacity: 1, measure: measureName, classification: 'equal', palette: 'blues' },
          },
        }),
        WATER,
      )?.column;
    expect([chosen('losses'), chosen('gone')]).toEqual(['losses', 'served']);
  });

  it('makes the KPI from the newest date and its change against the date before', () => {
    expect(indicatorKpi(state(), WATER)).toMatchObject({
      id: 'water',
      label: 'served',
      value: 72,
      valueText: '72 %',
      change: 12.5,
      changeText: '+12.5 % vs 1 Jan 2026 (BE 2569)',
      status: 'value',
    });
  });

  it('says its KPI tile is loading, under the measure title, until the query answers', () => {
    const loading = state({ engine: 'loading', results: {} });
    const tiles = kpiTiles(loading).map((t) => [t.id, t.label, t.status, t.valueText]);
    expect(tiles).toEqual([['water', 'served', 'loading', 'Loading…']]);
    const answered = kpiTiles(state({ engine: 'ready' })).map((t) => [t.id, t.status]);
    expect(answered).toEqual([['water', 'value']]);
  });

  it('gives no KPI figure when the range starts after the newest date', () => {
    const tile = indicatorKpi(state({}, { from: '2026-03-01' }), WATER);
    expect([tile.value, tile.valueText, tile.changeText, tile.status]).toEqual([
      null,
      'No data',
      '',
      'noData',
    ]);
  });

  it('makes the card row: value, nation, region and rank among the provinces with a value', () => {
    expect(indicatorCardRow(state({}, { province: 50 }), WATER)).toEqual({
      id: 'water',
      label: 'served',
      valueText: '60.3 %',
      nationalText: '71 %',
      regionText: '60.3 %',
      rankText: 'Rank 3 of 3',
      groupRankText: 'Rank 1 of 1 in Northern region',
      asOf: '2026-02-01',
      flag: null,
    });
    expect(indicatorCardRow(state(), WATER)).toBeNull();
  });

  it('ranks the worst first: lowest first when more is better', () => {
    const s = state();
    const ranking = indicatorRanking(s, WATER, indicatorLayer(s, WATER));
    expect(ranking?.rows.map((r) => [r.code, r.valueText])).toEqual([
      [50, '60.3 %'],
      [90, '70 %'],
      [10, '80.5 %'],
    ]);
    expect(ranking?.title).toBe('Tap water · served · Bottom 10 provinces — Thailand');
  });

  it('keeps a date with no value as a gap in the series', () => {
    const series = indicatorSeriesModel(state(), WATER);
    expect(series?.dates).toEqual(['2026-01-01', '2026-02-01']);
    expect(series?.lines).toEqual([
      { id: 'served', label: 'served', colour: series?.lines[0]?.colour, values: [null, 72] },
    ]);
  });

  it('re-runs only the queries whose inputs changed', () => {
    const queries = indicatorQueries(WATER);
    const inputs = (s: AppState) => queries.map((q) => q.inputs(s));
    const before = inputs(state());
    const after = inputs(state({}, { region: 'north' }));
    const changed = queries.filter((_, i) =>
      (before[i] ?? []).some((value, j) => !Object.is(value, after[i]?.[j])),
    );
    expect(changed.map((q) => q.key)).toEqual(['indicator.water.kpi', 'indicator.water.series']);
  });
});
