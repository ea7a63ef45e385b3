import { readFileSync } from 'node:fs';
import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { DataCoordinator } from './coordinator';
import { createEngine, type DataEngine } from './engine';
import { createFreshParquetDecoder, freshParquetWasm } from '../testing/fresh-parquet';
import { TEST_BACKENDS } from '../testing/engines';
import { findTrappingFile } from '../testing/parquet-fuzz';
import { parquetOf } from '../testing/parquet-fixtures';
import type { EngineBackend } from './engine';

const BASE = 'http://war-room.test/app/data/';
const PUBLIC_DATA = new URL('../../../public/data/', import.meta.url);
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, PUBLIC_DATA)));
const MANIFEST = JSON.parse(readFileSync(new URL('manifest.json', PUBLIC_DATA), 'utf8')) as {
  datasets: { id: string; file: string; deferred?: boolean }[];
};
const STARTED = MANIFEST.datasets.filter((def) => def.deferred !== true);

/** Serves the shipped demo data, with `replaced` files swapped in; counts requests per file. */
function servedData(replaced: Record<string, Uint8Array>, requests: Map<string, number>) {
  return (input: RequestInfo | URL): Promise<Response> => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    const name = url.slice(BASE.length);
    requests.set(name, (requests.get(name) ?? 0) + 1);
    return Promise.resolve(new Response(new Uint8Array(replaced[name] ?? read(name))));
  };
}

/** The coordinator on real DuckDB with a real parquet-wasm, counting database restarts. */
async function openWith(
  backend: () => Promise<EngineBackend>,
  replaced: Record<string, Uint8Array>,
) {
  const decoder = createFreshParquetDecoder();
  const restarts: string[] = [];
  const requests = new Map<string, number>();
  const engines: DataEngine[] = [];
  const coordinator = await DataCoordinator.open(`${BASE}manifest.json`, {
    fetch: servedData(replaced, requests),
    createEngine: async () => {
      const engine = createEngine(await backend(), decoder.decode);
      engines.push(engine);
      return engine;
    },
    restart: { retryAfterMs: 0, hooks: { restarting: (reason) => restarts.push(reason) } },
  });
  return { coordinator, decoder, restarts, requests, engines };
}

// Found once: the fuzzer is deterministic, so every engine gets the very same damaged file.
const good = read('vaccination.parquet');
const trapping = await findTrappingFile(good, freshParquetWasm, 7);

/** 6 million empty values (more than the default limit): a few KB of run-length encoding. */
const expansionBomb = parquetOf(
  new arrow.Table({
    nothing: arrow.makeVector(arrow.makeData({ type: new arrow.Null(), length: 6_000_000 })),
  }),
  6_000_000,
);

describe('findTrappingFile', () => {
  it('damages a valid Parquet file until the decoder traps', () => {
    expect(trapping.trap).toBe('RuntimeError: unreachable');
    expect(trapping.bytes).not.toEqual(good);
  });
});

describe.each(TEST_BACKENDS)('one bad Parquet file on %s', (_name, backend) => {
  it('fails that dataset alone, named by its file, and never restarts the database', async () => {
    const { coordinator, restarts, engines } = await openWith(backend, {
      'vaccination.parquet': trapping.bytes,
    });
    await coordinator.start();
    const states = Object.fromEntries(coordinator.statuses().map((s) => [s.id, s.state]));
    expect(states).toEqual(
      Object.fromEntries(
        STARTED.map((def) => [def.id, def.id === 'vaccination' ? 'error' : 'ready']),
      ),
    );
    const failed = coordinator.statuses().find((s) => s.id === 'vaccination');
    expect(failed?.message).toBe('vaccination.parquet: not a readable Parquet file (unreachable)');
    expect(restarts).toEqual([]);
    expect(engines).toHaveLength(1);
    // A query on the missing table says which file is missing, not DuckDB's Catalog Error.
    await expect(
      coordinator.query({ sql: 'SELECT count(*) FROM vaccination', params: [] }),
    ).rejects.toThrow(
      'dataset vaccination has no data yet: vaccination.parquet did not load (vaccination.parquet: not a readable Parquet file (unreachable))',
    );
    await coordinator.close();
  });

  it('refuses an expansion bomb in its place with a message, before decoding it', async () => {
    const { coordinator, decoder, restarts } = await openWith(backend, {
      'vaccination.parquet': expansionBomb,
    });
    await coordinator.start();
    expect(coordinator.statuses().find((s) => s.id === 'vaccination')?.message).toBe(
      'vaccination.parquet: declares 6000000 rows, more than 5000000 allowed by the default limit; it was not decoded. Check the file, or set its rows in the manifest',
    );
    expect(
      coordinator
        .statuses()
        .filter((s) => s.state !== 'ready')
        .map((s) => s.id),
    ).toEqual(['vaccination']);
    // Only the first instance: nothing trapped, and the bomb never reached parquet-wasm.
    expect(decoder.instances()).toBe(1);
    expect(restarts).toEqual([]);
    await coordinator.close();
  });

  it('retries the unchanged bad file without decoding it again or restarting anything', async () => {
    const { coordinator, decoder, restarts, requests } = await openWith(backend, {
      'vaccination.parquet': trapping.bytes,
    });
    await coordinator.start();
    for (let retry = 0; retry < 5; retry++) await coordinator.reload('vaccination');
    expect(requests.get('vaccination.parquet')).toBe(6);
    expect(coordinator.statuses().find((s) => s.id === 'vaccination')?.message).toBe(
      'vaccination.parquet: not a readable Parquet file (unreachable)',
    );
    // Refused from memory: no new parquet-wasm instance was needed after the first trap's.
    expect(decoder.instances()).toBeLessThanOrEqual(2);
    expect(restarts).toEqual([]);
    await coordinator.close();
  });
});
