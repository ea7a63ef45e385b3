/**
 * Road safety from the 7 dangerous days province reports (no incident points) through the
 * module on real DuckDB: the death rate is drawn whatever the stored measure, the point measures
 * are not offered nor queried, and a province that sent no report is no data, not 0; while with
 * the demo's incidents a province with no crash in the range is a true 0.
 */
import type { Table } from 'apache-arrow';
import { tableRows } from '../../data/formats/arrow-rows';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../data/ingest/ingest';
import type { IngestedTable } from '../../data/ingest/ingest-types';
import { testContext, textFile } from '../../data/ingest/testing/context';
import { datasetEntryJson } from '../../data/manifest/manifest-entry-json';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { DatasetRegistry, parseManifest } from '../../data/manifest/registry';
import { NO_FILTERS, roadSafetyByProvince } from '../../data/queries';
import { testDataset } from '../../data/testing/fixtures';
import { TEST_ENGINES } from '../../data/testing/engines';
import {
  demoRegistry,
  engineWithCsvTables,
  engineWithDemoData,
} from '../../data/testing/query-harness';
import { initialAppState, type AppState } from '../../state/app/app-state';
import { measureChoices } from '../../state/layers/layer-choices';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import '../index';
import { ROAD_SAFETY_MODULE } from './module';
import { hasIncidentPoints, roadSafetyMeasure } from './points';

const NOW = '2026-12-07T10:00:00Z';

// Chiang Mai (50) two days, Bangkok (10) one day, Lamphun (51) reported a day with no crash;
// every other province sent nothing.
const REPORT = [
  'province,date,festival,festival_day,crashes,deaths,injuries',
  'เชียงใหม่,2025-04-11,songkran,1,12,2,10',
  'เชียงใหม่,2025-04-12,songkran,2,15,1,14',
  'กรุงเทพมหานคร,2025-04-11,songkran,1,30,4,28',
  'Lamphun,2025-04-11,songkran,1,0,0,0',
].join('\n');

const ingested = await ingestFiles(
  'road_safety',
  [textFile('7days.csv', REPORT)],
  testContext(),
  {},
  NOW,
);
const tables: readonly IngestedTable[] = ingested.ok ? ingested.tables : [];
// Loaded as CSV, as the CLI writes road_safety (its aggregates' rows and columns are the same).
const defs = tables.map((t) => ({ ...t.def, format: 'csv' as const, file: `${t.def.id}.csv` }));
const registry = new DatasetRegistry(
  parseManifest(
    {
      version: 1,
      generatedAt: NOW,
      datasets: defs.map(datasetEntryJson),
      preview: { dataset: 'road_safety', file: 'none.json' },
    },
    'manifest.json',
  ),
);
const REPORTS: DatasetDef = registry.get('road_safety');

function csvOf(table: IngestedTable): string {
  const names = table.def.columns.map((c) => c.name);
  const lines = table.rows.map((row) => names.map((name) => String(row[name] ?? '')).join(','));
  return `${[names.join(','), ...lines].join('\n')}\n`;
}

/** The app's state with road safety on the map, as the wall or the dashboard starts it. */
function stateWith(def: DatasetDef, byProvince: Table, zoom = 6): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    datasets: [def],
    url: { ...base.url, layers: ['road_safety'], view: { lon: 100, lat: 15, zoom } },
    results: { [QUERY_KEYS.roadByProvince]: byProvince },
  };
}

/** Deaths per 100,000 with the DOPA population the app bundles (data/places/population). */
const rate = (deaths: number, population: number) => (deaths * 100_000) / population;

const [engineName, createEngine] = TEST_ENGINES[0] ?? ['none', () => Promise.reject(new Error())];

