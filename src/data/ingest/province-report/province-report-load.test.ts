import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataEngine } from '../../engine/engine';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { PROVINCES } from '../../places/provinces';
import { createWasmNodeEngine } from '../../testing/engines';
import { registryWithEntries } from '../../testing/indicator-fixtures';
import { rowsWithIsoDates } from '../../testing/query-harness';
import { ingestFiles } from '../ingest';
import { csvText } from '../pack/pack-csv';
import { testContext } from '../testing/context';
import { provinceReport } from './province-report-adapter';
import { reportSpec } from './template-spec';
import { templateWorkbook } from './template-workbook';
import { DROUGHT, filledCopy, LEVELS, ZONES } from './testing/drought-template';

describe('merged province replies in the app', () => {
  let engine: DataEngine | undefined;
  beforeAll(async () => {
    engine = await createWasmNodeEngine();
  });
  afterAll(() => engine?.terminate());

  it('load through the entry and the CSV the ingest writes, reply dates as dates', async () => {
    const choice = {
      period: '2026-03',
      deadline: null,
      group: 'zone:9',
      categories: { level: LEVELS },
    };
    const made = reportSpec(DROUGHT, choice, ZONES, PROVINCES);
    if (!made.ok) throw new Error(made.error.en);
    const { bytes } = templateWorkbook(made.spec, PROVINCES);
    const krabi = await filledCopy(bytes, [
      { row: 5, column: 2, value: 4 },
      { row: 5, column: 4, value: 80 },
      { row: 5, column: 5, value: 'วิกฤต' },
      { row: 5, column: 6, value: { date: '2026-04-01' } },
    ]);
    const bangkok = await filledCopy(bytes, [
      { row: 2, column: 2, value: 0 },
      { row: 2, column: 4, value: 0 },
      { row: 2, column: 6, value: { date: '2026-04-03' } },
    ]);
    const result = await ingestFiles(
      'drought',
      [
        { name: 'krabi.xlsx', bytes: krabi },
        { name: 'bangkok.xlsx', bytes: bangkok },
      ],
      testContext(),
      {},
      '2026-12-07T10:00:00Z',
      [provinceReport],
    );
    const [table] = result.ok ? result.tables : [];
    if (table === undefined || engine === undefined) throw new Error('ingest or engine failed');
    const def = registryWithEntries([datasetEntryJson(table.def)]).get('drought');
    const csv = new TextEncoder().encode(csvText(table.def.columns, table.rows));
    expect(await engine.loadTable(def, csv)).toBe(2);
    const rows = await engine.query({
      sql: 'SELECT province_code AS code, month, villages, villages_total AS total, level, reply_date FROM drought ORDER BY 1',
      params: [],
    });
    expect(rowsWithIsoDates(rows)).toEqual([
      {
        code: 10,
        month: '2026-03-31',
        villages: 0,
        total: 0,
        level: null,
        reply_date: '2026-04-03',
      },
      {
        code: 81,
        month: '2026-03-31',
        villages: 4,
        total: 80,
        level: 'วิกฤต',
        reply_date: '2026-04-01',
      },
    ]);
  });
});
