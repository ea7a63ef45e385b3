/**
 * The 7 dangerous days report through the app's own road-safety queries on real DuckDB: the
 * province totals and the festival days carry its figures; no density cells; causes unknown.
 */
import { describe, expect, it } from 'vitest';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { DatasetRegistry, parseManifest } from '../../manifest/registry';
import {
  NO_FILTERS,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyFestivalDays,
  roadSafetyCellDensity,
} from '../../queries';
import { TEST_ENGINES } from '../../testing/engines';
import { engineWithCsvTables } from '../../testing/query-harness';
import type { IngestedTable } from '../ingest-types';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

const REPORT = [
  'จังหวัด,วันที่,อุบัติเหตุ,ผู้เสียชีวิต,ผู้บาดเจ็บ',
  'เชียงใหม่,11/04/2568,12,2,13',
  'เชียงใหม่,12/04/2568,15,1,16',
  'กรุงเทพมหานคร,11/04/2568,20,3,25',
].join('\n');

const result = await ingestFiles(
  'road_safety',
  [textFile('7days.csv', REPORT)],
  testContext(),
  {},
  NOW,
);
const tables: readonly IngestedTable[] = result.ok ? result.tables : [];
// Loaded as CSV files: the same columns and rows the CLI writes as Parquet.
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

function csvOf(table: IngestedTable): string {
  const names = table.def.columns.map((c) => c.name);
  const lines = table.rows.map((row) => names.map((name) => String(row[name] ?? '')).join(','));
  return `${[names.join(','), ...lines].join('\n')}\n`;
}

const [engineName, createEngine] = TEST_ENGINES[0] ?? ['none', () => Promise.reject(new Error())];

describe(`7 dangerous days report in the road-safety views on ${engineName}`, () => {
  const db = engineWithCsvTables(
    createEngine,
    Object.fromEntries(tables.map((t) => [t.def.id, csvOf(t)])),
    undefined,
    registry,
  );

  it('gives the province totals the layer, KPI and ranking read', async () => {
    expect(await db.rows(roadSafetyByProvince(registry, NO_FILTERS))).toEqual([
      { province_code: 10, crashes: 20, deaths: 3, injuries: 25 },
      { province_code: 50, crashes: 27, deaths: 3, injuries: 29 },
    ]);
  });

  it('gives the festival days of the 7 dangerous days chart', async () => {
    const rows = await db.rows(roadSafetyFestivalDays(registry, NO_FILTERS));
    expect(rows.filter((r) => r.crashes !== 0)).toEqual([
      expect.objectContaining({ festival: 'songkran', festival_day: 1, crashes: 32, deaths: 5 }),
      expect.objectContaining({ festival: 'songkran', festival_day: 2, crashes: 15, deaths: 1 }),
    ]);
    expect(rows).toHaveLength(7);
  });

  it("has no density cells and counts every crash under an 'unknown' cause", async () => {
    expect(await db.rows(roadSafetyCellDensity(registry, NO_FILTERS))).toEqual([]);
    expect(await db.rows(roadSafetyBreakdown(registry, NO_FILTERS, 'cause'))).toEqual([
      { key: 'unknown', crashes: 47, deaths: 6, injuries: 54 },
    ]);
  });
});
