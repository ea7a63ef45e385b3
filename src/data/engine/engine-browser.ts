/**
 * The browser's {@link DataEngine}: duckdb-wasm in a worker, Parquet through parquet-wasm.
 * Every file comes from the app's own bundle (Vite `?url` imports): nothing is fetched from a CDN,
 * extension auto-loading is switched off so DuckDB never tries to download one, and external
 * access is locked down before the engine is handed out.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { createEngine, type DataEngine } from './engine';
import { createBrowserParquetDecoder } from '../formats/parquet-browser';
import { lockDownExternalAccess } from '../sql-guard/sql-guard-lockdown';
import { createWasmBackend } from './wasm-backend';

/**
 * Starts duckdb-wasm (exception-handling build, supported by every browser with WebGL2) and
 * returns an engine on one connection. Takes seconds: do not make the first paint wait for it.
 * The engine's `died` resolves when the worker reports an error: duckdb-wasm then forgets the
 * requests in flight without settling them, so the database is given up (see engine-restart.ts).
 */
export async function createBrowserEngine(): Promise<DataEngine> {
  const start = performance.now();
  const worker = new Worker(duckdbWorkerUrl);
  const died = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      resolve(`the DuckDB worker failed (${event.message || 'no message'})`);
    });
    worker.addEventListener('messageerror', () => {
      resolve('the DuckDB worker sent a message that could not be read');
    });
  });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await db.instantiate(duckdbWasmUrl);
    await db.open({});
    const conn = await db.connect();
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.query('SET autoload_known_extensions = false');
    // Whatever SQL reaches it from here on (the analyst's console included), DuckDB reads no file
    // or URL but the loader's staging files, and no setting can be changed back.
    await lockDownExternalAccess((sql) => conn.query(sql));
    // For the benchmark and the browser's performance panel: fetch, compile and open.
    performance.measure('duckdb start', { start, end: performance.now() });
    const backend = createWasmBackend(db, conn, () => db.terminate());
    const decodeParquet = createBrowserParquetDecoder();
    return createEngine(backend, decodeParquet, {
      died,
      kill: () => {
        void db.terminate();
      },
    });
  } catch (error) {
    await db.terminate();
    throw error;
  }
}
