import type { Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../data/import/__fixtures__/encodings';
import { testRegistry } from '../../../data/testing/fixtures';
import { importUserFile, removeLayer, type ToolsBackend } from './tools-actions';
import { createDataToolsStore } from './user-layers-store';

/** A promise resolved from outside. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * A coordinator whose loads and drops wait until the test lets them finish; it keeps the DuckDB
 * tables as a map from name to row count, as the real one would.
 */
function deferredBackend() {
  const tables = new Map<string, number>();
  const loads: { name: string; finish: () => void }[] = [];
  const drops: { name: string; finish: () => void }[] = [];
  const unused = () => Promise.reject(new Error('not used'));
  const backend: ToolsBackend = {
    registry: testRegistry(),
    statuses: () => [],
    query: unused,
    interruptibleQuery: unused,
    loadUserTable: (name: string, table: Table) => {
      const done = deferred<number>();
      loads.push({
        name,
        finish: () => {
          tables.set(name, table.numRows);
          done.resolve(table.numRows);
        },
      });
      return done.promise;
    },
    dropUserTable: (name: string) => {
      const done = deferred<undefined>();
      drops.push({
        name,
        finish: () => {
          tables.delete(name);
          done.resolve(undefined);
        },
      });
      return done.promise;
    },
  };
  return { backend, tables, loads, drops };
}

const csv = (rows: number) => {
  const bytes = utf8(
    `province_code,value\n${Array.from({ length: rows }, (_, i) => `10,${String(i)}`).join('\n')}\n`,
  );
  return {
    name: 'a.csv',
    size: bytes.byteLength,
    arrayBuffer: () => Promise.resolve(bytes.buffer as ArrayBuffer),
  };
};

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('removing a file layer while it loads, then importing a file of the same name', () => {
  it("the old load's clean-up drops only its own table; the new file's table stays", async () => {
    const tools = createDataToolsStore();
    const { backend, tables, loads, drops } = deferredBackend();
    const first = await importUserFile(tools, csv(1), backend);
    await settle();
    expect(loads.map((l) => l.name)).toEqual(['user_a']);
    void removeLayer(tools, first ?? '', backend);

    const second = await importUserFile(tools, csv(2), backend);
    await settle();
    const newLayer = tools.getState().layers.find((l) => l.id === second);
    expect(newLayer?.tableName).toBe('user_a_2');

    loads[1]?.finish();
    await settle();
    loads[0]?.finish();
    await settle();
    expect(drops.map((d) => d.name)).toEqual(['user_a']);
    drops[0]?.finish();
    await settle();

    expect([...tables]).toEqual([['user_a_2', 2]]);
    expect(tools.getState().layers.map((l) => [l.id, l.tableName, l.tableState])).toEqual([
      [second, 'user_a_2', 'ready'],
    ]);
    expect(tools.getState().busyTables).toEqual([]);
  });

  it('a layer removed before the engine is reached is never loaded', async () => {
    const tools = createDataToolsStore();
    const { backend, loads } = deferredBackend();
    const engine = deferred<ToolsBackend | null>();
    const id = await importUserFile(tools, csv(1), engine.promise);
    void removeLayer(tools, id ?? '', engine.promise);
    engine.resolve(backend);
    await settle();
    expect(loads).toEqual([]);
    expect(tools.getState().busyTables).toEqual([]);
  });

  it('a loaded table being dropped keeps its name until the drop settles', async () => {
    const tools = createDataToolsStore();
    const { backend, tables, loads, drops } = deferredBackend();
    const first = await importUserFile(tools, csv(1), backend);
    await settle();
    loads[0]?.finish();
    await settle();
    void removeLayer(tools, first ?? '', backend);
    await settle();
    const second = await importUserFile(tools, csv(3), backend);
    await settle();
    loads[1]?.finish();
    await settle();
    drops[0]?.finish();
    await settle();
    expect(tools.getState().layers.find((l) => l.id === second)?.tableName).toBe('user_a_2');
    expect([...tables]).toEqual([['user_a_2', 3]]);
    const third = await importUserFile(tools, csv(1), backend);
    expect(tools.getState().layers.find((l) => l.id === third)?.tableName).toBe('user_a');
  });
});
