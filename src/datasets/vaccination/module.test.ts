/**
 * The vaccination module from query results made by hand in the builders' column contract (no
 * DuckDB): its layer and legend, tile, ranking (lowest coverage first), weekly series and doses,
 * its queries, and its place among the core layers and tiles now that a module draws it.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { kpiTileIds, kpiTiles } from '../../state/kpis/kpi-models';
import { offeredLayers } from '../../state/layers/layer-choices';
import { moduleDataset } from '../../state/models/dataset-modules';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import '../index';
import { VACCINATION_MODULE } from './module';

const VACCINATION = testDataset('vaccination');
const WEEK_1 = Date.UTC(2021, 10, 21);
const WEEK_2 = Date.UTC(2021, 10, 28);

function state(cursor: string | null = null): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    cursor,
    datasets: [VACCINATION, testDataset('road_safety')],
    url: { ...base.url, layers: ['vaccination'] },
    results: {
      [QUERY_KEYS.vaccinationByProvince]: tableFromJSON([
        { province_code: 10, week_end: WEEK_2, population: 1000, dose2: 800, dose2_pct: 80 },
        { province_code: 50, week_end: WEEK_2, population: 1000, dose2: 600, dose2_pct: 60 },
      ]),
      [QUERY_KEYS.vaccinationPreviousByProvince]: tableFromJSON([
        { province_code: 10, week_end: WEEK_1, population: 1000, dose2: 700 },
        { province_code: 50, week_end: WEEK_1, population: 1000, dose2: 500 },
      ]),
      [QUERY_KEYS.vaccinationSeries]: tableFromJSON([
        { week_end: WEEK_1, population: 2000, dose1: 1600, dose2: 1200, dose3: 200 },
        { week_end: WEEK_2, population: 2000, dose1: 1800, dose2: 1400, dose3: 400 },
      ]),
    },
  };
}

describe('vaccination module', () => {
  it('draws the manifest entry named vaccination', () => {
    expect(moduleDataset(state(), 'vaccination')?.module).toBe(VACCINATION_MODULE);
  });

  it('fills coverage, outlines the provinces below the target and dates the legend', () => {
    const layer = VACCINATION_MODULE.layer(state(), VACCINATION);
    if (layer.kind !== 'choropleth') throw new Error('choropleth expected');
    expect([...layer.valueByCode]).toEqual([
      [10, 80],
      [50, 60],
    ]);
    expect(layer.percent).toBe(true);
    expect([...layer.choropleth.outlinedCodes]).toEqual([50]);
    expect(layer.legend?.title).toBe('COVID-19 vaccination coverage · dose 2');
    expect(layer.legend?.asOf).toBe('2021-11-28');
    const view = selectViewModels(state()).layers[0];
    expect(view?.drawing.kind).toBe('choropleth');
    expect(view?.answered).toBe(true);
  });

  it('sums the tile, ranks lowest coverage first, draws the series and the doses', () => {
    const tile = kpiTiles(state()).find((k) => k.id === 'vaccination');
    expect(tile?.value).toBe(70);
    expect(tile?.change).toBe(10);
    const layer = VACCINATION_MODULE.layer(state(), VACCINATION);
    const ranking = VACCINATION_MODULE.ranking(
      state(),
      VACCINATION,
      layer.kind === 'choropleth' ? layer : null,
    );
    expect(ranking?.rows.map((r) => [r.code, r.value])).toEqual([
      [50, 60],
      [10, 80],
    ]);
    expect(ranking?.unit).toBe('% of population');
    const series = VACCINATION_MODULE.series(state(), VACCINATION);
    expect(series?.dates).toEqual(['2021-11-21', '2021-11-28']);
    expect(series?.lines.map((l) => [l.id, l.values])).toEqual([
      ['dose1', [80, 90]],
      ['dose2', [60, 70]],
      ['dose3', [10, 20]],
    ]);
    // The time cursor steps through the weeks; the doses are of the week at the cursor.
    expect(selectViewModels(state()).steps).toEqual(['2021-11-21', '2021-11-28']);
    const doses = VACCINATION_MODULE.breakdown?.(state('2021-11-24'), VACCINATION);
    expect(doses?.rows.map((r) => [r.key, r.value])).toEqual([
      ['dose1', 80],
      ['dose2', 60],
      ['dose3', 10],
    ]);
  });

  it('names the snapshot it compares with when that is not the week before', () => {
    const weekly = kpiTiles(state()).find((k) => k.id === 'vaccination');
    expect(weekly?.changeText).toBe('+10.0 pts');
    const base = state();
    const months = {
      ...base,
      results: {
        ...base.results,
        [QUERY_KEYS.vaccinationPreviousByProvince]: tableFromJSON([
          { province_code: 10, week_end: Date.UTC(2021, 7, 29), population: 1000, dose2: 700 },
          { province_code: 50, week_end: Date.UTC(2021, 7, 29), population: 1000, dose2: 500 },
        ]),
      },
    };
    const tile = kpiTiles(months).find((k) => k.id === 'vaccination');
    expect(tile?.changeText).toBe('+10.0 pts vs 29 Aug 2021 (BE 2564)');
    const thai = kpiTiles({ ...months, lang: 'th' }).find((k) => k.id === 'vaccination');
    expect(thai?.changeText).toBe('+10.0 จุด เทียบกับ 29 ส.ค. 2564');
  });

  it('declares its three queries, keyed as the state reads them', () => {
    expect(VACCINATION_MODULE.queries(VACCINATION).map((q) => q.key)).toEqual([
      QUERY_KEYS.vaccinationByProvince,
      QUERY_KEYS.vaccinationSeries,
      QUERY_KEYS.vaccinationPreviousByProvince,
    ]);
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