describe(`road safety from province reports on ${engineName}`, () => {
  const db = engineWithCsvTables(
    createEngine,
    Object.fromEntries(tables.map((t) => [t.def.id, csvOf(t)])),
    undefined,
    registry,
  );

  it('knows from the manifest that the reports have no points, and the demo has', () => {
    expect(ingested.ok).toBe(true);
    expect(hasIncidentPoints(REPORTS)).toBe(false);
    expect(hasIncidentPoints(testDataset('road_safety'))).toBe(true);
    expect(hasIncidentPoints(demoRegistry().get('road_safety'))).toBe(true);
  });

  it('offers and draws deaths per 100,000 only, though the stored measure is incidents', async () => {
    const state = stateWith(REPORTS, await db.table(roadSafetyByProvince(registry, NO_FILTERS)));
    expect(state.layerSettings.road_safety.measure).toBe('incidents');
    expect(measureChoices(state, 'road_safety')).toEqual([
      { value: 'deaths_per_100k', label: 'Deaths per 100,000' },
    ]);
    expect(ROAD_SAFETY_MODULE.defaultSettings(REPORTS).measure).toBe('deaths_per_100k');
    expect(roadSafetyMeasure(state, REPORTS)).toBe('deaths_per_100k');
    expect(ROAD_SAFETY_MODULE.drawnQueryKey(REPORTS, state)).toBe(QUERY_KEYS.roadByProvince);
    const view = selectViewModels(state).layers[0];
    expect(view?.drawing.kind).toBe('choropleth');
    expect(view?.answered).toBe(true);
    expect(view?.legend?.title).toBe('Deaths per 100,000');
  });

  it('never queries points or density cells, even zoomed in to the dots', async () => {
    const state = stateWith(REPORTS, await db.table(roadSafetyByProvince(registry, NO_FILTERS)), 9);
    const enabled = Object.fromEntries(
      ROAD_SAFETY_MODULE.queries(REPORTS).map((q) => [q.key, q.enabled?.(state) ?? true]),
    );
    expect(enabled[QUERY_KEYS.roadPoints]).toBe(false);
    expect(enabled[QUERY_KEYS.roadCells]).toBe(false);
    expect(enabled[QUERY_KEYS.roadByProvince]).toBe(true);
  });

  it('shows a province that sent no report as no data, one that reported none as 0', async () => {
    const state = stateWith(REPORTS, await db.table(roadSafetyByProvince(registry, NO_FILTERS)));
    const layer = ROAD_SAFETY_MODULE.layer(state, REPORTS);
    if (layer.kind !== 'choropleth') throw new Error('choropleth expected');
    expect([...layer.valueByCode.keys()].sort((a, b) => a - b)).toEqual([10, 50, 51]);
    expect(layer.valueByCode.get(10)).toBeCloseTo(rate(4, 5_588_222), 10);
    expect(layer.valueByCode.get(50)).toBeCloseTo(rate(3, 1_784_370), 10);
    expect(layer.valueByCode.get(51)).toBe(0);
    expect(layer.legend?.notes.map((n) => n.label)).toContain('No data');
    const ranking = ROAD_SAFETY_MODULE.ranking(state, REPORTS, layer);
    expect(ranking?.rows.map((r) => r.code)).toEqual([50, 10, 51]);
  });
});

describe(`road safety from incidents on ${engineName}`, () => {
  const demo = engineWithDemoData(createEngine);
  const ROAD = demoRegistry().get('road_safety');

  it('shows a province with no crash on a quiet day as 0, not as no data', async () => {
    // 2025-10-08: the demo's daily table has rows for 20 provinces only (no row has 0 crashes).
    const day = { ...NO_FILTERS, from: '2025-10-08', to: '2025-10-08' };
    const rows = await demo.table(roadSafetyByProvince(demoRegistry(), day));
    expect(rows.numRows).toBe(20);
    const state = stateWith(ROAD, rows);
    expect(measureChoices(state, 'road_safety').map((m) => m.value)).toEqual([
      'incidents',
      'incidents_heatmap',
      'deaths_per_100k',
    ]);
    expect(ROAD_SAFETY_MODULE.layer(state, ROAD).kind).toBe('incidents');
    const rates = {
      ...state,
      layerSettings: {
        ...state.layerSettings,
        road_safety: { ...state.layerSettings.road_safety, measure: 'deaths_per_100k' },
      },
    };
    const layer = ROAD_SAFETY_MODULE.layer(rates, ROAD);
    if (layer.kind !== 'choropleth') throw new Error('choropleth expected');
    expect(layer.valueByCode.size).toBe(77);
    // 0: the 57 provinces with no row, and the 18 of the 20 whose crashes killed nobody.
    const died = tableRows(rows)
      .filter((r) => Number(r.deaths) > 0)
      .map((r) => r.province_code);
    expect(died).toHaveLength(2);
    expect([...layer.valueByCode.values()].filter((v) => v === 0)).toHaveLength(75);
  });
});
