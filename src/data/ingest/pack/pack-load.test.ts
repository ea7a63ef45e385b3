/**
 * The CSV files the builder packs, loaded by the app's own loader (table-loader.ts) into the
 * browser's DuckDB build: every column of every core dataset the builder packs comes out with
 * its contract type and value, and an indicator's province names become codes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTableInto } from '../../engine/table-loader';
import type { ColumnDef, ColumnType, DatasetDef } from '../../manifest/manifest-types';
import { parseManifest } from '../../manifest/registry';
import { quoteIdent } from '../../sql';
import { tableRows } from '../../formats/arrow-rows';
import { createWasmNodeBackend, nodeParquetDecoder } from '../../testing/engines';
import { coreEntry } from '../core-entries';
import type { IngestRow, IngestValue } from '../ingest-types';
import { asCsvTable, publishStepReason } from './data-pack';
import { csvText } from './pack-csv';
import type { EngineBackend } from '../../engine/engine-backend';

// One written value per type, the awkward ones on purpose: a comma, a quote, Thai text and an
// edge space in text; a fraction; a local timestamp.
const FIRST: Record<ColumnType, IngestValue> = {
  INTEGER: 5588222,
  BIGINT: 12345678901,
  DOUBLE: 75.25,
  VARCHAR: ' กรุงเทพฯ, "เขต" 1',
  BOOLEAN: true,
  DATE: '2021-11-28',
  TIMESTAMP: '2021-11-28 23:27:05',
};
const SECOND: Record<ColumnType, IngestValue> = {
  INTEGER: -3,
  BIGINT: 0,
  DOUBLE: 0.1,
  VARCHAR: 'other',
  BOOLEAN: false,
  DATE: '2024-02-29',
  TIMESTAMP: '2024-02-29 00:00:00',
};
// What DuckDB's CAST(... AS VARCHAR) gives back for them.
const FIRST_TEXT: Record<ColumnType, string> = {
  INTEGER: '5588222',
  BIGINT: '12345678901',
  DOUBLE: '75.25',
  VARCHAR: ' กรุงเทพฯ, "เขต" 1',
  BOOLEAN: 'true',
  DATE: '2021-11-28',
  TIMESTAMP: '2021-11-28 23:27:05',
};

const sampleRows = (columns: readonly ColumnDef[]): IngestRow[] => [
  Object.fromEntries(columns.map((c) => [c.name, FIRST[c.type]])),
  // The second row leaves every nullable column empty.
  Object.fromEntries(columns.map((c) => [c.name, c.nullable ? null : SECOND[c.type]])),
];

async function loadCsv(backend: EngineBackend, def: DatasetDef, rows: readonly IngestRow[]) {
  const table = asCsvTable({ def, rows });
  const bytes = new TextEncoder().encode(csvText(table.def.columns, table.rows));
  return loadTableInto(backend, nodeParquetDecoder, table.def, bytes);
}

async function typesOf(backend: EngineBackend, id: string): Promise<Record<string, string>> {
  const result = await backend.query({
    sql: 'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
    params: [id],
  });
  return Object.fromEntries(
    tableRows(result).map((row) => [String(row.column_name), String(row.data_type)]),
  );
}

const FACTS = {
  source: { th: 'ทดสอบ', en: 'test' },
  licence: 'test',
  asOf: '2021-11-28',
  period: { from: '2021-11-28', to: '2021-11-28' },
};

const PACKED_CORE = ['vaccination', 'poverty', 'road_safety', 'complaints'] as const;

describe('packed CSV through the app loader (duckdb-wasm)', () => {
  it('refuses only personal data before a check', () => {
    const all = ['vaccination', 'poverty', 'road_safety', 'complaints', 'households'];
    expect(all.filter((id) => publishStepReason(id, null) === null)).toEqual([...PACKED_CORE]);
  });

  it.each(PACKED_CORE)('%s: every contract column typed and valued as written', async (id) => {
    const backend = await createWasmNodeBackend();
    const def = coreEntry(id, FACTS);
    expect(await loadCsv(backend, def, sampleRows(def.columns))).toBe(2);
    expect(await typesOf(backend, id)).toEqual(
      Object.fromEntries(def.columns.map((c) => [c.name, c.type])),
    );
    const texts = def.columns.map(
      (c) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS ${quoteIdent(c.name)}`,
    );
    const result = await backend.query({
      sql: `SELECT ${texts.join(', ')} FROM ${quoteIdent(id)} ORDER BY ${quoteIdent(def.columns[0]?.name ?? '')} DESC`,
      params: [],
    });
    const [first, second] = tableRows(result);
    expect(first).toEqual(Object.fromEntries(def.columns.map((c) => [c.name, FIRST_TEXT[c.type]])));
    for (const column of def.columns.filter((c) => c.nullable)) {
      expect(second?.[column.name]).toBeNull();
    }
  });

  it('an indicator: province names matched to codes, the measures typed', async () => {
    const shipped: unknown = JSON.parse(
      readFileSync(new URL('../../../../public/data/manifest.json', import.meta.url), 'utf8'),
    );
    const drought = parseManifest(shipped, 'manifest.json').datasets.find(
      (d) => d.id === 'drought',
    );
    if (drought === undefined) throw new Error('the shipped manifest has no drought entry');
    const rows: IngestRow[] = [
      {
        province: 'กรุงเทพมหานคร',
        month: '2026-03-31',
        villages: 0,
        households_affected: 0,
        villages_total: 0,
      },
      {
        province: 'Chiang Mai',
        month: '2026-03-31',
        villages: 120,
        households_affected: 4500,
        villages_total: 2066,
      },
    ];
    const backend = await createWasmNodeBackend();
    expect(await loadCsv(backend, drought, rows)).toBe(2);
    const result = await backend.query({
      sql: 'SELECT province, CAST(month AS VARCHAR) AS month, villages, villages_total FROM drought ORDER BY province',
      params: [],
    });
    expect(tableRows(result)).toEqual([
      { province: 10, month: '2026-03-31', villages: 0, villages_total: 0 },
      { province: 50, month: '2026-03-31', villages: 120, villages_total: 2066 },
    ]);
  });
});
