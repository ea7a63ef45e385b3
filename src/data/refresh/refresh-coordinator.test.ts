/**
 * Auto-refresh end to end on native DuckDB: the real coordinator and loop over served files,
 * with the loop's clock driven by hand and each kind of broken server response injected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { DataCoordinator, type DatasetStatus } from '../engine/coordinator';
import { FakeTimers } from '../testing/refresh-fake-timers';
import { RefreshLoop, type RefreshTimings } from './refresh';
import type { DataEngine } from '../engine/engine';
import { createNativeEngine, TEST_ENGINES } from '../testing/engines';
import { datasetJson, VACCINATION_CSV } from '../testing/fixtures';
import { parquetOf, roadSafetyArrow } from '../testing/parquet-fixtures';

const BASE = 'http://war-room.test/data/';
const TIMINGS: RefreshTimings = { intervalMs: 60_000, retryBaseMs: 1_000, retryMaxMs: 8_000 };
const STALL_MS = 40;
const NEWER_CSV = `${VACCINATION_CSV}10,2024-01-28,1000,900,800,300\n`;
const ROAD = parquetOf(roadSafetyArrow(30));

type Serve = Response | 'stall';

/** A server whose files the test swaps; 'stall' sends headers and then nothing. */
class Server {
  files = new Map<string, () => Serve>();
  readonly fetch: typeof fetch = (input) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    const serve = this.files.get(url);
    const response = serve ? serve() : new Response('missing', { status: 404 });
    if (response !== 'stall') return Promise.resolve(response);
    // The body never ends, like a server that hangs mid-file.
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(new Uint8Array([1, 2, 3]));
      },
    });
    return Promise.resolve(new Response(body));
  };

  put(name: string, body: string | Uint8Array, init?: ResponseInit): void {
    const bytes = typeof body === 'string' ? body : new Uint8Array(body);
    this.files.set(`${BASE}${name}`, () => new Response(bytes, init));
  }

  manifest(vaccination: Record<string, unknown>): void {
    this.put(
      'manifest.json',
      JSON.stringify({
        version: 1,
        generatedAt: '2024-01-29T00:00:00Z',
        datasets: [
          vaccination,
          datasetJson('road_safety', 'parquet'),
          // Never requested: its entry is re-read on every poll but never loaded.
          { ...datasetJson('complaints', 'csv'), deferred: true },
        ],
        preview: { dataset: 'vaccination', file: 'preview.json' },
      }),
    );
  }
}

const vaccination = (change: Record<string, unknown> = {}) => ({
  ...datasetJson('vaccination', 'csv'),
  ...change,
});

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setUp(createEngine: () => Promise<DataEngine> = createNativeEngine) {
  const server = new Server();
  server.manifest(vaccination());
  server.put('vaccination.csv', VACCINATION_CSV);
  server.put('road_safety.parquet', ROAD);
  const timers = new FakeTimers(Date.UTC(2024, 0, 29));
  const coordinator = await DataCoordinator.open(`${BASE}manifest.json`, {
    fetch: server.fetch,
    createEngine,
    stallMs: STALL_MS,
    now: () => timers.now,
  });
  let polled: () => void = () => undefined;
  const loop = new RefreshLoop(
    coordinator,
    TIMINGS,
    {
      reloadsEnded: () => {
        polled();
      },
    },
    timers,
  );
  close = async () => {
    loop.stop();
    await coordinator.close();
  };
  await coordinator.start();
  loop.start();
  /** Runs one manifest poll and waits until it and its reloads are done. */
  const poll = async () => {
    const done = new Promise<void>((resolve) => {
      polled = resolve;
    });
    timers.advance(TIMINGS.intervalMs);
    await done;
  };
  /** Fires the next timer (a retry) and waits for the status it leads to. */
  const retry = async (id: string) => {
    const next = new Promise<DatasetStatus>((resolve) => {
      const stop = coordinator.onStatus((status) => {
        if (status.id !== id) return;
        stop();
        resolve(status);
      });
    });
    timers.advance(timers.delays()[0] ?? 0);
    return next;
  };
  const figures = async () =>
    tableRows(
      await coordinator.query({
        sql: 'SELECT CAST(max(week_end) AS VARCHAR) AS newest, CAST(sum(dose2) AS INTEGER) AS dose2 FROM vaccination',
        params: [],
      }),
    )[0];
  const status = (id: string) => coordinator.statuses().find((s) => s.id === id);
  return { server, timers, coordinator, poll, retry, figures, status };
}

