/**
 * Auto-refresh end to end on native DuckDB: the real coordinator and loop over served files,
 * with the loop's clock driven by hand and each kind of broken server response injected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import type { DataEngine } from '../engine/engine';
import { TEST_ENGINES } from '../testing/engines';
import { datasetJson, VACCINATION_CSV } from '../testing/fixtures';
import { parquetOf, roadSafetyArrow } from '../testing/parquet-fixtures';
import {
  FakeFileServer,
  startRefreshHarness,
  TEST_BASE,
  TEST_TIMINGS as TIMINGS,
  type RefreshHarness,
} from './testing/refresh-harness';

const STALL_MS = 40;
const NEWER_CSV = `${VACCINATION_CSV}10,2024-01-28,1000,900,800,300\n`;
const ROAD = parquetOf(roadSafetyArrow(30));

const vaccination = (change: Record<string, unknown> = {}) => ({
  ...datasetJson('vaccination', 'csv'),
  ...change,
});

/** The manifest: vaccination as given, road safety, and complaints, never requested (deferred). */
function serveManifest(server: FakeFileServer, vaccinationEntry = vaccination()): void {
  server.manifest([
    vaccinationEntry,
    datasetJson('road_safety', 'parquet'),
    // Never requested: its entry is re-read on every poll but never loaded.
    { ...datasetJson('complaints', 'csv'), deferred: true },
  ]);
}

let harness: RefreshHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function setUp(createEngine?: () => Promise<DataEngine>) {
  const server = new FakeFileServer();
  serveManifest(server);
  server.put('vaccination.csv', VACCINATION_CSV);
  server.put('road_safety.parquet', ROAD);
  harness = await startRefreshHarness(server, {
    stallMs: STALL_MS,
    ...(createEngine ? { createEngine } : {}),
  });
  const { coordinator } = harness;
  const figures = async () =>
    tableRows(
      await coordinator.query({
        sql: 'SELECT CAST(max(week_end) AS VARCHAR) AS newest, CAST(sum(dose2) AS INTEGER) AS dose2 FROM vaccination',
        params: [],
      }),
    )[0];
  return { server, ...harness, figures };
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

      serveManifest(server, vaccination({ asOf: '2024-01-28', version: 'v2' }));
      server.put('vaccination.csv', NEWER_CSV);
      await poll();
      expect(await figures()).toEqual({ newest: '2024-01-28', dose2: 3800 });
      expect(status('vaccination')).toMatchObject({ state: 'ready', loadedAt: timers.now });
      expect(status('road_safety')?.loadedAt).toBe(started);
      expect(coordinator.registry.get('vaccination').asOf).toBe('2024-01-28');
    },
  );

  const faults: [string, (server: FakeFileServer) => void, RegExp][] = [
    [
      'HTTP 500',
      (s) => {
        s.put('vaccination.csv', 'oops', { status: 500 });
      },
      /HTTP 500/,
    ],
    [
      'HTTP 404',
      (s) => {
        s.remove('vaccination.csv');
      },
      /HTTP 404/,
    ],
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
        serveManifest(s, vaccination({ asOf: '2024-01-28', rows: 8 }));
        s.put('vaccination.csv', NEWER_CSV.split('\n').slice(0, 4).join('\n'));
      },
      /has 3 rows but the manifest says 8/,
    ],
    [
      'a stalled response',
      (s) => {
        s.stall('vaccination.csv');
      },
      /the server sent nothing for 0\.04 s/,
    ],
  ];

  it.each(faults)(
    '%s keeps the last good data, marks it stale, retries and recovers',
    async (_, inject, why) => {
      const { server, timers, coordinator, poll, retry, figures, status } = await setUp();
      const goodAt = timers.now;
      serveManifest(server, vaccination({ asOf: '2024-01-28', version: 'v2' }));
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

      serveManifest(server, vaccination({ asOf: '2024-01-28', version: 'v2', rows: 8 }));
      server.put('vaccination.csv', NEWER_CSV);
      expect(await retry('vaccination')).toMatchObject({ state: 'ready', loadedAt: timers.now });
      expect(await figures()).toEqual({ newest: '2024-01-28', dose2: 3800 });
      expect(timers.delays()).toHaveLength(1); // only the next poll
    },
  );

  it('keeps a Parquet table when the new file is cut short', async () => {
    const { server, poll, status, coordinator } = await setUp();
    const table = 'SELECT CAST(count(*) AS INTEGER) AS n FROM road_safety';
    serveManifest(server, vaccination());
    const manifest = JSON.parse(await (await server.fetch(`${TEST_BASE}manifest.json`)).text()) as {
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
