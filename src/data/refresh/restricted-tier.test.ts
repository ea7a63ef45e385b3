/**
 * The restricted tier over the real coordinator and refresh loop (native DuckDB): a restricted
 * file the server refuses (401/403) marks its dataset `restricted`, reads no body, is never
 * retried, and leaves every other dataset loaded; once the server hands it over (signed in) and
 * its entry changes, it loads like any other. A refusal of an ordinary file stays a failure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DataCoordinator } from '../engine/coordinator';
import { createNativeEngine } from '../testing/engines';
import { datasetJson, VACCINATION_CSV } from '../testing/fixtures';
import { FakeTimers } from '../testing/refresh-fake-timers';
import { RefreshLoop, type RefreshTimings } from './refresh';
import { fetchFileBytes } from './refresh-fetch';
import { RestrictedFileError } from './restricted-file';

const BASE = 'http://war-room.test/data/';
const TIMINGS: RefreshTimings = { intervalMs: 60_000, retryBaseMs: 1_000, retryMaxMs: 8_000 };
const COMPLAINTS_CSV =
  'case_id,province_code,category,status,received,closed,security_sensitive\n' +
  '1,95,land,in_progress,2024-01-03,,true\n';

/** A server of named files; a refused one answers `status` with a body nobody may read. */
class Server {
  readonly requests: string[] = [];
  readonly bodiesRead: string[] = [];
  refused = new Map<string, number>();
  files = new Map<string, string>();
  readonly fetch: typeof fetch = (input) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    const name = url.slice(BASE.length);
    this.requests.push(name);
    const status = this.refused.get(name);
    const text = status === undefined ? this.files.get(name) : '<html>401</html>';
    if (text === undefined) return Promise.resolve(new Response('missing', { status: 404 }));
    const body = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          this.bodiesRead.push(name);
          controller.enqueue(new TextEncoder().encode(text));
          controller.close();
        },
        // Nothing is pulled before someone reads.
      },
      { highWaterMark: 0 },
    );
    return Promise.resolve(new Response(body, { status: status ?? 200 }));
  };

  manifest(complaints: Record<string, unknown>): void {
    this.files.set(
      'manifest.json',
      JSON.stringify({
        version: 1,
        generatedAt: '2024-01-29T00:00:00Z',
        datasets: [
          datasetJson('vaccination', 'csv'),
          { ...datasetJson('complaints', 'csv'), ...complaints },
        ],
        preview: { dataset: 'vaccination', file: 'preview.json' },
      }),
    );
  }
}

const RESTRICTED = { restricted: true, file: 'restricted/complaints.csv' };

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setUp(complaints: Record<string, unknown>, refusal: number) {
  const server = new Server();
  server.manifest(complaints);
  server.files.set('vaccination.csv', VACCINATION_CSV);
  server.files.set(String(complaints.file), COMPLAINTS_CSV);
  server.refused.set(String(complaints.file), refusal);
  const timers = new FakeTimers(Date.UTC(2024, 0, 29));
  const coordinator = await DataCoordinator.open(`${BASE}manifest.json`, {
    fetch: server.fetch,
    createEngine: createNativeEngine,
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
  const poll = async () => {
    const done = new Promise<void>((resolve) => {
      polled = resolve;
    });
    timers.advance(TIMINGS.intervalMs);
    await done;
  };
  const state = (id: string) => coordinator.statuses().find((s) => s.id === id)?.state;
  return { server, timers, coordinator, poll, state };
}

describe('the restricted tier', () => {
  it.each([401, 403])(
    'HTTP %i: restricted, no body read, never retried; loads once signed in and changed',
    async (refusal) => {
      const { server, timers, coordinator, poll, state } = await setUp(RESTRICTED, refusal);
      expect(state('vaccination')).toBe('ready');
      expect(coordinator.statuses().find((s) => s.id === 'complaints')).toMatchObject({
        state: 'restricted',
        message: `restricted/complaints.csv: restricted (HTTP ${refusal}); sign in with an account allowed to see it, or ask the administrator for access`,
      });
      expect(server.bodiesRead).not.toContain('restricted/complaints.csv');
      expect(timers.delays()).toEqual([TIMINGS.intervalMs]); // the poll alone: no retry
      await poll();
      await poll();
      const asked = server.requests.filter((name) => name === 'restricted/complaints.csv');
      expect(asked).toHaveLength(1);

      // Signed in (the server now hands it over) and a new version listed: it loads.
      server.refused.clear();
      server.manifest({ ...RESTRICTED, version: 'v2' });
      await poll();
      expect(state('complaints')).toBe('ready');
      expect(server.bodiesRead).toContain('restricted/complaints.csv');
    },
  );

  it('a refused file the manifest does not mark restricted is a failure, retried', async () => {
    const { timers, coordinator } = await setUp({ file: 'complaints.csv' }, 401);
    expect(coordinator.statuses().find((s) => s.id === 'complaints')?.state).toBe('error');
    expect(timers.delays()).toContain(TIMINGS.retryBaseMs);
  });

  it('fetchFileBytes throws RestrictedFileError on 401 and 403 only', async () => {
    const server = new Server();
    server.files.set('a.csv', 'x');
    server.refused.set('a.csv', 403);
    const url = new URL(`${BASE}a.csv`);
    await expect(
      fetchFileBytes(server.fetch, url, 'a.csv', { stallMs: 1000 }),
    ).rejects.toBeInstanceOf(RestrictedFileError);
    server.refused.set('a.csv', 500);
    await expect(fetchFileBytes(server.fetch, url, 'a.csv', { stallMs: 1000 })).rejects.toThrow(
      /^a.csv: HTTP 500/,
    );
    expect(server.bodiesRead).toEqual([]);
  });
});
