/**
 * The console's Cancel through the data tools' action (issue 19 item 6), on native DuckDB: the
 * console says the query was cancelled, runs the next one, and the table view keeps its source.
 */
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../data/formats/arrow-rows';
import { createNativeEngine } from '../../../data/testing/engines';
import { testRegistry } from '../../../data/testing/fixtures';
import { runConsoleAction, type ToolsBackend } from './tools-actions';
import { createDataToolsStore } from './user-layers-store';

/** 12^12 rows: only a stop ends it. */
const ENDLESS = `SELECT count(*) AS n FROM ${Array.from({ length: 12 }, (_, i) => `vaccination v${i}`).join(', ')}`;

async function nativeBackend(): Promise<ToolsBackend & { close(): Promise<void> }> {
  const engine = await createNativeEngine();
  await engine.query({
    sql: 'CREATE TABLE vaccination AS SELECT range AS province_code, 5 AS dose2 FROM range(12)',
    params: [],
  });
  return {
    registry: testRegistry(),
    statuses: () => [{ id: 'vaccination', state: 'ready', rowCount: 12, loadedAt: 1 }],
    query: (q) => engine.query(q),
    interruptibleQuery: (q, signal) => engine.interruptibleQuery(q, signal),
    loadUserTable: () => Promise.reject(new Error('not used')),
    dropUserTable: () => Promise.resolve(),
    close: () => engine.terminate(),
  };
}

describe('the console action with Cancel', () => {
  it('says cancelled, keeps no result, and runs the next query', async () => {
    const backend = await nativeBackend();
    try {
      const tools = createDataToolsStore();
      const cancel = new AbortController();
      const running = runConsoleAction(tools, backend, ENDLESS, cancel.signal);
      expect(tools.getState().console.running).toBe(true);
      // Lets the cross join get under way (a pause, not a timing check).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(tools.getState().console.running).toBe(true);
      cancel.abort();
      await running;
      const stopped = tools.getState().console;
      expect([stopped.running, stopped.result, stopped.message?.en]).toEqual([
        false,
        null,
        'The query was cancelled; edit it and run it again when ready.',
      ]);
      expect(tools.getState().tableSource).toBe('view');
      await runConsoleAction(tools, backend, 'SELECT count(*) AS n FROM vaccination', undefined);
      const next = tools.getState().console;
      expect(next.message).toBeNull();
      expect(next.result && tableRows(next.result)).toEqual([{ n: 12n }]);
      expect(tools.getState().tableSource).toBe('console');
    } finally {
      await backend.close();
    }
  });
});
