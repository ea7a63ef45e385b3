/** A hand-driven clock for tests of timer-driven code (e.g. the refresh loop). Test-only. */
import type { Timers } from '../refresh/refresh';

interface Pending {
  readonly handle: number;
  readonly at: number;
  readonly callback: () => void;
}

/** {@link Timers} that fire only when {@link FakeTimers.advance} moves the clock past them. */
export class FakeTimers implements Timers {
  private pending: Pending[] = [];
  private nextHandle = 1;

  constructor(
    /** The current time, epoch ms. */
    public now = 0,
  ) {}

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.pending.push({ handle, at: this.now + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((p) => p.handle !== handle);
  }

  /** The delays (from now) of the timers waiting, soonest first. */
  delays(): number[] {
    return this.pending.map((p) => p.at - this.now).sort((a, b) => a - b);
  }

  /** Moves the clock on by `ms`, firing every timer due by then in time order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = this.pending
        .filter((p) => p.at <= end)
        .sort((a, b) => a.at - b.at || a.handle - b.handle)[0];
      if (!due) break;
      this.pending = this.pending.filter((p) => p !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = end;
  }
}
