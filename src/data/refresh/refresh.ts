/**
 * Auto-refresh: polls the manifest every `intervalMs` and reloads the datasets whose entry
 * changed; a dataset whose load failed (at start-up or on a refresh) is retried with exponential
 * back-off until it loads. The clock is injected ({@link Timers}) so tests can drive it.
 *
 * A poll starts the changed datasets' reloads side by side and does not wait for them: each one
 * applies as soon as it is done, and the next poll comes on time, so one slow file never holds
 * back the others (its download ends at its deadline, refresh-watch.ts, and it is then retried).
 *
 * Back-off: the k-th consecutive failure of a dataset is retried after
 * min(retryMaxMs, retryBaseMs × 2^(k−1)); a successful load resets k. A manifest that cannot be
 * read changes nothing: the next poll tries again.
 */
import type { DatasetStatus, StatusListener } from './refresh-status';
import { messageOf } from '../error-message';

/** The timer functions the loop uses (the global ones by default). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the loop drives: {@link DataCoordinator} provides it. */
export interface RefreshSource {
  /** Re-reads the manifest; returns the ids to reload. Throws when the manifest cannot be read. */
  refreshManifest(): Promise<readonly string[]>;
  /**
   * Loads a dataset again; never rejects (the outcome arrives as a status). A reload of a
   * dataset whose load is still running joins that load: a stuck file is never fetched twice.
   */
  reload(id: string): Promise<void>;
  onStatus(listener: StatusListener): () => void;
  statuses(): readonly DatasetStatus[];
}

/** Timings of {@link RefreshLoop}, in milliseconds. */
export interface RefreshTimings {
  readonly intervalMs: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
}

/** What the loop tells its owner. */
export interface RefreshHooks {
  /**
   * After every manifest poll (read or not), before its reloads end: e.g. to move the
   * freshness clock on (a slow file must not hold the clock back).
   */
  readonly polled?: () => void;
  /** Once every reload a poll started has ended (at once when it started none). */
  readonly reloadsEnded?: () => void;
  /** The manifest was read and validated. */
  readonly manifestRead?: () => void;
  /** The manifest could not be read; everything stays as it is. */
  readonly manifestFailed?: (message: string) => void;
}

/** Default refresh interval: 5 minutes. */
export const DEFAULT_REFRESH_SECONDS = 300;

/** Retries start this soon at most (or after one interval, if that is shorter). */
const RETRY_BASE_MS = 5_000;

/**
 * Timings for a refresh interval: retries start after min(interval, 5 s) and double up to
 * max(interval, 5 s), so a failing file is tried at least once per interval.
 */
export function timingsFor(intervalMs: number): RefreshTimings {
  return {
    intervalMs,
    retryBaseMs: Math.min(intervalMs, RETRY_BASE_MS),
    retryMaxMs: Math.max(intervalMs, RETRY_BASE_MS),
  };
}

/** The wait before retrying after the `failures`-th consecutive failure (1 = the first). */
export function retryDelay(failures: number, timings: RefreshTimings): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(timings.retryMaxMs, timings.retryBaseMs * 2 ** exponent);
}

const GLOBAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** See the module comment. */
export class RefreshLoop {
  private readonly failures = new Map<string, number>();
  private readonly retries = new Map<string, unknown>();
  private pollTimer: unknown;
  private unsubscribe: (() => void) | undefined;
  private running = false;

  constructor(
    private readonly source: RefreshSource,
    private readonly timings: RefreshTimings,
    private readonly hooks: RefreshHooks = {},
    private readonly timers: Timers = GLOBAL_TIMERS,
  ) {}

  /** Starts polling (the first poll after one interval) and retrying failed datasets. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.source.onStatus((status) => {
      this.onStatus(status);
    });
    for (const status of this.source.statuses()) this.onStatus(status);
    this.schedulePoll();
  }

  /** Stops every timer; a poll or load in flight finishes but schedules nothing more. */
  stop(): void {
    this.running = false;
    this.unsubscribe?.();
    this.timers.clearTimeout(this.pollTimer);
    for (const handle of this.retries.values()) this.timers.clearTimeout(handle);
    this.retries.clear();
  }

  /** Consecutive failures of a dataset's loads (0 once it has loaded). */
  failureCount(id: string): number {
    return this.failures.get(id) ?? 0;
  }

  private schedulePoll(): void {
    if (!this.running) return;
    this.pollTimer = this.timers.setTimeout(() => {
      void this.poll();
    }, this.timings.intervalMs);
  }

  private async poll(): Promise<void> {
    const { reloads } = await pollManifest(this.source, this.hooks, () => this.running);
    this.schedulePoll();
    await reloads;
    this.hooks.reloadsEnded?.();
  }

  private onStatus(status: DatasetStatus): void {
    if (!this.running) return;
    if (status.state === 'ready') {
      this.failures.delete(status.id);
      this.timers.clearTimeout(this.retries.get(status.id));
      this.retries.delete(status.id);
    } else if (status.state === 'stale' || status.state === 'error') {
      const failures = (this.failures.get(status.id) ?? 0) + 1;
      this.failures.set(status.id, failures);
      this.timers.clearTimeout(this.retries.get(status.id));
      const handle = this.timers.setTimeout(
        () => {
          this.retries.delete(status.id);
          void this.source.reload(status.id);
        },
        retryDelay(failures, this.timings),
      );
      this.retries.set(status.id, handle);
    }
  }
}

/**
 * One manifest poll: reads the manifest and starts the reload of every dataset whose entry
 * changed, all at once (as at start-up: the files are fetched side by side). Resolves once the
 * manifest has been read or has failed, with the reloads still running.
 * @param active false once the owner has stopped: no reload is started then.
 */
export async function pollManifest(
  source: RefreshSource,
  hooks: RefreshHooks,
  active: () => boolean,
): Promise<{ readonly reloads: Promise<void> }> {
  let reloads: Promise<unknown> = Promise.resolve();
  try {
    const changed = await source.refreshManifest();
    hooks.manifestRead?.();
    if (active()) reloads = Promise.all(changed.map((id) => source.reload(id)));
  } catch (error) {
    hooks.manifestFailed?.(messageOf(error));
  }
  hooks.polled?.();
  return { reloads: reloads.then(() => undefined) };
}
