/**
 * Integration (the shipped data, the app's data flow on native DuckDB): household records never
 * leave DuckDB un-aggregated. Every Parquet file the households layer makes the app fetch holds
 * groups of at least k households and no record column; its legend has no class under k; the
 * SQL console's rows and their CSV export show no group under k. Was the privacy journey; the
 * browser engine's lockdown (external access off, settings locked) is checked by the
 * injection-sql journey and src/data/sql-guard/sql-guard-lockdown.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../data/sql-guard/console';
import { tableRows } from '../../../data/formats/arrow-rows';
import { createNativeEngine, createWasmNodeEngine } from '../../../data/testing/engines';
import { markReady } from '../../../state/app/actions';
import { createAppStore } from '../../../state/app/app-state';
import { startDataFlow } from '../../../state/app/data-flow';
import { selectViewModels } from '../../../state/models/view-model-selectors';
import { PUBLIC_DATA_URL, publicDataFetch } from '../../../state/testing/public-data';
import { parseUrlState } from '../../../state/url/url-state';
import { BOM, csvFromArrow } from './csv';
import { waitFor } from '../../../state/testing/data-flow';

const K = 10;
/** Columns that would identify a household or place it closer than a published hexagon. */
const RECORD_COLUMNS = ['household_id', 'lon', 'lat', 'longitude', 'latitude', 'name', 'address'];

/** The data flow on the shipped data for `search`, with the names of the files it fetched. */
async function startFlow(search: string) {
  const fetched: string[] = [];
  const serve = publicDataFetch();
  const store = createAppStore({ ...parseUrlState(search).state, refresh: 0 });
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      fetched.push(url.slice(PUBLIC_DATA_URL.length));
      return serve(input, init);
    },
    // The browser's own duckdb-wasm code, so the console answers as in the app.
    createEngine: createWasmNodeEngine,
    restart: false,
  });
  if (!coordinator) throw new Error('the data flow did not start');
  await waitFor(store, (s) => s.engine !== 'loading' && !s.queriesRunning);
  return { store, coordinator, fetched };
}

/** A fetched Parquet file's columns, rows and smallest `households`, read by a DuckDB of its own. */
async function summarise(name: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'privacy-')), 'fetched.parquet');
  const served = await publicDataFetch()(`${PUBLIC_DATA_URL}${name}`);
  writeFileSync(file, new Uint8Array(await served.arrayBuffer()));
  const engine = await createNativeEngine();
  const rowsOf = async (sql: string) => tableRows(await engine.query({ sql, params: [] }));
  try {
    const source = `read_parquet('${file.replaceAll("'", "''")}')`;
    const described = await rowsOf(`DESCRIBE SELECT * FROM ${source}`);
    const columns = described.map((row) => String(row.column_name));
    const smallest = columns.includes('households') ? 'min(households)::INTEGER' : 'NULL::INTEGER';
    const [row] = await rowsOf(`SELECT count(*)::INTEGER AS n, ${smallest} AS m FROM ${source}`);
    return {
      columns,
      rows: Number(row?.n),
      smallest: row?.m === null || row?.m === undefined ? null : Number(row.m),
    };
  } finally {
    await engine.terminate();
  }
}

/** The rows of the CSV the table view would download for `table` (after its BOM). */
function exported(table: Parameters<typeof csvFromArrow>[0]): Record<string, string>[] {
  const text = csvFromArrow(table, { demo: true });
  expect(text.startsWith(BOM)).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

describe('privacy: household records never leave DuckDB un-aggregated', () => {
  it('every file the households layer fetches holds groups of at least k and no record column', async () => {
    const { store, coordinator, fetched } = await startFlow('?layers=households&lang=en');
    try {
      const parquet = fetched.filter((name) => name.endsWith('.parquet'));
      const households = parquet.filter((name) => name.startsWith('households'));
      // The layer's own files were fetched (the test would prove nothing otherwise).
      expect(households.length).toBeGreaterThanOrEqual(1);
      for (const name of parquet) {
        const summary = await summarise(name);
        expect(
          summary.columns.filter((c) => RECORD_COLUMNS.includes(c)),
          name,
        ).toEqual([]);
        if (!households.includes(name)) continue;
        expect(summary.rows, name).toBeGreaterThan(0);
        expect(summary.smallest, name).not.toBeNull();
        expect(summary.smallest ?? 0, name).toBeGreaterThanOrEqual(K);
      }
      // The legend's lowest class starts at k or more: no class describes a smaller cell.
      const layer = selectViewModels(store.getState()).layers.find((l) => l.id === 'households');
      const lowerBounds = (layer?.legend?.classes ?? [])
        .map((c) => /^\s*([\d,]+)\s*[–-]/.exec(c.label)?.[1])
        .filter((bound): bound is string => bound !== undefined)
        .map((bound) => Number(bound.replaceAll(',', '')));
      expect(lowerBounds.length).toBeGreaterThan(0);
      for (const bound of lowerBounds) expect(bound).toBeGreaterThanOrEqual(K);
    } finally {
      await coordinator.close();
    }
  });

  it('the console and its CSV export show no group under k, grouped further or not', async () => {
    const { coordinator } = await startFlow('?mode=analyst&lang=en');
    try {
      for (const table of ['households', 'households_cells']) {
        const outcome = await runConsole(
          coordinator,
          `SELECT * FROM ${table} ORDER BY households`,
          [],
        );
        if (!outcome.ok) throw new Error(`${table}: ${outcome.message.en}`);
        expect(outcome.table.numRows, table).toBeGreaterThan(0);
        const rows = exported(outcome.table);
        expect(rows.length, table).toBe(outcome.table.numRows);
        expect(
          Math.min(...rows.map((row) => Number(row.households))),
          table,
        ).toBeGreaterThanOrEqual(K);
        for (const column of RECORD_COLUMNS) expect(rows[0], table).not.toHaveProperty(column);
      }
      // Grouping the published cells further can only add groups up: still nothing under k.
      const grouped = await runConsole(
        coordinator,
        'SELECT q, sum(households) AS n FROM households_cells GROUP BY q ORDER BY n',
        [],
      );
      if (!grouped.ok) throw new Error(grouped.message.en);
      expect(
        Math.min(...exported(grouped.table).map((row) => Number(row.n))),
      ).toBeGreaterThanOrEqual(K);
    } finally {
      await coordinator.close();
    }
  });
});
