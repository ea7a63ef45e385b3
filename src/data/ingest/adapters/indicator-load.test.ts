import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataEngine } from '../../engine/engine';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { quoteIdent } from '../../sql';
import { createWasmNodeEngine } from '../../testing/engines';
import { registryWithEntries } from '../../testing/indicator-fixtures';
import { rowsWithIsoDates } from '../../testing/query-harness';
import { ingestFiles } from '../ingest';
import { csvText } from '../pack/pack-csv';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

// Thai headers and names, a BE date: the shape the mapping exists for.
const RETURNS = [
  'จังหวัด,เดือน,หมู่บ้านประสบภัย',
  'ขอนแก่น,31/01/2569,120',
  'Buri Ram,31/01/2569,80',
  'ขอนแก่น,28/02/2569,250',
].join('\n');

const MAPPING = {
  title: { th: 'หมู่บ้านประสบภัยแล้ง', en: 'Drought-affected villages' },
  unit: { th: 'หมู่บ้าน', en: 'villages' },
  province: 'จังหวัด',
  date: 'เดือน',
  measures: [
    {
      column: 'หมู่บ้านประสบภัย',
      title: { th: 'หมู่บ้านประสบภัย', en: 'Villages affected' },
      unit: { th: 'หมู่บ้าน', en: 'villages' },
      better: 'lower',
      aggregate: 'sum',
    },
  ],
  source: { th: 'ปภ.', en: 'DDPM' },
};

describe('an ingested indicator in the app', () => {
  let engine: DataEngine | undefined;
  beforeAll(async () => {
    engine = await createWasmNodeEngine();
  });
  afterAll(() => engine?.terminate());

  it('loads through the manifest entry and the CSV it wrote, Thai column names and all', async () => {
    const result = await ingestFiles(
      'drought_returns',
      [textFile('returns.csv', RETURNS)],
      testContext(),
      { mapping: MAPPING },
      NOW,
    );
    if (!result.ok || engine === undefined) throw new Error('ingest or engine failed');
    const [table] = result.tables;
    if (table === undefined) throw new Error('no table');
    const def = registryWithEntries([datasetEntryJson(table.def)]).get('drought_returns');
    const bytes = new TextEncoder().encode(csvText(table.def.columns, table.rows));
    expect(await engine.loadTable(def, bytes)).toBe(3);
    const [province, month, villages] = ['จังหวัด', 'เดือน', 'หมู่บ้านประสบภัย'].map(quoteIdent);
    const rows = await engine.query({
      sql: `SELECT ${province} AS code, ${month} AS month, ${villages} AS villages FROM drought_returns ORDER BY 2, 1`,
      params: [],
    });
    expect(rowsWithIsoDates(rows)).toEqual([
      { code: 31, month: '2026-01-31', villages: 80 },
      { code: 40, month: '2026-01-31', villages: 120 },
      { code: 40, month: '2026-02-28', villages: 250 },
    ]);
  });
});
