/**
 * One database of a restarting engine (engine-restart.ts) and the calls waiting on it: it is
 * given up when its worker says it died, when a call fails the way only a dead database fails,
 * or when a call gets no answer in time (the watchdog).
 */
import type { Timers } from '../refresh/refresh';
import type { DataEngine } from './engine';
import { messageOf } from '../error-message';
import { EngineGoneError } from './engine-errors';

export const GLOBAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * The watchdog counts time in ticks of this length, run one after another, not by the clock: a
 * frozen or throttled tab runs no tick, so a call it held up is not mistaken for a dead database.
 */
const TICK_MS = 1_000;

/** One database and the calls waiting on it. */
export class Generation {
  alive = true;
  reason = '';
  /** Each waiting call's reject, with the time (ms) it may still wait and its whole timeout. */
  private readonly waiting = new Map<(error: Error) => void, { left: number; of: number }>();
  private ticker: unknown;

  constructor(
    readonly engine: DataEngine,
    private readonly timers: Timers,
    private readonly gone: () => void = () => undefined,
  ) {
    void engine.died?.then((reason) => {
      this.giveUp(reason);
    });
  }

  /** Settles with `work`, or rejects with {@link EngineGoneError} once the database is given up. */
  watch<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // A map entry, not a race against a never-settling promise: nothing piles up per call.
      this.waiting.set(reject, { left: timeoutMs, of: timeoutMs });
      this.arm();
      const done = (): void => {
        this.waiting.delete(reject);
        if (this.waiting.size === 0) this.disarm();
      };
      work.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error instanceof Error ? error : new Error(messageOf(error)));
        },
      );
    });
  }

  private arm(): void {
    if (this.ticker !== undefined || !this.alive) return;
    this.ticker = this.timers.setTimeout(() => {
      this.ticker = undefined;
      for (const [reject, wait] of this.waiting) {
        if (wait.left <= TICK_MS) {
          this.giveUp(`the database gave no answer for ${Math.round(wait.of / 1000)} s`);
          return;
        }
        this.waiting.set(reject, { left: wait.left - TICK_MS, of: wait.of });
      }
      if (this.waiting.size > 0) this.arm();
    }, TICK_MS);
  }

  private disarm(): void {
    this.timers.clearTimeout(this.ticker);
    this.ticker = undefined;
  }

  giveUp(reason: string): void {
    if (!this.alive) return;
    this.alive = false;
    this.reason = reason;
    this.disarm();
    const error = new EngineGoneError(reason);
    for (const reject of this.waiting.keys()) reject(error);
    this.waiting.clear();
    if (this.engine.kill) this.engine.kill();
    else void this.engine.terminate().catch(() => undefined);
    this.gone();
  }
}
