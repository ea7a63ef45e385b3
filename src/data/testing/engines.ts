/**
 * Engines for Node tests: native DuckDB (engine-node.ts) and duckdb-wasm's blocking Node bundle
 * driven through the browser's own backend (wasm-backend.ts). Both decode Parquet with the
 * browser's parquet-wasm ESM build. Test-only: the app never imports this file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { initSync } from 'parquet-wasm/esm';
import {
  createEngine,
  type DataEngine,
  type EngineBackend,
  type ParquetDecoder,
} from '../engine/engine';
import { createNodeBackend, createNodeEngine } from '../engine/engine-node';
import { createParquetDecoder } from '../formats/parquet';
import * as arrow from 'apache-arrow';
import {
  createWasmBackend,
  type WasmDatabase,
  type WasmPendingConnection,
} from '../engine/wasm-backend';

const require = createRequire(import.meta.url);

/** The browser's Parquet decoder, initialised from the wasm file on disk. */
export const nodeParquetDecoder: ParquetDecoder = createParquetDecoder(() => {
  initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
  return Promise.resolve();
});

/** duckdb-wasm 1.32 (the browser's DuckDB build) in-process, on the browser's backend code. */
export async function createWasmNodeEngine(): Promise<DataEngine> {
  return createEngine(await createWasmNodeBackend(), nodeParquetDecoder);
}

/** The browser's backend (wasm-backend.ts) on duckdb-wasm's blocking Node bundle. */
export async function createWasmNodeBackend(): Promise<EngineBackend> {
  const file = (name: string): string => require.resolve(`@duckdb/duckdb-wasm/dist/${name}`);
  const db = await createDuckDB(
    {
      mvp: { mainModule: file('duckdb-mvp.wasm'), mainWorker: file('duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: file('duckdb-eh.wasm'), mainWorker: file('duckdb-node-eh.worker.cjs') },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate(() => undefined);
  db.open({});
  const conn = db.connect();
  conn.query('SET autoinstall_known_extensions = false');
  conn.query('SET autoload_known_extensions = false');
  const pendingDb: WasmDatabase = {
    registerFileBuffer: (name, buffer) => {
      db.registerFileBuffer(name, buffer);
    },
    dropFile: (name) => {
      db.dropFile(name);
    },
    connect: () => sameArrowConnection(db.connect()),
  };
  return createWasmBackend(pendingDb, conn, () => Promise.resolve());
}

/**
 * The blocking bundle's `send` reads results with the CommonJS copy of apache-arrow, whose classes
 * the app's ESM copy does not recognise (the browser has one copy): its batches are carried over
 * as an Arrow IPC stream. Its `send` blocks until the query ends, so it cannot be cancelled
 * midway: cancelling is tested on native DuckDB and with a stand-in worker (wasm-backend.test.ts).
 */
function sameArrowConnection(conn: WasmPendingConnection): WasmPendingConnection {
  const commonJsArrow = require('apache-arrow') as typeof arrow;
  return {
    send: async (text) => {
      const reader = await conn.send(text);
      if (!reader) return undefined;
      const batches = await reader.readAll();
      const ipc = commonJsArrow.tableToIPC(new commonJsArrow.Table(reader.schema, batches));
      const table = arrow.tableFromIPC(ipc);
      return { schema: table.schema, readAll: () => table.batches };
    },
    cancelSent: () => conn.cancelSent(),
    prepare: (sql) => conn.prepare(sql),
    close: () => conn.close(),
  };
}

/** Native DuckDB with the browser's Parquet decoder. */
export function createNativeEngine(): Promise<DataEngine> {
  return createNodeEngine(nodeParquetDecoder);
}

/** Both backends, for `describe.each`; wrap one in {@link createEngine} with {@link nodeParquetDecoder}. */
export const TEST_BACKENDS: readonly (readonly [string, () => Promise<EngineBackend>])[] = [
  ['native DuckDB', createNodeBackend],
  ['duckdb-wasm', createWasmNodeBackend],
];

/** Both engines, for `describe.each`. */
export const TEST_ENGINES: readonly (readonly [string, () => Promise<DataEngine>])[] = [
  ['native DuckDB', createNativeEngine],
  ['duckdb-wasm', createWasmNodeEngine],
];