describe('auto-refresh over the coordinator', () => {
  // duckdb-wasm too: its backend keeps prepared statements, which must not outlive the swap.
  it.each(TEST_ENGINES)(
    '%s: swaps in a changed dataset, leaves unchanged ones alone',
    async (_, engine) => {
      const { server, timers, coordinator, poll, figures, status } = await setUp(engine);
      const started = timers.now;
      expect(await figures()).toEqual({ newest: '2024-01-21', dose2: 3000 });
      const entries = coordinator.registry.list();
      await poll(); // nothing changed: nothing reloaded, the same entry objects
      expect(status('vaccination')?.loadedAt).toBe(started);
      expect(coordinator.registry.list().every((def, i) => def === entries[i])).toBe(true);
      expect(status('complaints')).toBeUndefined();

      server.manifest(vaccination({ asOf: '2024-01-28', version: 'v2' }));
      server.put('vaccination.csv', NEWER_CSV);
      await poll();
      expect(await figures()).toEqual({ newest: '2024-01-28', dose2: 3800 });
      expect(status('vaccination')).toMatchObject({ state: 'ready', loadedAt: timers.now });
      expect(status('road_safety')?.loadedAt).toBe(started);
      expect(coordinator.registry.get('vaccination').asOf).toBe('2024-01-28');
    },
  );

  const faults: [string, (server: Server) => void, RegExp][] = [
    [
      'HTTP 500',
      (s) => {
        s.put('vaccination.csv', 'oops', { status: 500 });
      },
      /HTTP 500/,
    ],
    ['HTTP 404', (s) => s.files.delete(`${BASE}vaccination.csv`), /HTTP 404/],
    [
      'a web page served with 200',
      (s) => {
        s.put('vaccination.csv', '<!doctype html><html><body>app</body></html>', {
          headers: { 'content-type': 'text/html' },
        });
      },
      /a web page instead of the file/,
    ],
    [
      'an empty file',
      (s) => {
        s.put('vaccination.csv', '');
      },
      /an empty file/,
    ],
    [
      'a header-only file',
      (s) => {
        s.put('vaccination.csv', VACCINATION_CSV.split('\n')[0] ?? '');
      },
      /has no rows/,
    ],
    [
      'a file cut short (rows in the manifest)',
      (s) => {
        s.manifest(vaccination({ asOf: '2024-01-28', rows: 8 }));
        s.put('vaccination.csv', NEWER_CSV.split('\n').slice(0, 4).join('\n'));
      },
      /has 3 rows but the manifest says 8/,
    ],
    [
      'a stalled response',
      (s) => s.files.set(`${BASE}vaccination.csv`, () => 'stall'),
      /the server sent nothing for 0\.04 s/,
    ],
  ];

  it.each(faults)(
    '%s keeps the last good data, marks it stale, retries and recovers',
    async (_, inject, why) => {
      const { server, timers, coordinator, poll, retry, figures, status } = await setUp();
      const goodAt = timers.now;
      server.manifest(vaccination({ asOf: '2024-01-28', version: 'v2' }));
      inject(server);
      await poll();
      const stale = status('vaccination');
      expect(stale).toMatchObject({ state: 'stale', loadedAt: goodAt, failedAt: timers.now });
      expect(stale?.message).toMatch(/^vaccination\.csv: /);
      expect(stale?.message).toMatch(why);
      expect(await figures()).toEqual({ newest: '2024-01-21', dose2: 3000 });
      expect(coordinator.registry.get('vaccination').asOf).toBe('2024-01-21');
      await expect(coordinator.whenReady('vaccination')).resolves.toBeUndefined();

      expect(timers.delays()[0]).toBe(TIMINGS.retryBaseMs);
      expect((await retry('vaccination')).state).toBe('stale');
      expect(timers.delays()[0]).toBe(2 * TIMINGS.retryBaseMs);

      server.manifest(vaccination({ asOf: '2024-01-28', version: 'v2', rows: 8 }));
      server.put('vaccination.csv', NEWER_CSV);
      expect(await retry('vaccination')).toMatchObject({ state: 'ready', loadedAt: timers.now });
      expect(await figures()).toEqual({ newest: '2024-01-28', dose2: 3800 });
      expect(timers.delays()).toHaveLength(1); // only the next poll
    },
  );

  it('keeps a Parquet table when the new file is cut short', async () => {
    const { server, poll, status, coordinator } = await setUp();
    const table = 'SELECT CAST(count(*) AS INTEGER) AS n FROM road_safety';
    server.manifest(vaccination());
    const manifest = JSON.parse(await (await server.fetch(`${BASE}manifest.json`)).text()) as {
      datasets: Record<string, unknown>[];
    };
    (manifest.datasets[1] as Record<string, unknown>).version = 'v2';
    server.put('manifest.json', JSON.stringify(manifest));
    server.put('road_safety.parquet', ROAD.slice(0, Math.floor(ROAD.length / 2)));
    await poll();
    expect(status('road_safety')?.state).toBe('stale');
    expect(status('road_safety')?.message).toMatch(/^road_safety\.parquet: not a readable Parquet/);
    expect(tableRows(await coordinator.query({ sql: table, params: [] }))[0]?.n).toBe(30);
  });

  it('keeps everything as it is when the manifest cannot be read', async () => {
    const { server, poll, figures, status } = await setUp();
    server.put('manifest.json', '<html>maintenance</html>', { status: 200 });
    await poll();
    server.put('manifest.json', '{"version": 1,');
    await poll();
    expect(status('vaccination')?.state).toBe('ready');
    expect(await figures()).toEqual({ newest: '2024-01-21', dose2: 3000 });
  });
});
