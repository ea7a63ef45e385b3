/**
 * Component tier: the SQL console's Cancel (issue 19 item 6) as the analyst uses it. A backend
 * whose console query only ends when its signal aborts stands in for DuckDB; that the dashboard
 * is answered meanwhile and DuckDB never restarts is proved on real DuckDB in
 * src/data/sql-guard/console-cancel.test.ts and console-cancel-action.test.ts (duckdb-wasm's
 * own connection for it: src/data/engine/wasm-backend.test.ts). Was the console-cancel journey.
 */
import { Float64, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { tableOfColumns, vectorOf } from '../../../data/formats/arrow-vectors';
import type { SqlQuery } from '../../../data/sql';
import { testRegistry } from '../../../data/testing/fixtures';
import { interact, one, render } from '../../../testing-dom/render';
import { SqlConsole } from './SqlConsole';
import type { ToolsBackend } from './tools-actions';
import { createDataToolsStore } from './user-layers-store';

const ENDLESS =
  'SELECT count(*) AS n FROM vaccination a, vaccination b, vaccination c, vaccination d';
const NEXT = 'SELECT count(DISTINCT province_code) AS n FROM vaccination';

/** A backend whose endless query settles only when its signal aborts; it records each signal. */
function endlessBackend() {
  const signals: AbortSignal[] = [];
  const answer = (sql: string) =>
    sql.includes('duckdb_functions()')
      ? tableOfColumns([['name', vectorOf(['read_csv'], new Utf8())]])
      : tableOfColumns([['n', vectorOf([77], new Float64())]]);
  const backend: ToolsBackend = {
    registry: testRegistry(),
    statuses: () => [{ id: 'vaccination', state: 'ready', rowCount: 77, loadedAt: 1 }],
    query: (q: SqlQuery) => Promise.resolve(answer(q.sql)),
    interruptibleQuery: (q, signal) => {
      signals.push(signal);
      if (!q.sql.includes('vaccination a, vaccination b')) return Promise.resolve(answer(q.sql));
      return new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => {
          reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        });
      });
    },
    loadUserTable: () => Promise.reject(new Error('not used')),
    dropUserTable: () => Promise.resolve(),
  };
  return { backend, signals };
}

/** Resolves once `check` holds, re-checking after each macrotask (React applies async updates). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) {
    await interact(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  expect(check()).toBe(true);
}

describe('SqlConsole', () => {
  it('states its limit, cancels a never-ending query, then runs the next one', async () => {
    const tools = createDataToolsStore();
    const { backend, signals } = endlessBackend();
    const { container } = await render(
      <SqlConsole tools={tools} source={backend} lang="en" tables={['vaccination']} />,
    );
    const run = one(container, '[data-console-run]') as HTMLButtonElement;
    const cancel = one(container, '[data-console-cancel]') as HTMLButtonElement;
    expect(one(container, '[data-console-limit]').textContent).toBe(
      'A query running longer than 30 s is stopped; Cancel stops it sooner.',
    );
    expect(cancel.disabled).toBe(true);

    await interact(() => userEvent.fill(one(container, 'textarea'), ENDLESS));
    await interact(() => userEvent.click(run));
    await until(() => signals.length > 0);
    expect([run.disabled, run.textContent, cancel.disabled]).toEqual([true, 'Running …', false]);
    const endless = signals.at(-1);
    expect(endless?.aborted).toBe(false);

    await interact(() => userEvent.click(cancel));
    await until(() => container.querySelector('[data-console-message]') !== null);
    expect(endless?.aborted).toBe(true);
    expect(one(container, '[data-console-message]').textContent).toBe(
      'The query was cancelled; edit it and run it again when ready.',
    );
    expect([run.disabled, run.textContent, cancel.disabled]).toEqual([
      false,
      'Run (Ctrl+Enter)',
      true,
    ]);
    expect(tools.getState().console.result).toBeNull();

    // Ctrl+Enter runs the next query on the same backend.
    const box = one(container, 'textarea');
    await interact(() => userEvent.fill(box, NEXT));
    await interact(() => userEvent.type(box, '{Control>}{Enter}{/Control}'));
    await until(() => container.querySelector('[data-console-rows]') !== null);
    expect(container.querySelector('[data-console-message]')).toBeNull();
    expect(one(container, '[data-console-rows]').dataset.consoleRows).toBe('1');
    expect(cancel.disabled).toBe(true);
  });
});
