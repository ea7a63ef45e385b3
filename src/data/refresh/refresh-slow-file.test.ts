/**
 * A data file that trickles in (a byte every 3 s, never ending) during auto-refresh, on native
 * DuckDB: the other dataset's update applies at once, the next poll comes on time and does not
 * fetch the file again, and the overall deadline ends the download with a message naming the
 * file. The loop, the stall timer and the deadline all run on one hand-driven clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { DataCoordinator, type DatasetStatus } from '../engine/coordinator';
import { FakeTimers } from '../testing/refresh-fake-timers';
import { RefreshLoop, type RefreshTimings } from './refresh';
import { createNativeEngine } from '../testing/engines';
import { datasetJson, VACCINATION_CSV } from '../testing/fixtures';
import { parquetOf, roadSafetyArrow } from '../testing/parquet-fixtures';

const BASE = 'http://war-room.test/data/';
/** Polls at 50, 100 and 150 s: never at the same moment as the deadline (170 s). */
const TIMINGS: RefreshTimings = { intervalMs: 50_000, retryBaseMs: 1_000, retryMaxMs: 8_000 };
const DRIP_MS = 3_000;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A real macrotask: lets every promise chain waiting on a fired timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function manifest(vaccinationVersion: string, roadVersion: string): string {
  return JSON.stringify({
    version: 1,
    generatedAt: '2024-01-29T00:00:00Z',
    datasets: [
      { ...datasetJson('vaccination', 'csv'), version: vaccinationVersion },
      { ...datasetJson('road_safety', 'parquet'), version: roadVersion },
    ],
    preview: { dataset: 'vaccination', file: 'preview.json' },
  });
}

describe('a file trickling in during auto-refresh', () => {
  it('holds back nothing else, is fetched once, and ends at its deadline', async () => {
    const timers = new FakeTimers(Date.UTC(2024, 0, 29));
    const files = new Map<string, Uint8Array | 'trickle'>();
    const requests: string[] = [];
    const put = (name: string, body: string | Uint8Array) =>
      files.set(name, typeof body === 'string' && body !== 'trickle' ? bytes(body) : body);
    const fetchFn: typeof fetch = (input, init) => {
      const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
      const name = url.slice(BASE.length);
      requests.push(name);
      const body = files.get(name);
      if (body === undefined) return Promise.resolve(new Response('missing', { status: 404 }));
      if (body !== 'trickle') return Promise.resolve(new Response(new Uint8Array(body)));
      return Promise.resolve(new Response(trickle(timers, init?.signal)));
    };
    put('manifest.json', manifest('v1', 'v1'));
    put('vaccination.csv', VACCINATION_CSV);
    put('road_safety.parquet', parquetOf(roadSafetyArrow(30)));
    const coordinator = await DataCoordinator.open(`${BASE}manifest.json`, {
      fetch: fetchFn,
      createEngine: createNativeEngine,
      now: () => timers.now,
      fetchTimers: timers,
    });
    const loop = new RefreshLoop(coordinator, TIMINGS, {}, timers);
    close = async () => {
      loop.stop();
      await coordinator.close();
    };
    await coordinator.start();
    loop.start();
    const status = (id: string) => coordinator.statuses().find((s) => s.id === id);
    const next = (id: string, state: DatasetStatus['state']) =>
      new Promise<DatasetStatus>((resolve) => {
        const stop = coordinator.onStatus((s) => {
          if (s.id !== id || s.state !== state) return;
          stop();
          resolve(s);
        });
      });
    const count = async (table: string) =>
      tableRows(
        await coordinator.query({
          sql: `SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`,
          params: [],
        }),
      )[0]?.n;
    const goodAt = timers.now;
    requests.length = 0;

    // Both change; vaccination's new file trickles in, road_safety's arrives at once.
    put('manifest.json', manifest('v2', 'v2'));
    put('vaccination.csv', 'trickle');
    put('road_safety.parquet', parquetOf(roadSafetyArrow(31)));
    const roadReady = next('road_safety', 'ready');
    timers.advance(TIMINGS.intervalMs);
    const pollAt = timers.now;
    expect(await roadReady).toMatchObject({ loadedAt: pollAt });
    expect(await count('road_safety')).toBe(31);
    expect(status('vaccination')).toMatchObject({ state: 'ready', loadedAt: goodAt });

    // The next polls come on time while the file still trickles, and do not fetch it again.
    put('manifest.json', manifest('v3', 'v2'));
    const stale = next('vaccination', 'stale');
    let polls = 0;
    while (status('vaccination')?.state === 'ready' && timers.now - pollAt < 10 * 60_000) {
      timers.advance(DRIP_MS);
      await settle();
      polls = requests.filter((name) => name === 'manifest.json').length;
    }
    expect(polls).toBe(3);
    expect(requests.filter((name) => name === 'vaccination.csv')).toEqual(['vaccination.csv']);

    // The 2-minute deadline ends it although a byte came every 3 s; the last good data stays.
    expect(await stale).toMatchObject({ loadedAt: goodAt, failedAt: pollAt + 120_000 });
    expect(status('vaccination')?.message).toBe(
      `vaccination.csv: arrived too slowly: 0.0 KB in 120 s; gave up on ${BASE}vaccination.csv`,
    );
    expect(await count('vaccination')).toBe(VACCINATION_CSV.trim().split('\n').length - 1);
  });
});

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A body that sends one byte every {@link DRIP_MS} on `timers` until the request is aborted. */
function trickle(timers: FakeTimers, signal: AbortSignal | null | undefined) {
  return new ReadableStream<Uint8Array>({
    start: (controller) => {
      let handle: unknown;
      const drip = () => {
        controller.enqueue(bytes('1'));
        handle = timers.setTimeout(drip, DRIP_MS);
      };
      handle = timers.setTimeout(drip, DRIP_MS);
      signal?.addEventListener('abort', () => {
        timers.clearTimeout(handle);
        controller.error(signal.reason);
      });
    },
  });
}
