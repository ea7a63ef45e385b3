/**
 * The coordinator's auto-refresh: a {@link RefreshLoop} that can also be told to poll at once
 * (a tab back from being frozen or hidden for long), which starts its timers afresh.
 */
import {
  pollManifest,
  RefreshLoop,
  type RefreshHooks,
  type RefreshSource,
  type RefreshTimings,
  type Timers,
} from './refresh';

/** Owns the refresh loop of one {@link RefreshSource}. */
export class RefreshControl {
  private loop: RefreshLoop | undefined;
  private args: [RefreshTimings, RefreshHooks, Timers | undefined] | undefined;
  /** The manifest read of a {@link pollNow} in progress (not its reloads). */
  private reading: Promise<{ readonly reloads: Promise<void> }> | undefined;

  constructor(private readonly source: RefreshSource) {}

  /** Starts polling every `timings.intervalMs`; calling it again does nothing. */
  start(timings: RefreshTimings, hooks: RefreshHooks = {}, timers?: Timers): void {
    if (this.args) return;
    this.args = [timings, hooks, timers];
    this.restartLoop();
  }

  /**
   * Polls the manifest now, as the loop does, and restarts the loop's timers from here. Does
   * nothing before {@link start} or after {@link stop}. Resolves when the changed datasets have
   * been reloaded; a manifest read already running is joined (a reload still running from an
   * earlier poll is not: the next call reads the manifest again).
   */
  async pollNow(): Promise<void> {
    const hooks = this.args?.[1];
    if (!hooks) return;
    this.reading ??= (async () => {
      this.restartLoop();
      return pollManifest(this.source, hooks, () => this.args !== undefined);
    })().finally(() => {
      this.reading = undefined;
    });
    const { reloads } = await this.reading;
    await reloads;
  }

  /** Stops every timer for good. */
  stop(): void {
    this.loop?.stop();
    this.loop = undefined;
    this.args = undefined;
  }

  private restartLoop(): void {
    if (!this.args) return;
    this.loop?.stop();
    this.loop = new RefreshLoop(this.source, ...this.args);
    this.loop.start();
  }
}
