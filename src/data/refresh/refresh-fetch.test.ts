/**
 * Download limits of fetchFileBytes on a hand-driven clock: a file that keeps trickling in is
 * abandoned at the overall deadline although the stall timer never fires.
 */
import { describe, expect, it } from 'vitest';
import { FakeTimers } from '../testing/refresh-fake-timers';
import {
  DEFAULT_DEADLINE_MS,
  SMALL_FILE_DEADLINE_MS,
  deadlineFor,
  fetchFileBytes,
  fetchJson,
} from './refresh-fetch';

const URL_OF = new URL('http://war-room.test/data/vaccination.csv');

/** Lets the fetch's promise chain catch up with the clock (a real macrotask drains them all). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A server that sends one byte every `everyMs` on `timers` and never ends (until aborted);
 * `headers` go out with it. Records the abort reason it was given.
 */
function tricklingServer(timers: FakeTimers, everyMs: number, headers: HeadersInit = {}) {
  const seen = { aborted: undefined as unknown, requests: 0 };
  const fetchFn: typeof fetch = (_input, init) => {
    seen.requests++;
    let handle: unknown;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const drip = () => {
          controller.enqueue(new Uint8Array([65]));
          handle = timers.setTimeout(drip, everyMs);
        };
        handle = timers.setTimeout(drip, everyMs);
        init?.signal?.addEventListener('abort', () => {
          seen.aborted = init.signal?.reason;
          timers.clearTimeout(handle);
        });
      },
    });
    return Promise.resolve(new Response(body, { headers }));
  };
  return { fetchFn, seen };
}

/** Advances the clock in steps of `stepMs` until `promise` settles (or `maxMs` passed). */
async function runUntilSettled(timers: FakeTimers, promise: Promise<unknown>, stepMs: number) {
  const state = { done: false };
  promise.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  const start = timers.now;
  await settle();
  while (!state.done && timers.now - start < 10 * DEFAULT_DEADLINE_MS) {
    timers.advance(stepMs);
    await settle();
  }
  return timers.now - start;
}

describe('deadlineFor', () => {
  it('adds a second per 50 KB declared, up to ten times the base', () => {
    expect(deadlineFor(120_000, null)).toBe(120_000);
    expect(deadlineFor(120_000, 0)).toBe(120_000);
    expect(deadlineFor(120_000, 5_000_000)).toBe(220_000);
    expect(deadlineFor(120_000, 10_000_000_000)).toBe(1_200_000);
  });
});

describe('fetchFileBytes deadlines', () => {
  it('gives up on a file trickling a byte every 3 s at the 2-minute deadline', async () => {
    const timers = new FakeTimers();
    const { fetchFn, seen } = tricklingServer(timers, 3_000);
    const load = fetchFileBytes(fetchFn, URL_OF, 'vaccination.csv', { stallMs: 30_000, timers });
    const elapsed = await runUntilSettled(timers, load, 1_000);
    await expect(load).rejects.toThrow(
      'vaccination.csv: arrived too slowly: 0.0 KB in 120 s; gave up on http://war-room.test/data/vaccination.csv',
    );
    expect(elapsed).toBe(DEFAULT_DEADLINE_MS);
    // The request itself is aborted, with the same reason; no timer is left behind.
    expect(seen.aborted).toBeInstanceOf(Error);
    expect((seen.aborted as Error).message).toMatch(/arrived too slowly/);
    expect(timers.delays()).toEqual([]);
  });

  it('counts the bytes received and gives a declared size more time', async () => {
    const timers = new FakeTimers();
    // 2 MB declared: 40 s more than the 10 s base.
    const { fetchFn } = tricklingServer(timers, 100, { 'content-length': '2000000' });
    const load = fetchFileBytes(fetchFn, URL_OF, 'vaccination.csv', {
      stallMs: 5_000,
      deadlineMs: 10_000,
      timers,
    });
    const elapsed = await runUntilSettled(timers, load, 500);
    expect(elapsed).toBe(50_000);
    await expect(load).rejects.toThrow('vaccination.csv: arrived too slowly: 0.5 KB in 50 s;');
  });

  it('still gives up on a silent response at the stall timer, long before the deadline', async () => {
    const timers = new FakeTimers();
    const { fetchFn } = tricklingServer(timers, 1_000_000);
    const load = fetchFileBytes(fetchFn, URL_OF, 'vaccination.csv', { stallMs: 30_000, timers });
    expect(await runUntilSettled(timers, load, 1_000)).toBe(30_000);
    await expect(load).rejects.toThrow('vaccination.csv: the server sent nothing for 30 s;');
  });

  it('gives JSON files (manifest, preview) the short deadline at most', async () => {
    const timers = new FakeTimers();
    const { fetchFn } = tricklingServer(timers, 1_000);
    const url = new URL('http://war-room.test/data/manifest.json');
    const load = fetchJson(fetchFn, url, 'manifest.json', {
      stallMs: 30_000,
      deadlineMs: DEFAULT_DEADLINE_MS,
      timers,
    });
    expect(await runUntilSettled(timers, load, 1_000)).toBe(SMALL_FILE_DEADLINE_MS);
    await expect(load).rejects.toThrow('manifest.json: arrived too slowly: 0.0 KB in 30 s;');
  });

  it('returns a file that arrives in time and leaves no timer behind', async () => {
    const timers = new FakeTimers();
    const fetchFn: typeof fetch = () => Promise.resolve(new Response('a,b\n1,2\n'));
    const bytes = await fetchFileBytes(fetchFn, URL_OF, 'vaccination.csv', {
      stallMs: 30_000,
      timers,
    });
    expect(new TextDecoder().decode(bytes)).toBe('a,b\n1,2\n');
    expect(timers.delays()).toEqual([]);
  });
});
