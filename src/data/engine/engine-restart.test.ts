import { describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import type { DataEngine } from './engine';
import { DatasetFileError } from './engine-errors';
import { createRestartingEngine, isEngineFailure, type RestartHooks } from './engine-restart';
import { FakeTimers } from '../testing/refresh-fake-timers';
import { createMortalEngine, type MortalEngine } from '../testing/engine-restart-fake';
import { bytesOf, testDataset, VACCINATION_CSV } from '../testing/fixtures';

const VACCINATION = testDataset('vaccination', 'csv');
const POVERTY = testDataset('poverty', 'csv');
const POVERTY_CSV =
  'province_code,year,dimension,target_people,target_households\n10,2024,any,120,40\n30,2024,any,300,90\n';
const COUNT = { sql: 'SELECT CAST(count(*) AS INTEGER) AS n FROM vaccination', params: [] };
const SUM_POVERTY = {
  sql: 'SELECT CAST(sum(target_people) AS INTEGER) AS n FROM poverty',
  params: [],
};

/** Engines made so far (the first is the one wrapped) and a restarting engine over them. */
async function setup(options: { timers?: FakeTimers; hooks?: RestartHooks } = {}) {
  const engines: MortalEngine[] = [await createMortalEngine()];
  const events: string[] = [];
  const hooks: RestartHooks = options.hooks ?? {
    restarting: (reason) => events.push(`restarting: ${reason}`),
    restarted: (_reason, tables) => events.push(`restarted with ${tables} tables`),
    restartFailed: (message) => events.push(`failed: ${message}`),
  };
  const first = engines[0] as MortalEngine;
  const engine = createRestartingEngine(
    first,
    async () => {
      const next = await createMortalEngine();
      engines.push(next);
      return next;
    },
    {
      hooks,
      queryTimeoutMs: 1_000,
      retryAfterMs: 0,
      ...(options.timers ? { timers: options.timers } : {}),
    },
  );
  const csv = bytesOf(VACCINATION_CSV);
  await engine.loadTable(VACCINATION, csv);
  await engine.loadTable(POVERTY, bytesOf(POVERTY_CSV));
  return { engine, engines, events, first, csv };
}

const count = async (engine: DataEngine, q = COUNT): Promise<number> =>
  Number(tableRows(await engine.query(q))[0]?.n);

describe('createRestartingEngine', () => {
  it('restarts a database whose calls fail as a terminated worker, reloading every table from the kept bytes', async () => {
    const { engine, engines, events, first, csv } = await setup();
    const rows = await count(engine);
    const people = await count(engine, SUM_POVERTY);
    expect(rows).toBeGreaterThan(0);
    expect(people).toBe(420);

    first.die();
    // The query that meets the dead database is answered by the new one, with the same data.
    expect(await count(engine)).toBe(rows);
    expect(await count(engine, SUM_POVERTY)).toBe(people);
    expect(engines).toHaveLength(2);
    expect(first.killed).toBe(true);
    expect(engines[1]?.calls.load).toBe(2);
    expect(engine.restarts()).toBe(1);
    expect(events).toEqual(['restarting: Error: worker terminated', 'restarted with 2 tables']);
    // The kept bytes are the caller's, untouched by the load (no copy was decoded and kept).
    expect(new TextDecoder().decode(csv)).toBe(VACCINATION_CSV);
    await engine.terminate();
  });

  it('restarts when the worker reports an error, and every call waiting on it is answered', async () => {
    const { engine, engines, first } = await setup();
    const rows = await count(engine);
    first.crash('the DuckDB worker failed (out of memory)');
    const answers = await Promise.all([count(engine), count(engine), count(engine, SUM_POVERTY)]);
    expect(answers).toEqual([rows, rows, 420]);
    // One restart serves every waiting call.
    expect(engines).toHaveLength(2);
    expect(engine.restarts()).toBe(1);
    await engine.terminate();
  });

  it('gives up a database that does not answer within the timeout', async () => {
    const timers = new FakeTimers();
    const { engine, engines, first } = await setup({ timers });
    const rows = await count(engine);
    first.die(true);
    const answer = count(engine);
    // Nothing happens before the timeout...
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engines).toHaveLength(1);
    timers.advance(1_000);
    expect(await answer).toBe(rows);
    expect(engines).toHaveLength(2);
    expect(first.killed).toBe(true);
    await engine.terminate();
  });

  it('reloads the newest good load of a table, not an older or a failed one', async () => {
    const { engine, engines, first } = await setup();
    const newer = `${VACCINATION_CSV.trimEnd()}\n99,2024-01-28,10,1,1,1\n`;
    await engine.loadTable(VACCINATION, bytesOf(newer));
    const rows = await count(engine);
    await expect(
      engine.loadTable(VACCINATION, bytesOf('not,a,vaccination\nfile,,\n')),
    ).rejects.toThrow();
    first.die();
    expect(await count(engine)).toBe(rows);
    expect(engines[1]?.calls.load).toBe(2);
    await engine.terminate();
  });

  it('loads a user table again into the new database, and not one that was dropped', async () => {
    const { engine, engines, first } = await setup();
    // A user table is loaded like a dataset (coordinator.loadUserTable): a definition and CSV bytes.
    const mine = { ...POVERTY, id: 'user_mine' };
    const gone = { ...POVERTY, id: 'user_gone' };
    await engine.loadTable(mine, bytesOf(POVERTY_CSV));
    await engine.loadTable(gone, bytesOf(POVERTY_CSV));
    await engine.dropTable('user_gone');
    first.die();
    const tables = tableRows(
      await engine.query({
        sql: 'SELECT table_name FROM information_schema.tables ORDER BY 1',
        params: [],
      }),
    ).map((row) => row.table_name);
    expect(tables).toEqual(['poverty', 'user_mine', 'vaccination']);
    expect(
      await count(engine, { ...SUM_POVERTY, sql: SUM_POVERTY.sql.replace('poverty', 'user_mine') }),
    ).toBe(420);
    expect(engines[1]?.calls.load).toBe(3);
    await engine.terminate();
  });

  it('passes ordinary SQL errors through without restarting', async () => {
    const { engine, engines } = await setup();
    await expect(engine.query({ sql: 'SELECT * FROM no_such_table', params: [] })).rejects.toThrow(
      /no_such_table/,
    );
    expect(engines).toHaveLength(1);
    expect(engine.restarts()).toBe(0);
    await engine.terminate();
  });

  it('reports a restart that fails and tries again on a later call', async () => {
    const first = await createMortalEngine();
    let attempts = 0;
    const failures: string[] = [];
    const engine = createRestartingEngine(
      first,
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('wasm could not be compiled');
        return createMortalEngine();
      },
      { retryAfterMs: 0, hooks: { restartFailed: (m) => failures.push(m) } },
    );
    await engine.loadTable(VACCINATION, bytesOf(VACCINATION_CSV));
    const rows = await count(engine);
    first.die();
    await expect(count(engine)).rejects.toThrow(
      'the database could not be restarted (wasm could not be compiled)',
    );
    expect(failures).toHaveLength(1);
    expect(await count(engine)).toBe(rows);
    expect(engine.restarts()).toBe(1);
    await engine.terminate();
  });

  it('does not blame a load that never reached a database (its restart failed)', async () => {
    const first = await createMortalEngine();
    let attempts = 0;
    const engine = createRestartingEngine(
      first,
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('the DuckDB worker failed (no memory)');
        return createMortalEngine();
      },
      { retryAfterMs: 0 },
    );
    await engine.loadTable(VACCINATION, bytesOf(VACCINATION_CSV));
    first.crash('the DuckDB worker failed (out of memory)');
    const csv = bytesOf(VACCINATION_CSV);
    await expect(engine.loadTable(VACCINATION, csv)).rejects.toThrow(
      'the database could not be restarted (the DuckDB worker failed (no memory))',
    );
    // The same bytes load on the next database: they were not taken for a killer.
    expect(await engine.loadTable(VACCINATION, csv)).toBeGreaterThan(0);
    expect(engine.restarts()).toBe(1);
    await engine.terminate();
  });

  it('tells a dead database from a wrong statement', () => {
    expect(isEngineFailure(new Error('worker terminated'))).toBe(true);
    expect(isEngineFailure(new Error('RuntimeError: memory access out of bounds'))).toBe(true);
    expect(isEngineFailure(new Error('Catalog Error: Table with name x does not exist!'))).toBe(
      false,
    );
    expect(isEngineFailure(new Error('Binder Error: column "unreachable_x" not found'))).toBe(
      false,
    );
    // A statement's error quotes the statement: a table called "unreachable" proves nothing.
    expect(
      isEngineFailure(new Error('Catalog Error: Table with name unreachable does not exist!')),
    ).toBe(false);
    expect(
      isEngineFailure(
        new Error('FATAL Error: Failed: database has been invalidated because of a previous error'),
      ),
    ).toBe(true);
  });

  it('takes a decoder failure for a file error, whatever its words', () => {
    const trap = new Error('unreachable');
    trap.name = 'RuntimeError';
    expect(
      isEngineFailure(
        new DatasetFileError('vaccination.parquet', 'not a readable Parquet file (unreachable)', {
          cause: trap,
        }),
      ),
    ).toBe(false);
    // What DuckDB itself answered decides, even wrapped in a message naming the file.
    expect(
      isEngineFailure(
        new Error('vaccination.parquet: DuckDB could not take the Parquet data', {
          cause: new Error('Error: worker terminated'),
        }),
      ),
    ).toBe(true);
  });

  it('does not run again a load its database died under, nor restart for the same bytes again', async () => {
    const { engine, engines, events } = await setup();
    const rows = await count(engine);
    const killer = bytesOf(`${VACCINATION_CSV.trimEnd()}\n99,2024-01-28,10,1,1,1\n`);
    const dying = engines[0] as MortalEngine;
    const load = engine.loadTable(VACCINATION, killer);
    dying.crash('the DuckDB worker failed (out of memory)');
    await expect(load).rejects.toThrow(
      'vaccination.csv: loading it stopped the database (the DuckDB worker failed (out of memory)); it is not loaded again until the file changes',
    );
    // The new database has the last good vaccination table and poverty, not the killer's bytes.
    expect(await count(engine)).toBe(rows);
    expect(engines).toHaveLength(2);
    expect(engines[1]?.calls.load).toBe(2);
    // The same bytes again (a retry): refused at once, no database touched, no restart.
    for (let retry = 0; retry < 3; retry++) {
      await expect(engine.loadTable(VACCINATION, killer.slice())).rejects.toThrow(
        'loading it stopped the database',
      );
    }
    expect(engines[1]?.calls.load).toBe(2);
    expect(engine.restarts()).toBe(1);
    expect(events).toEqual([
      'restarting: the DuckDB worker failed (out of memory)',
      'restarted with 2 tables',
    ]);
    // A changed file gets its chance.
    await engine.loadTable(VACCINATION, bytesOf(VACCINATION_CSV));
    expect(await count(engine)).toBe(rows);
    await engine.terminate();
  });
});
