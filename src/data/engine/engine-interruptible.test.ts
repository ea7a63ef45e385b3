/**
 * createEngine's interruptible query (engine.ts): queued like a query, so loads wait for it and
 * other queries run beside it; a cancel ends the call at once, even while it waits for its turn.
 */
import { describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { createEngine, type EngineBackend } from './engine';
import { createNodeBackend } from './engine-node';
import { messageOf } from '../error-message';
import { nodeParquetDecoder } from '../testing/engines';
import { bytesOf, testDataset, VACCINATION_CSV } from '../testing/fixtures';

/** Native DuckDB whose load statements wait until `release` is called. */
async function gatedBackend() {
  const real = await createNodeBackend();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const started: string[] = [];
  const backend: EngineBackend = {
    ...real,
    query: async (q) => {
      if (q.sql.includes('__staging')) await gate;
      return real.query(q);
    },
    interruptibleQuery: (q, signal) => {
      started.push(`interruptible started, aborted: ${String(signal.aborted)}`);
      return real.interruptibleQuery(q, signal);
    },
  };
  return { backend, release, started };
}

describe('createEngine: interruptible queries', () => {
  it('rejects at once when cancelled while a load holds its turn', async () => {
    const { backend, release, started } = await gatedBackend();
    const engine = createEngine(backend, nodeParquetDecoder);
    const events: string[] = [];
    const load = engine
      .loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV))
      .then((rows) => events.push(`loaded ${rows}`));
    // Let the load take its turn (its first statement waits at the gate).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const cancel = new AbortController();
    const waiting = engine
      .interruptibleQuery({ sql: 'SELECT 1 AS n', params: [] }, cancel.signal)
      .catch((error: unknown) => events.push(`console: ${messageOf(error)}`));
    cancel.abort(new Error('cancelled while waiting'));
    await waiting;
    expect(events).toEqual(['console: cancelled while waiting']);
    release();
    await load;
    expect(events).toEqual(['console: cancelled while waiting', 'loaded 7']);
    // Its turn came after the load: it saw the aborted signal and ran nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toEqual(['interruptible started, aborted: true']);
    const answer = await engine.interruptibleQuery(
      { sql: 'SELECT CAST(count(*) AS INTEGER) AS n FROM vaccination', params: [] },
      new AbortController().signal,
    );
    expect(tableRows(answer)).toEqual([{ n: 7 }]);
    await engine.terminate();
  });
});
