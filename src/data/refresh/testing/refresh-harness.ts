/**
 * Test-only: the set-up the refresh tests share (src/data/refresh/
 * refresh-coordinator.test.ts, restricted-tier.test.ts): a fake server of named files and the real coordinator and refresh
 * loop over it, the loop's clock driven by hand.
 */
import { DataCoordinator, type DatasetStatus } from '../../engine/coordinator';
import type { DataEngine } from '../../engine/engine';
import { createNativeEngine } from '../../testing/engines';
import { FakeTimers } from '../../testing/refresh-fake-timers';
import { RefreshLoop, type RefreshTimings } from '../refresh';

/** Where the fake server's files are. */
export const TEST_BASE = 'http://war-room.test/data/';

/** The loop's timings in these tests: a poll a minute, retries from 1 s to 8 s. */
export const TEST_TIMINGS: RefreshTimings = {
  intervalMs: 60_000,
  retryBaseMs: 1_000,
  retryMaxMs: 8_000,
};

/** How one file is answered: a response, or 'stall' (headers, then nothing, ever). */
type Serve = () => Response | 'stall';

/** A response whose body is read only when someone reads it (recorded in `read`). */
function lazyResponse(bytes: Uint8Array, init: ResponseInit | undefined, read: () => void) {
  const body = new ReadableStream<Uint8Array>(
    {
      pull: (controller) => {
        read();
        if (bytes.length > 0) controller.enqueue(bytes);
        controller.close();
      },
    },
    // Nothing is pulled before someone reads: a refused body must never be.
    { highWaterMark: 0 },
  );
  return new Response(body, init);
}

/** A server of named files under {@link TEST_BASE} that the test swaps, refuses or stalls. */
export class FakeFileServer {
  /** The names asked for, in order. */
  readonly requests: string[] = [];
  /** The names whose bodies were read, in order. */
  readonly bodiesRead: string[] = [];
  private readonly files = new Map<string, Serve>();

  readonly fetch: typeof fetch = (input) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    const name = url.startsWith(TEST_BASE) ? url.slice(TEST_BASE.length) : url;
    this.requests.push(name);
    const response = this.files.get(name)?.() ?? new Response('missing', { status: 404 });
    if (response !== 'stall') return Promise.resolve(response);
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        controller.enqueue(new Uint8Array([1, 2, 3]));
      },
    });
    return Promise.resolve(new Response(body));
  };

  /** Serves `body` as `name` (with `init`'s status and headers). */
  put(name: string, body: string | Uint8Array, init?: ResponseInit): void {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    this.files.set(name, () =>
      lazyResponse(bytes, init, () => {
        this.bodiesRead.push(name);
      }),
    );
  }

  /** Answers `name` with `status` (e.g. 401: not signed in) and a page nobody should read. */
  refuse(name: string, status: number): void {
    this.put(name, `<html>${status}</html>`, { status });
  }

  /** Sends the headers of `name`, then nothing. */
  stall(name: string): void {
    this.files.set(name, () => 'stall');
  }

  /** Serves nothing as `name` (404). */
  remove(name: string): void {
    this.files.delete(name);
  }

  /** Serves manifest.json listing `datasets`, with vaccination's preview.json. */
  manifest(datasets: readonly Record<string, unknown>[]): void {
    this.put(
      'manifest.json',
      JSON.stringify({
        version: 1,
        generatedAt: '2024-01-29T00:00:00Z',
        datasets,
        preview: { dataset: 'vaccination', file: 'preview.json' },
      }),
    );
  }
}

/** Options of {@link startRefreshHarness}. */
export interface HarnessOptions {
  readonly createEngine?: () => Promise<DataEngine>;
  readonly stallMs?: number;
}

/** The coordinator and loop over a fake server, and how the test drives them. */
export interface RefreshHarness {
  readonly timers: FakeTimers;
  readonly coordinator: DataCoordinator;
  /** Runs one manifest poll and waits until it and its reloads are done. */
  readonly poll: () => Promise<void>;
  /** Fires the next timer (a retry) and waits for the status of `id` it leads to. */
  readonly retry: (id: string) => Promise<DatasetStatus>;
  /** The latest status of `id`, if its load has begun. */
  readonly status: (id: string) => DatasetStatus | undefined;
  /** Stops the loop and closes the coordinator. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the coordinator on `server`'s manifest (native DuckDB unless told), loads every
 * dataset and starts the refresh loop, its clock at 29 Jan 2024 and moved only by the test.
 */
export async function startRefreshHarness(
  server: FakeFileServer,
  options: HarnessOptions = {},
): Promise<RefreshHarness> {
  const timers = new FakeTimers(Date.UTC(2024, 0, 29));
  const coordinator = await DataCoordinator.open(`${TEST_BASE}manifest.json`, {
    fetch: server.fetch,
    createEngine: options.createEngine ?? createNativeEngine,
    ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
    now: () => timers.now,
  });
  let polled: () => void = () => undefined;
  const loop = new RefreshLoop(
    coordinator,
    TEST_TIMINGS,
    {
      reloadsEnded: () => {
        polled();
      },
    },
    timers,
  );
  await coordinator.start();
  loop.start();
  return {
    timers,
    coordinator,
    poll: async () => {
      const done = new Promise<void>((resolve) => {
        polled = resolve;
      });
      timers.advance(TEST_TIMINGS.intervalMs);
      await done;
    },
    retry: async (id) => {
      const next = new Promise<DatasetStatus>((resolve) => {
        const stop = coordinator.onStatus((status) => {
          if (status.id !== id) return;
          stop();
          resolve(status);
        });
      });
      timers.advance(timers.delays()[0] ?? 0);
      const status = await next;
      // The status is reported before the load has left the coordinator's loads in flight; a
      // retry fired before then would join that finished load. One task later it has left.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return status;
    },
    status: (id) => coordinator.statuses().find((s) => s.id === id),
    close: async () => {
      loop.stop();
      await coordinator.close();
    },
  };
}
