import { describe, expect, it } from 'vitest';
import {
  createSceneScheduler,
  type ScheduleSnapshot,
  type SchedulerClock,
  type SchedulerOptions,
} from './scheduler';

/** A clock whose time moves only when the test says so; due timers fire in order. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: SchedulerClock = {
    now: () => now,
    setTimer: (callback, delayMs) => {
      const id = nextId++;
      timers.set(id, { at: now + delayMs, callback });
      return id;
    },
    clearTimer: (handle) => {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

function setup(dwells: number[], options: SchedulerOptions = {}) {
  const fake = fakeClock();
  const seen: ScheduleSnapshot[] = [];
  const scheduler = createSceneScheduler(dwells, fake.clock, (s) => seen.push(s), options);
  const indices = () => seen.map((s) => s.index);
  return { ...fake, scheduler, seen, indices };
}

describe('createSceneScheduler', () => {
  it('shows each scene for its dwell time, then loops', () => {
    const { scheduler, advance, indices } = setup([1000, 3000, 2000]);
    scheduler.start();
    expect(indices()).toEqual([0]);
    advance(999);
    expect(indices()).toEqual([0]);
    advance(1);
    expect(indices()).toEqual([0, 1]);
    advance(2999);
    expect(indices()).toEqual([0, 1]);
    advance(1 + 2000);
    expect(indices()).toEqual([0, 1, 2, 0]);
  });

  it('pause keeps the time already shown; resume plays only the rest', () => {
    const { scheduler, advance, indices, seen, pending } = setup([1000, 1000]);
    scheduler.start();
    advance(600);
    scheduler.pause();
    expect(seen.at(-1)).toMatchObject({ index: 0, paused: true, elapsedMs: 600 });
    expect(pending()).toBe(0);
    advance(10_000);
    expect(indices()).toEqual([0, 0]);
    scheduler.togglePause();
    expect(seen.at(-1)).toMatchObject({ index: 0, paused: false, elapsedMs: 600 });
    advance(399);
    expect(scheduler.snapshot().index).toBe(0);
    advance(1);
    expect(scheduler.snapshot()).toMatchObject({ index: 1, elapsedMs: 0, paused: false });
  });

  it('steps forward and back (wrapping), restarting the dwell; a paused schedule stays paused', () => {
    const { scheduler, advance, indices } = setup([1000, 1000, 1000]);
    scheduler.start();
    advance(900);
    scheduler.next();
    advance(900);
    expect(scheduler.snapshot().index).toBe(1);
    scheduler.previous();
    scheduler.previous();
    expect(scheduler.snapshot().index).toBe(2);
    scheduler.pause();
    scheduler.next();
    expect(scheduler.snapshot()).toMatchObject({ index: 0, paused: true });
    advance(5000);
    expect(indices()).toEqual([0, 1, 0, 2, 2, 0]);
  });

  it('counts steps even when a one-scene playlist loops', () => {
    const { scheduler, advance, seen } = setup([500]);
    scheduler.start();
    advance(1000);
    expect(seen.map((s) => [s.index, s.step])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
  });

  it('stop cancels the timer and silences reports', () => {
    const { scheduler, advance, seen, pending } = setup([1000, 1000]);
    scheduler.start();
    scheduler.stop();
    expect(pending()).toBe(0);
    advance(5000);
    scheduler.next();
    expect(seen).toHaveLength(1);
  });

  it('refuses an empty schedule and non-positive dwell times', () => {
    const { clock } = fakeClock();
    expect(() => createSceneScheduler([], clock, () => undefined)).toThrow(/at least one/);
    expect(() => createSceneScheduler([1000, 0], clock, () => undefined)).toThrow(/positive/);
  });

  it('without a ready cap the first dwell starts at once and nothing waits', () => {
    const { scheduler, seen } = setup([1000]);
    scheduler.start();
    expect(seen[0]).toMatchObject({ index: 0, waiting: false });
  });
});

describe('createSceneScheduler: the first scene waits for its figures', () => {
  const cap = { firstSceneReadyCapMs: 60_000 };

  it('starts the first dwell only when the scene reports ready', () => {
    const { scheduler, advance, indices, seen } = setup([1000, 1000], cap);
    scheduler.start();
    expect(seen[0]).toMatchObject({ index: 0, waiting: true, elapsedMs: 0 });
    advance(30_000);
    expect(indices()).toEqual([0]);
    expect(scheduler.snapshot()).toMatchObject({ waiting: true, elapsedMs: 0 });
    scheduler.sceneReady();
    expect(seen.at(-1)).toMatchObject({ index: 0, waiting: false, elapsedMs: 0 });
    advance(999);
    expect(indices()).toEqual([0, 0]);
    advance(1);
    expect(indices()).toEqual([0, 0, 1]);
    // Only the first scene waits: later scenes play on their dwell times.
    advance(1000);
    expect(indices()).toEqual([0, 0, 1, 0]);
    expect(seen.map((s) => s.waiting)).toEqual([true, false, false, false]);
  });

  it('plays anyway after the cap when the figures never come', () => {
    const { scheduler, advance, indices, seen } = setup([1000, 1000], cap);
    scheduler.start();
    advance(59_999);
    expect(indices()).toEqual([0]);
    advance(1);
    expect(seen.at(-1)).toMatchObject({ index: 0, waiting: false, elapsedMs: 0 });
    advance(1000);
    expect(indices()).toEqual([0, 0, 1]);
    // A late ready report changes nothing.
    scheduler.sceneReady();
    expect(seen).toHaveLength(3);
  });

  it('a pause while waiting holds the wait; ready then resume plays the whole dwell', () => {
    const { scheduler, advance, pending } = setup([1000, 1000], cap);
    scheduler.start();
    scheduler.pause();
    expect(pending()).toBe(0);
    advance(120_000);
    scheduler.sceneReady();
    expect(scheduler.snapshot()).toMatchObject({ index: 0, waiting: false, paused: true });
    scheduler.resume();
    advance(999);
    expect(scheduler.snapshot().index).toBe(0);
    advance(1);
    expect(scheduler.snapshot().index).toBe(1);
  });

  it('stepping on by hand ends the wait', () => {
    const { scheduler, advance } = setup([1000, 1000], cap);
    scheduler.start();
    scheduler.next();
    expect(scheduler.snapshot()).toMatchObject({ index: 1, waiting: false });
    advance(1000);
    expect(scheduler.snapshot().index).toBe(0);
  });

  it('refuses a negative or non-finite cap', () => {
    const { clock } = fakeClock();
    const make = (ms: number) => () =>
      createSceneScheduler([1000], clock, () => undefined, { firstSceneReadyCapMs: ms });
    expect(make(-1)).toThrow(/≥ 0/);
    expect(make(Number.NaN)).toThrow(/≥ 0/);
  });
});
