import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { createWasmNodeBackend } from '../testing/engines';
import {
  createWasmBackend,
  type WasmConnection,
  type WasmDatabase,
  type WasmPendingConnection,
} from './wasm-backend';

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
  const db: WasmDatabase = {
    registerFileBuffer: () => undefined,
    dropFile: () => undefined,
    connect: () => pendingConnection(log, result),
  };
  return { log, backend: createWasmBackend(db, conn, () => Promise.resolve()) };
}

/**
 * A stand-in for a second duckdb-wasm connection whose sent query runs until it is cancelled, as
 * a worker polling a pending query does; `SELECT 1`-like text answers at once.
 */
function pendingConnection(log: string[], result: Table): WasmPendingConnection {
  let cancelled: () => void = () => undefined;
  return {
    send: (text) => {
      log.push(`send ${text}`);
      if (!text.includes('endless'))
        return result.batches.length > 0 ? readerOf(result) : undefined;
      return new Promise((_, reject) => {
        cancelled = () => {
          reject(new Error('query was canceled'));
        };
      });
    },
    cancelSent: () => {
      log.push('cancel');
      cancelled();
      return true;
    },
    prepare: (sql) => {
      log.push(`check ${sql}`);
      return {
        query: () => result,
        close: () => undefined,
      };
    },
    close: () => {
      log.push('close pending connection');
    },
  };
}

function readerOf(table: Table) {
  return { schema: table.schema, readAll: () => Promise.resolve(table.batches) };
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

describe('an interruptible query on duckdb-wasm', () => {
  it('runs on a connection of its own, parameters written in, while queries go on', async () => {
    const { log, backend } = recordingConnection();
    const stop = new AbortController();
    const endless = backend.interruptibleQuery(
      { sql: 'SELECT * FROM endless LIMIT CAST(? AS BIGINT)', params: [11] },
      stop.signal,
    );
    await vi.waitFor(() => {
      expect(log.at(-1)).toMatch(/^send /);
    });
    await backend.query({ sql: 'SELECT ?', params: [1] });
    stop.abort(new Error('cancelled by the user'));
    await expect(endless).rejects.toThrow('cancelled by the user');
    // The query asked after the endless one is answered while it still runs (before the cancel).
    expect(log).toEqual([
      'check SELECT * FROM endless LIMIT CAST((11) AS BIGINT)',
      'send SELECT * FROM endless LIMIT CAST((11) AS BIGINT)',
      'prepare SELECT ?',
      'run SELECT ? [1]',
      'cancel',
      'close pending connection',
    ]);
  });

  it('sends nothing for a signal aborted before the call, and returns rows otherwise', async () => {
    const { log, backend } = recordingConnection();
    const stop = new AbortController();
    stop.abort(new Error('too late'));
    await expect(
      backend.interruptibleQuery({ sql: 'SELECT 1', params: [] }, stop.signal),
    ).rejects.toThrow('too late');
    expect(log).toEqual([]);
    const table = await backend.interruptibleQuery(
      { sql: 'SELECT 1', params: [] },
      new AbortController().signal,
    );
    expect(tableRows(table)).toEqual([{ n: 1 }]);
    expect(log).toEqual(['check SELECT 1', 'send SELECT 1', 'close pending connection']);
  });

  it('refuses a text parameter rather than quoting it into the SQL', async () => {
    const { log, backend } = recordingConnection();
    await expect(
      backend.interruptibleQuery(
        { sql: 'SELECT ?', params: ["x' OR 1=1"] },
        new AbortController().signal,
      ),
    ).rejects.toThrow(/a text parameter cannot be written into SQL text/);
    expect(log).toEqual([]);
  });

  it('gives the same rows and column types as a prepared query on the real duckdb-wasm', async () => {
    const backend = await createWasmNodeBackend();
    try {
      const q = {
        sql: "SELECT * FROM (VALUES (1, 'ก'), (2, 'b'), (3, NULL)) AS t(n, s) WHERE n >= CAST(? AS INTEGER) LIMIT CAST(? AS BIGINT)",
        params: [2, 10n],
      };
      const prepared = await backend.query(q);
      const interruptible = await backend.interruptibleQuery(q, new AbortController().signal);
      expect(tableRows(interruptible)).toEqual([
        { n: 2, s: 'b' },
        { n: 3, s: null },
      ]);
      expect(String(interruptible.schema)).toBe(String(prepared.schema));
      const none = await backend.interruptibleQuery(
        { sql: 'SELECT 1 AS n WHERE false', params: [] },
        new AbortController().signal,
      );
      expect([none.numRows, none.schema.fields.map((f) => f.name)]).toEqual([0, ['n']]);
      // A pending query alone would run both statements: the prepared check refuses them.
      await backend.query({ sql: 'CREATE TABLE kept AS SELECT 1 AS x', params: [] });
      await expect(
        backend.interruptibleQuery(
          { sql: 'SELECT 1 AS a; DROP TABLE kept', params: [] },
          new AbortController().signal,
        ),
      ).rejects.toThrow(/multiple statements/i);
      const kept = await backend.query({ sql: 'SELECT count(*) AS n FROM kept', params: [] });
      expect(tableRows(kept)).toEqual([{ n: 1n }]);
    } finally {
      await backend.close();
    }
  });
});
