import { readFileSync } from 'node:fs';
import type { Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableRows } from '../../data/formats/arrow-rows';
import { DataCoordinator } from '../../data/engine/coordinator';
import { vaccinationByProvince } from '../../data/queries';
import { createWasmNodeEngine } from '../../data/testing/engines';
import { QueryRunner, type ViewQuery } from './query-runner';
import { createStore } from '../app/store';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';

interface TestState {
  readonly weekEnd: string;
  readonly unrelated: number;
}

let coordinator: DataCoordinator | undefined;

/**
 * One database for the file, holding the demo vaccination file alone: every test only reads it
 * (through a runner of its own), so opening DuckDB-WASM and loading every dataset once per test
 * cost most of the file's time and proved nothing more.
 */
beforeAll(async () => {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
    datasets: { id: string }[];
  };
  const vaccinationOnly = {
    ...manifest,
    datasets: manifest.datasets.filter((d) => d.id === 'vaccination'),
  };
  coordinator = await DataCoordinator.open(`${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch({
      'manifest.json': new TextEncoder().encode(JSON.stringify(vaccinationOnly)),
    }),
    createEngine: createWasmNodeEngine,
  });
  await coordinator.start();
});

afterAll(async () => {
  await coordinator?.close();
  coordinator = undefined;
});

function loadedCoordinator(): Promise<DataCoordinator> {
  if (!coordinator) throw new Error('the coordinator did not open');
  return Promise.resolve(coordinator);
}

const coverageAtWeek: ViewQuery<TestState> = {
  key: 'coverage',
  datasets: ['vaccination'],
  inputs: (s) => [s.weekEnd],
  build: (registry, s) => vaccinationByProvince(registry, { weekEnd: s.weekEnd }),
};

function collect() {
  const results: { key: string; table: Table }[] = [];
  const failures: string[] = [];
  const busy: boolean[] = [];
  return {
    results,
    failures,
    busy,
    sink: {
      busy: (running: boolean) => busy.push(running),
      result: (key: string, table: Table) => results.push({ key, table }),
      failure: (_key: string, message: string) => failures.push(message),
    },
  };
}

function weekOf(table: Table | undefined): string {
  const first = table ? tableRows(table)[0] : undefined;
  return new Date(Number(first?.week_end)).toISOString().slice(0, 10);
}

describe('QueryRunner', () => {
  it('runs a query once its dataset is loaded, and again only when an input changes', async () => {
    const source = await loadedCoordinator();
    const store = createStore<TestState>({ weekEnd: '2021-06-30', unrelated: 0 });
    const { results, sink, busy } = collect();
    const runner = new QueryRunner(store, source, [coverageAtWeek], sink);
    const stop = runner.start();
    await runner.idle();
    expect(results).toHaveLength(0);

    runner.datasetLoaded('vaccination');
    await runner.idle();
    expect(busy).toEqual([true, false]);
    expect(results).toHaveLength(1);
    expect(results[0]?.table.numRows).toBe(77);
    expect(weekOf(results[0]?.table)).toBe('2021-06-27');

    store.update((s) => ({ ...s, unrelated: 1 }));
    await runner.idle();
    expect(results).toHaveLength(1);

    store.update((s) => ({ ...s, weekEnd: '2021-11-28' }));
    await runner.idle();
    expect(results).toHaveLength(2);
    expect(weekOf(results[1]?.table)).toBe('2021-11-28');

    runner.datasetLoaded('vaccination');
    await runner.idle();
    expect(results).toHaveLength(3);
    stop();
  });

  it('delivers only the newest run when inputs change faster than queries finish', async () => {
    const source = await loadedCoordinator();
    const store = createStore<TestState>({ weekEnd: '2021-04-04', unrelated: 0 });
    const { results, sink } = collect();
    const runner = new QueryRunner(store, source, [coverageAtWeek], sink);
    runner.start();
    runner.datasetLoaded('vaccination');
    for (const weekEnd of ['2021-05-02', '2021-07-04', '2021-09-05']) {
      store.update((s) => ({ ...s, weekEnd }));
    }
    await runner.idle();
    expect(results.map((r) => weekOf(r.table))).toEqual(['2021-09-05']);
  });

  it('reports a query that cannot be built or run', async () => {
    const source = await loadedCoordinator();
    const store = createStore<TestState>({ weekEnd: 'yesterday', unrelated: 0 });
    const { failures, results, sink } = collect();
    const runner = new QueryRunner(store, source, [coverageAtWeek], sink);
    runner.start();
    runner.datasetLoaded('vaccination');
    await runner.idle();
    expect(results).toEqual([]);
    expect(failures).toEqual(['weekEnd "yesterday" is not an ISO date YYYY-MM-DD']);
  });

  it('hands the results of one change over together, once', async () => {
    const source = await loadedCoordinator();
    const store = createStore<TestState>({ weekEnd: '2021-04-04', unrelated: 0 });
    const batches: string[][] = [];
    const { sink } = collect();
    const lastWeek: ViewQuery<TestState> = {
      ...coverageAtWeek,
      key: 'coverage.lastWeek',
      inputs: (s) => [s.weekEnd, s.unrelated],
      // `unrelated` moves this query's week, so its SQL parameters change and it runs again.
      build: (registry, s) =>
        vaccinationByProvince(registry, { weekEnd: s.unrelated ? '2021-04-11' : s.weekEnd }),
    };
    const runner = new QueryRunner(store, source, [coverageAtWeek, lastWeek], {
      ...sink,
      results: (entries) => batches.push(entries.map((e) => e.key)),
    });
    runner.start();
    runner.datasetLoaded('vaccination');
    await runner.idle();
    store.update((s) => ({ ...s, unrelated: 1 }));
    await runner.idle();
    expect(batches).toEqual([['coverage', 'coverage.lastWeek'], ['coverage.lastWeek']]);
  });

  it('runs nothing when changed inputs build the same SQL and parameters', async () => {
    const source = await loadedCoordinator();
    const store = createStore<TestState>({ weekEnd: '2021-04-04', unrelated: 0 });
    const { results, sink } = collect();
    // The week is clamped into the data's period, as datasetDay does: a later week builds the same.
    const clamped: ViewQuery<TestState> = {
      ...coverageAtWeek,
      inputs: (s) => [s.weekEnd, s.unrelated],
      build: (registry, s) =>
        vaccinationByProvince(registry, {
          weekEnd: s.weekEnd > '2021-11-28' ? '2021-11-28' : s.weekEnd,
        }),
    };
    const runner = new QueryRunner(store, source, [clamped], sink);
    runner.start();
    runner.datasetLoaded('vaccination');
    store.update((s) => ({ ...s, weekEnd: '2025-06-01' }));
    await runner.idle();
    expect(results.map((r) => weekOf(r.table))).toEqual(['2021-11-28']);
    store.update((s) => ({ ...s, weekEnd: '2026-01-01', unrelated: 1 }));
    await runner.idle();
    expect(results).toHaveLength(1);
    store.update((s) => ({ ...s, weekEnd: '2021-04-04' }));
    await runner.idle();
    expect(results.map((r) => weekOf(r.table))).toEqual(['2021-11-28', '2021-04-04']);
    // Reloading the dataset runs the same SQL again: the data may have changed.
    runner.datasetLoaded('vaccination');
    await runner.idle();
    expect(results).toHaveLength(3);
  });

  it('asks the source for a dataset a due query needs, and runs once it is loaded', async () => {
    const source = await loadedCoordinator();
    const requested: string[] = [];
    const store = createStore<TestState>({ weekEnd: '2021-04-04', unrelated: 0 });
    const { results, sink } = collect();
    const runner = new QueryRunner(
      store,
      {
        registry: source.registry,
        query: (q) => source.query(q),
        request: (id) => requested.push(id),
      },
      [coverageAtWeek],
      sink,
    );
    runner.start();
    expect(requested).toEqual(['vaccination']);
    runner.datasetLoaded('vaccination');
    await runner.idle();
    expect(results).toHaveLength(1);
  });

  it('takes its queries from the state, so a query declared later (a new manifest) runs', async () => {
    const source = await loadedCoordinator();
    const store = createStore<TestState>({ weekEnd: '2021-06-30', unrelated: 0 });
    const { results, sink } = collect();
    const second: ViewQuery<TestState> = { ...coverageAtWeek, key: 'second' };
    // `unrelated` stands for the manifest's list: 1 declares a second query.
    const queries = (s: TestState) =>
      s.unrelated === 1 ? [coverageAtWeek, second] : [coverageAtWeek];
    const runner = new QueryRunner(store, source, queries, sink);
    const stop = runner.start();
    runner.datasetLoaded('vaccination');
    await runner.idle();
    expect(results.map((r) => r.key)).toEqual(['coverage']);

    store.update((s) => ({ ...s, unrelated: 1 }));
    await runner.idle();
    // Only the new query runs: the first one's inputs did not change.
    expect(results.map((r) => r.key)).toEqual(['coverage', 'second']);
    stop();
  });
});
