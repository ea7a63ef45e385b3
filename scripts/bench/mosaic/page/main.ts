/**
 * The Mosaic peer page: road-safety incidents in duckdb-wasm (the app's own bundled 1.32 files, no
 * CDN), a daily histogram with an intervalX brush cross-filtering a lon/lat raster and a bar chart
 * per province, with Mosaic's pre-aggregation on. Sets `data-state=ready` when every view painted
 * and exposes `window.__mosaic.settle()` for the sweep.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import * as vg from '@uwdata/vgplot';
import { settleSelection } from './settle';

/** One query Mosaic sent to DuckDB: SQL and performance.now() at start and answer. */
export interface QueryLog {
  readonly sql: string;
  readonly start: number;
  end: number;
}

/** What the sweep reads from the page. */
interface MosaicBench {
  /** Milliseconds: DuckDB start, table load, first paint of all views. */
  readonly marks: Record<string, number>;
  /** Every query sent through the connector, in order. */
  readonly queries: QueryLog[];
  /** Resolves when every pending selection update has reached every view and two frames passed. */
  settle(): Promise<void>;
}

declare global {
  interface Window {
    __mosaic?: MosaicBench;
  }
}

/** The columns the views read (parquet-wasm 0.8's `columns` option is ignored: we drop the rest). */
const COLUMNS = 'date, province_code, lon, lat';
/** Rows decoded and inserted at a time, to bound the memory at 10M rows. */
const CHUNK_ROWS = 1_000_000;

async function startDuckDB(): Promise<{ db: AsyncDuckDB; marks: Record<string, number> }> {
  const marks: Record<string, number> = {};
  const start = performance.now();
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(duckdbWorkerUrl));
  await db.instantiate(duckdbWasmUrl);
  await db.open({});
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  marks.duckdbMs = performance.now() - start;
  const loadStart = performance.now();
  await initParquet({ module_or_path: parquetWasmUrl });
  const bytes = new Uint8Array(await (await fetch('./data/road_safety.parquet')).arrayBuffer());
  for (let offset = 0; ; offset += CHUNK_ROWS) {
    const table = readParquet(bytes, { offset, limit: CHUNK_ROWS });
    if (table.numBatches === 0) {
      table.free();
      break;
    }
    await conn.insertArrowFromIPCStream(table.intoIPCStream(), { name: 'chunk', create: true });
    await conn.query(
      offset === 0
        ? `CREATE TABLE incidents AS SELECT ${COLUMNS} FROM chunk`
        : `INSERT INTO incidents SELECT ${COLUMNS} FROM chunk`,
    );
    await conn.query('DROP TABLE chunk');
  }
  await conn.close();
  marks.loadMs = performance.now() - loadStart;
  return { db, marks };
}

async function main(): Promise<void> {
  const { db, marks } = await startDuckDB();
  const connection = await db.connect();
  const coordinator = vg.coordinator();
  // The connector's own DuckDB loader would fetch from jsDelivr: hand it ours instead.
  const wasm = vg.wasmConnector({ duckdb: db, connection } as unknown as Parameters<
    typeof vg.wasmConnector
  >[0]);
  // Log every query with its time, for the "queries answered" figure and to see pre-aggregation.
  const queries: QueryLog[] = [];
  const run = wasm.query.bind(wasm) as (request: { type: string; sql: string }) => Promise<unknown>;
  const logged = async (request: { type: string; sql: string }): Promise<unknown> => {
    const entry: QueryLog = { sql: request.sql, start: performance.now(), end: NaN };
    queries.push(entry);
    const result = await run(request);
    entry.end = performance.now();
    return result;
  };
  coordinator.databaseConnector({ query: logged } as unknown as typeof wasm);
  coordinator.preaggregator.enabled = true;
  const brush = vg.Selection.crossfilter();
  const paintStart = performance.now();
  const histogram = vg.plot(
    vg.rectY(vg.from('incidents', { filterBy: brush }), {
      x: vg.bin('date', { interval: 'day' }),
      y: vg.count(),
      fill: 'steelblue',
      inset: 0,
    }),
    vg.intervalX({ as: brush }),
    vg.xLabel('date'),
    vg.width(1200),
    vg.height(200),
  );
  const map = vg.plot(
    vg.raster(vg.from('incidents', { filterBy: brush }), {
      x: 'lon',
      y: 'lat',
      pixelSize: 2,
    }),
    vg.colorScale('sqrt'),
    vg.colorScheme('viridis'),
    vg.xDomain(vg.Fixed),
    vg.yDomain(vg.Fixed),
    vg.width(500),
    vg.height(640),
  );
  const provinces = vg.plot(
    vg.barX(vg.from('incidents', { filterBy: brush }), {
      x: vg.count(),
      y: 'province_code',
      fill: 'steelblue',
    }),
    vg.yDomain(vg.Fixed),
    vg.xDomain(vg.Fixed),
    vg.width(600),
    vg.height(640),
  );
  const views = document.getElementById('views');
  if (!views) throw new Error('#views missing');
  views.replaceChildren(histogram, map, provinces);
  const settle = () => settleSelection(brush, [histogram, map, provinces]);
  await settle();
  marks.paintMs = performance.now() - paintStart;
  window.__mosaic = { marks, queries, settle };
  document.documentElement.dataset.state = 'ready';
}

main().catch((error: unknown) => {
  console.error(error);
  document.documentElement.dataset.state = 'error';
  document.documentElement.dataset.error = String(error);
});
