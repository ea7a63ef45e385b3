import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { createWasmBackend, type WasmConnection, type WasmDatabase } from './wasm-backend';

/** A stand-in for duckdb-wasm's connection that records what the backend asks of it. */
function recordingConnection() {
  const log: string[] = [];
  const result: Table = tableFromArrays({ n: Int32Array.from([1]) });
  const conn: WasmConnection = {
    prepare: (sql) => {
      log.push(`prepare ${sql}`);
      return {
        query: (...params) => {
          log.push(`run ${sql} ${JSON.stringify(params)}`);
          return result;
        },
        close: () => {
          log.push(`close ${sql}`);
        },
      };
    },
    insertArrowFromIPCStream: (_buffer, options) => {
      log.push(`insert ${options.name}`);
    },
    close: () => {
      log.push('close connection');
    },
  };
  const db: WasmDatabase = { registerFileBuffer: () => undefined, dropFile: () => undefined };
  return { log, backend: createWasmBackend(db, conn, () => Promise.resolve()) };
}

describe('createWasmBackend', () => {
  it('prepares a SELECT once and runs it again with new parameters', async () => {
    const { log, backend } = recordingConnection();
    await backend.query({ sql: 'SELECT ?', params: ['2025-01-01'] });
    await backend.query({ sql: 'SELECT ?', params: ['2025-02-01'] });
    await backend.query({ sql: 'WITH x AS (SELECT 1) SELECT * FROM x', params: [] });
    expect(log).toEqual([
      'prepare SELECT ?',
      'run SELECT ? ["2025-01-01"]',
      'run SELECT ? ["2025-02-01"]',
      'prepare WITH x AS (SELECT 1) SELECT * FROM x',
      'run WITH x AS (SELECT 1) SELECT * FROM x []',
    ]);
  });

  it('runs a statement prepared before within the call, before any microtask', async () => {
    const { log, backend } = recordingConnection();
    await backend.query({ sql: 'SELECT ?', params: [1] });
    const pending = backend.query({ sql: 'SELECT ?', params: [2] });
    expect(log.at(-1)).toBe('run SELECT ? [2]');
    await pending;
  });

  it('closes every kept statement before a statement or load that changes the catalog', async () => {
    const { log, backend } = recordingConnection();
    await backend.query({ sql: 'SELECT 1', params: [] });
    await backend.query({ sql: 'DROP TABLE IF EXISTS t', params: [] });
    await backend.query({ sql: 'SELECT 1', params: [] });
    await backend.createTableFromArrowIpc('t', new Uint8Array());
    await backend.close();
    expect(log).toEqual([
      'prepare SELECT 1',
      'run SELECT 1 []',
      'close SELECT 1',
      'prepare DROP TABLE IF EXISTS t',
      'run DROP TABLE IF EXISTS t []',
      'close DROP TABLE IF EXISTS t',
      'prepare SELECT 1',
      'run SELECT 1 []',
      'close SELECT 1',
      'insert t',
      'close connection',
    ]);
  });

  it('keeps at most 64 statements, closing the least recently used', async () => {
    const { log, backend } = recordingConnection();
    for (let i = 0; i < 64; i++) await backend.query({ sql: `SELECT ${i}`, params: [] });
    await backend.query({ sql: 'SELECT 0', params: [] }); // now the most recent
    await backend.query({ sql: 'SELECT 64', params: [] });
    await Promise.resolve();
    expect(log.filter((line) => line.startsWith('close'))).toEqual(['close SELECT 1']);
    await backend.query({ sql: 'SELECT 0', params: [] });
    expect(log.filter((line) => line === 'prepare SELECT 0')).toHaveLength(1);
  });
});
