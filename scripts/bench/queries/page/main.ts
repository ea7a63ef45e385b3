/**
 * The benchmark page: the app's data layer alone (DataCoordinator with createBrowserEngine, so
 * files load through parquet-wasm into duckdb-wasm exactly as in the app), and a function that
 * times one query with performance.now() around engine.query.
 */
import { DataType, type Table } from 'apache-arrow';
import { DataCoordinator } from '../../../../src/data/engine/coordinator';
import type { DataEngine } from '../../../../src/data/engine/engine';
import { messageOf } from '../../../../src/data/error-message';
import { canonicalText, hex } from '../digest';
import type { QueryBenchApi } from './api';

let coordinator: DataCoordinator | undefined;
let engine: DataEngine | undefined;

function started(): DataEngine {
  if (!engine) throw new Error('call start() first');
  return engine;
}

/** The rows of a result as cell arrays, DATE columns as Date (digest.ts prints them as ISO). */
function* cells(table: Table): Generator<unknown[]> {
  const fields = table.schema.fields;
  const columns = fields.map((field) => table.getChild(field.name));
  const dates = fields.map((field) => DataType.isDate(field.type));
  for (let row = 0; row < table.numRows; row++) {
    yield columns.map((column, index) => {
      const value: unknown = column?.get(row);
      return dates[index] && typeof value === 'number' ? new Date(value) : value;
    });
  }
}

async function digestOf(table: Table): Promise<string> {
  const names = table.schema.fields.map((field) => field.name);
  const text = new TextEncoder().encode(canonicalText(names, cells(table)));
  return hex(await crypto.subtle.digest('SHA-256', text));
}

const api: QueryBenchApi = {
  async start(manifestUrl) {
    let engineMs = NaN;
    const t0 = performance.now();
    coordinator = await DataCoordinator.open(manifestUrl, {
      createEngine: async () => {
        const e0 = performance.now();
        // Imported on demand, as the coordinator does by default: one chunk, as in the app.
        const { createBrowserEngine } = await import('../../../../src/data/engine/engine-browser');
        engine = await createBrowserEngine();
        engineMs = performance.now() - e0;
        return engine;
      },
    });
    await coordinator.start();
    const loadMs = performance.now() - t0;
    const errors = coordinator
      .statuses()
      .filter((status) => status.state === 'error')
      .map((status) => status.message ?? status.id);
    const version = await started().query({ sql: 'SELECT version() AS v', params: [] });
    return { engineMs, loadMs, errors, version: String(version.getChild('v')?.get(0)) };
  },
  async loadDeferred(id) {
    if (!coordinator) throw new Error('call start() first');
    const t0 = performance.now();
    coordinator.request(id);
    try {
      await coordinator.whenReady(id);
      return { ok: true, loadMs: performance.now() - t0 };
    } catch (error) {
      return { ok: false, error: messageOf(error) };
    }
  },
  async time(q, runs) {
    const db = started();
    const warm = await db.query(q);
    const samplesMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      await db.query(q);
      samplesMs.push(performance.now() - t0);
    }
    return { samplesMs, rows: warm.numRows, digest: await digestOf(warm) };
  },
  async memory() {
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    const used = await started().query({
      sql: 'SELECT CAST(sum(memory_usage_bytes) AS DOUBLE) AS bytes FROM duckdb_memory()',
      params: [],
    });
    return {
      jsHeapBytes: memory?.usedJSHeapSize ?? null,
      duckdbBytes: Number(used.getChild('bytes')?.get(0)),
    };
  },
};

window.warRoomQueryBench = api;
document.documentElement.dataset.bench = 'ready';
