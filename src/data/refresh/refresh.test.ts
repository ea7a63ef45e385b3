import { describe, expect, it } from 'vitest';
import type { DatasetStatus } from '../engine/coordinator';
import { RefreshControl } from './coordinator-refresh';
import { FakeTimers } from '../testing/refresh-fake-timers';
import {
  RefreshLoop,
  retryDelay,
  timingsFor,
  type RefreshSource,
  type RefreshTimings,
} from './refresh';

const TIMINGS: RefreshTimings = { intervalMs: 60_000, retryBaseMs: 1_000, retryMaxMs: 8_000 };

describe('retryDelay and timingsFor', () => {
  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4, 5, 50].map((k) => retryDelay(k, TIMINGS))).toEqual([
      1_000, 2_000, 4_000, 8_000, 8_000, 8_000,
    ]);
  });

  it('retries at least once per interval and never sooner than needed', () => {
    expect(timingsFor(300_000)).toEqual({
      intervalMs: 300_000,
      retryBaseMs: 5_000,
      retryMaxMs: 300_000,
    });
    expect(timingsFor(1_000)).toEqual({ intervalMs: 1_000, retryBaseMs: 1_000, retryMaxMs: 5_000 });
  });
});

/** A source whose manifest and loads the test scripts. */
class ScriptedSource implements RefreshSource {
  readonly reloads: string[] = [];
  manifest: () => Promise<readonly string[]> = () => Promise.resolve([]);
  private readonly listeners = new Set<(s: DatasetStatus) => void>();
  private readonly current: DatasetStatus[] = [];

  refreshManifest(): Promise<readonly string[]> {
    return this.manifest();
  }
  /** Reloads of these ids hang until released (a file trickling in). */
  readonly hanging = new Map<string, () => void>();
  private readonly held = new Map<string, Promise<void>>();
  reload(id: string): Promise<void> {
    this.reloads.push(id);
    if (!this.hanging.has(id)) return Promise.resolve();
    // A reload of a dataset still loading joins that load, as the coordinator's does.
    const held = this.held.get(id) ?? new Promise<void>((resolve) => this.hanging.set(id, resolve));
    this.held.set(id, held);
    return held;
  }
  onStatus(listener: (s: DatasetStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  statuses(): readonly DatasetStatus[] {
    return this.current;
  }
  emit(status: DatasetStatus): void {
    this.current.push(status);
    for (const listener of this.listeners) listener(status);
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RefreshLoop (scripted source)', () => {
  it('retries a failing dataset with back-off and stops once it loads', () => {
    const timers = new FakeTimers();
    const source = new ScriptedSource();
    source.emit({ id: 'poverty', state: 'error', message: 'poverty.parquet: HTTP 500' });
    const loop = new RefreshLoop(source, TIMINGS, {}, timers);
    loop.start();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      waits.push(timers.delays()[0] ?? -1);
      timers.advance(waits[attempt] ?? 0);
      source.emit({ id: 'poverty', state: 'stale', message: 'still failing' });
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(source.reloads).toEqual(['poverty', 'poverty', 'poverty', 'poverty', 'poverty']);
    expect(loop.failureCount('poverty')).toBe(6);
    source.emit({ id: 'poverty', state: 'ready', rowCount: 3 });
    expect(loop.failureCount('poverty')).toBe(0);
    // Only the manifest poll is left.
    expect(timers.delays()).toEqual([TIMINGS.intervalMs - waits.reduce((a, b) => a + b, 0)]);
    loop.stop();
    expect(timers.delays()).toEqual([]);
  });

  it('polls the manifest every interval, reloads what changed, and survives a failed poll', async () => {
    const timers = new FakeTimers();
    const source = new ScriptedSource();
    const events: string[] = [];
    const loop = new RefreshLoop(
      source,
      TIMINGS,
      {
        polled: () => events.push('polled'),
        manifestRead: () => events.push('read'),
        manifestFailed: (message) => events.push(`failed: ${message}`),
      },
      timers,
    );
    loop.start();
    source.manifest = () => Promise.resolve(['vaccination', 'complaints']);
    timers.advance(TIMINGS.intervalMs);
    await flush();
    expect(source.reloads).toEqual(['vaccination', 'complaints']);
    source.manifest = () => Promise.reject(new Error('manifest.json: HTTP 500'));
    timers.advance(TIMINGS.intervalMs);
    await flush();
    source.manifest = () => Promise.resolve([]);
    timers.advance(TIMINGS.intervalMs);
    await flush();
    expect(events).toEqual([
      'read',
      'polled',
      'failed: manifest.json: HTTP 500',
      'polled',
      'read',
      'polled',
    ]);
    expect(source.reloads).toEqual(['vaccination', 'complaints']);
    expect(timers.delays()).toEqual([TIMINGS.intervalMs]);
    loop.stop();
  });

  it('never lets a slow reload hold back the other reloads or the next poll', async () => {
    const timers = new FakeTimers();
    const source = new ScriptedSource();
    const events: string[] = [];
    const loop = new RefreshLoop(
      source,
      TIMINGS,
      { polled: () => events.push('polled'), reloadsEnded: () => events.push('reloads ended') },
      timers,
    );
    loop.start();
    source.hanging.set('vaccination', () => undefined);
    source.manifest = () => Promise.resolve(['vaccination', 'road_safety', 'complaints']);
    timers.advance(TIMINGS.intervalMs);
    await flush();
    // All three started at once, the next poll is due on time, the freshness clock moved on.
    expect(source.reloads).toEqual(['vaccination', 'road_safety', 'complaints']);
    expect(timers.delays()).toEqual([TIMINGS.intervalMs]);
    expect(events).toEqual(['polled']);

    source.manifest = () => Promise.resolve(['road_safety']);
    timers.advance(TIMINGS.intervalMs);
    await flush();
    expect(source.reloads).toEqual(['vaccination', 'road_safety', 'complaints', 'road_safety']);
    expect(events).toEqual(['polled', 'polled', 'reloads ended']);

    source.hanging.get('vaccination')?.();
    await flush();
    expect(events).toEqual(['polled', 'polled', 'reloads ended', 'reloads ended']);
    loop.stop();
  });
});

describe('RefreshControl.pollNow', () => {
  it('reads the manifest again while an earlier poll still waits for a slow reload', async () => {
    const timers = new FakeTimers();
    const source = new ScriptedSource();
    let reads = 0;
    source.manifest = () => {
      reads++;
      return Promise.resolve(['vaccination']);
    };
    source.hanging.set('vaccination', () => undefined);
    const control = new RefreshControl(source);
    control.start(TIMINGS, {}, timers);
    let firstDone = false;
    void control.pollNow().then(() => (firstDone = true));
    await flush();
    void control.pollNow();
    await flush();
    expect(reads).toBe(2);
    expect(firstDone).toBe(false);
    source.hanging.get('vaccination')?.();
    await flush();
    expect(firstDone).toBe(true);
    control.stop();
  });
});
