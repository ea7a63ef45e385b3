/**
 * The two timers that bound one download (see refresh-fetch.ts): the stall timer (no byte for
 * `stallMs`) and the overall deadline (the whole file not there in time, however steadily it
 * trickles). Either aborts the request with a message naming the file.
 */
import type { Timers } from './refresh';

/** How long a download may take (refresh-fetch.ts passes these on with each fetch). */
export interface FetchLimits {
  /** Abort when no byte has arrived for this long (milliseconds). */
  readonly stallMs: number;
  /**
   * Abort when the whole file has not arrived within this long (milliseconds), however steadily
   * bytes trickle in; a declared size (Content-Length) adds time ({@link deadlineFor}).
   * Default {@link DEFAULT_DEADLINE_MS}; JSON files at most {@link SMALL_FILE_DEADLINE_MS}.
   */
  readonly deadlineMs?: number;
  /** The clock for both timers; default the global one (tests drive a fake one). */
  readonly timers?: Timers;
}

/** Default {@link FetchLimits.stallMs}: a response silent for this long is abandoned. */
export const DEFAULT_STALL_MS = 30_000;
/** Default {@link FetchLimits.deadlineMs} of a data file: 2 minutes before its size is known. */
export const DEFAULT_DEADLINE_MS = 120_000;
/** The manifest and the preview are a few kilobytes: they never get longer than this. */
export const SMALL_FILE_DEADLINE_MS = 30_000;
/** A declared size earns one more second per this many bytes (the slowest link we wait for). */
const SLOWEST_BYTES_PER_SECOND = 50_000;
/** However large the declared size, the deadline grows at most to this multiple of the base. */
const MAX_DEADLINE_FACTOR = 10;

const GLOBAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * The overall deadline for a file of `declaredBytes` (null: unknown): the base, plus one second
 * per {@link SLOWEST_BYTES_PER_SECOND} bytes, capped at {@link MAX_DEADLINE_FACTOR} × the base.
 */
export function deadlineFor(baseMs: number, declaredBytes: number | null): number {
  const extraMs = declaredBytes === null ? 0 : (declaredBytes / SLOWEST_BYTES_PER_SECOND) * 1000;
  return Math.min(baseMs * MAX_DEADLINE_FACTOR, Math.round(baseMs + extraMs));
}

/** The stall timer and the overall deadline of one download; either aborts it. */
export class DownloadWatch {
  readonly controller = new AbortController();
  /** Rejects with the reason once a timer has fired; race every wait against it. */
  readonly failed: Promise<never>;
  private received = 0;
  private reason: Error | undefined;
  private reject: (error: Error) => void = () => undefined;
  private stallTimer: unknown;
  private deadlineTimer: unknown;
  private readonly timers: Timers;
  private readonly baseMs: number;
  private extraMs = 0;

  constructor(
    private readonly url: URL,
    private readonly name: string,
    private readonly stallMs: number,
    deadlineMs: number,
    timers: Timers | undefined,
  ) {
    this.timers = timers ?? GLOBAL_TIMERS;
    this.baseMs = deadlineMs;
    this.failed = new Promise<never>((_, reject) => {
      this.reject = reject;
    });
    this.failed.catch(() => undefined);
    this.armStall();
    this.deadlineTimer = this.timers.setTimeout(() => {
      this.baseDeadlinePassed();
    }, deadlineMs);
  }

  /** Waits for `promise`, unless a timer fires first. */
  race<T>(promise: Promise<T>): Promise<T> {
    return Promise.race([promise, this.failed]);
  }

  /** Is `error` this watch's own reason for giving up (already worded)? */
  gaveUpWith(error: unknown): boolean {
    return error !== undefined && error === this.reason;
  }

  /** The server declared the file's size: the deadline grows to {@link deadlineFor} it. */
  declare(bytes: number | null): void {
    this.extraMs = deadlineFor(this.baseMs, bytes) - this.baseMs;
  }

  /** `bytes` more arrived: the stall timer starts again (the deadline does not). */
  progress(bytes: number): void {
    this.received += bytes;
    this.armStall();
  }

  end(): void {
    this.timers.clearTimeout(this.stallTimer);
    this.timers.clearTimeout(this.deadlineTimer);
  }

  private armStall(): void {
    this.timers.clearTimeout(this.stallTimer);
    this.stallTimer = this.timers.setTimeout(() => {
      this.giveUp(`the server sent nothing for ${seconds(this.stallMs)} s`);
    }, this.stallMs);
  }

  /** The base deadline is over: the time a declared size earns runs on from here. */
  private baseDeadlinePassed(): void {
    const extraMs = this.extraMs;
    this.extraMs = 0;
    const totalMs = this.baseMs + extraMs;
    if (extraMs <= 0) {
      this.giveUp(this.tooSlow(totalMs));
      return;
    }
    this.deadlineTimer = this.timers.setTimeout(() => {
      this.giveUp(this.tooSlow(totalMs));
    }, extraMs);
  }

  private tooSlow(totalMs: number): string {
    const kb = (this.received / 1000).toFixed(1);
    return `arrived too slowly: ${kb} KB in ${seconds(totalMs)} s`;
  }

  private giveUp(what: string): void {
    this.end();
    this.reason = new Error(`${this.name}: ${what}; gave up on ${this.url.href}`);
    this.controller.abort(this.reason);
    this.reject(this.reason);
  }
}

/** Milliseconds as seconds: exact below 1 s ("0.04"), else to one decimal ("120", "62.5"). */
function seconds(ms: number): string {
  return ms < 1000 ? String(ms / 1000) : String(Math.round(ms / 100) / 10);
}
