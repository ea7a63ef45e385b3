/**
 * Issue 19 item 6: a console query that never ends is stopped (the user's Cancel or the time
 * limit) on a real DuckDB, is never run again, never restarts the database, and never holds up
 * the dashboard's queries.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { runConsole } from './console';
import { DataCoordinator } from '../engine/coordinator';
import type { DataEngine } from '../engine/engine';
import { createRestartingEngine } from '../engine/engine-restart';
import { messageOf } from '../error-message';
import type { Timers } from '../refresh/refresh';
import { createNativeEngine } from '../testing/engines';
import { bytesOf, manifestJson, testDataset, VACCINATION_CSV } from '../testing/fixtures';

/** 7^15 (about 5 x 10^12) rows: runs for hours, so only a stop ends it. */
const ENDLESS = `SELECT count(*) AS n FROM ${Array.from({ length: 15 }, (_, i) => `vaccination v${i}`).join(', ')}`;
const DASHBOARD = { sql: 'SELECT CAST(count(*) AS INTEGER) AS n FROM vaccination', params: [] };

/** Timers the test fires by hand: each `tick` runs what is due as if a second had passed. */
function manualTimers(): Timers & { tick(): void } {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout: (callback) => {
      next += 1;
      due.set(next, callback);
      return next;
    },
    clearTimeout: (handle) => {
      due.delete(handle as number);
    },
    tick: () => {
      const now = [...due.values()];
      due.clear();
      for (const callback of now) callback();
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function restartingEngine() {
  const first = await createNativeEngine();
  await first.loadTable(testDataset('vaccination'), bytesOf(VACCINATION_CSV));
  let databasesCreated = 0;
  const timers = manualTimers();
  const engine = createRestartingEngine(
    first,
    async () => {
      databasesCreated += 1;
      return createNativeEngine();
    },
    { queryTimeoutMs: 5_000, timers },
  );
  cleanups.push(() => engine.terminate());
  return { engine, timers, created: () => databasesCreated };
}

/** Lets the endless query get under way before the dashboard asks (a pause, not a timing check). */
const underWay = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

const countOf = async (engine: DataEngine): Promise<number> =>
  Number(tableRows(await engine.query(DASHBOARD))[0]?.n);

describe('an interruptible query on the restarting engine (native DuckDB)', () => {
  it('answers the dashboard while it runs, stops on its signal, and never restarts', async () => {
    const { engine, timers, created } = await restartingEngine();
    const events: string[] = [];
    const stop = new AbortController();
    const endless = engine.interruptibleQuery({ sql: ENDLESS, params: [] }, stop.signal).then(
      () => events.push('console answered'),
      (error: unknown) => events.push(`console stopped: ${messageOf(error)}`),
    );
    await underWay();
    events.push(`dashboard answered ${await countOf(engine)}`);
    // Twenty watchdog ticks of 1 s, four times its 5 s query timeout: a watched query would
    // have the database given up and restarted here.
    for (let tick = 0; tick < 20; tick += 1) timers.tick();
    events.push(`dashboard answered ${await countOf(engine)}`);
    stop.abort(new Error('stopped by the test'));
    await endless;
    expect(events).toEqual([
      'dashboard answered 7',
      'dashboard answered 7',
      'console stopped: stopped by the test',
    ]);
    expect(engine.restarts()).toBe(0);
    expect(created()).toBe(0);
    // The same database goes on answering, an interruptible query too.
    const again = await engine.interruptibleQuery(DASHBOARD, new AbortController().signal);
    expect(tableRows(again)).toEqual([{ n: 7 }]);
    expect(engine.restarts()).toBe(0);
  });

  it('runs nothing for a signal aborted before the call', async () => {
    const { engine } = await restartingEngine();
    const stop = new AbortController();
    stop.abort(new Error('already cancelled'));
    await expect(
      engine.interruptibleQuery({ sql: ENDLESS, params: [] }, stop.signal),
    ).rejects.toThrow('already cancelled');
    expect(await countOf(engine)).toBe(7);
  });
});

const MANIFEST_URL = 'http://war-room.test/data/manifest.json';

/** The coordinator over the test manifest (only vaccination.csv exists), native DuckDB. */
async function openCoordinator() {
  const files: Record<string, string> = {
    [MANIFEST_URL]: JSON.stringify(manifestJson('csv')),
    'http://war-room.test/data/vaccination.csv': VACCINATION_CSV,
  };
  let databasesCreated = 0;
  const coordinator = await DataCoordinator.open(MANIFEST_URL, {
    fetch: (input) => {
      const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
      const body = files[url];
      return Promise.resolve(
        body === undefined ? new Response('missing', { status: 404 }) : new Response(body),
      );
    },
    createEngine: () => {
      databasesCreated += 1;
      return createNativeEngine();
    },
  });
  cleanups.push(() => coordinator.close());
  await coordinator.start();
  return { coordinator, created: () => databasesCreated };
}

describe('the SQL console through the coordinator (native DuckDB)', () => {
  it('cancels a never-ending query; the dashboard is answered meanwhile; the next query runs', async () => {
    const { coordinator, created } = await openCoordinator();
    const cancel = new AbortController();
    const events: string[] = [];
    const run = runConsole(coordinator, ENDLESS, [], { signal: cancel.signal }).then((outcome) => {
      events.push('console settled');
      return outcome;
    });
    await underWay();
    const rows = tableRows(await coordinator.query(DASHBOARD));
    events.push(`dashboard answered ${String(rows[0]?.n)}`);
    cancel.abort();
    const outcome = await run;
    expect(events).toEqual(['dashboard answered 7', 'console settled']);
    expect(outcome).toEqual({
      ok: false,
      stopped: 'cancelled',
      message: {
        th: 'ยกเลิกคำสั่งแล้ว: แก้คำสั่งแล้วรันใหม่ได้',
        en: 'The query was cancelled; edit it and run it again when ready.',
      },
    });
    const next = await runConsole(coordinator, 'SELECT count(*) AS n FROM vaccination', []);
    expect(next.ok && tableRows(next.table)).toEqual([{ n: 7n }]);
    // One database all along: the cancelled query neither killed it nor ran again on a new one.
    expect(created()).toBe(1);
  });

  it('stops a query at the time limit with a message saying so', async () => {
    const { coordinator, created } = await openCoordinator();
    const outcome = await runConsole(coordinator, ENDLESS, [], { timeLimitMs: 1_000 });
    expect(outcome.ok).toBe(false);
    expect('stopped' in outcome && outcome.stopped).toBe('timeout');
    if (!outcome.ok) {
      expect(outcome.message.en).toBe(
        'The query ran longer than 1 s and was stopped: narrow it down (e.g. add a WHERE, avoid a JOIN without a condition) and run it again.',
      );
      expect(outcome.message.th).toMatch(/^คำสั่งรันนานเกิน 1 วินาทีจึงถูกหยุด/);
    }
    expect(tableRows(await coordinator.query(DASHBOARD))).toEqual([{ n: 7 }]);
    expect(created()).toBe(1);
  });

  it('keeps a finished query`s rows and tells a refusal from a stop', async () => {
    const { coordinator } = await openCoordinator();
    const done = await runConsole(coordinator, 'SELECT 42 AS x', [], { maxRows: 5 });
    expect(done.ok && tableRows(done.table)).toEqual([{ x: 42 }]);
    const refused = await runConsole(coordinator, 'DROP TABLE vaccination', []);
    expect(refused.ok).toBe(false);
    expect('stopped' in refused).toBe(false);
  });
});
