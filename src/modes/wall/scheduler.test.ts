import { describe, expect, it } from 'vitest';
import { createSceneScheduler, type ScheduleSnapshot, type SchedulerClock } from './scheduler';

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

function setup(dwells: number[]) {
  const fake = fakeClock();
  const seen: ScheduleSnapshot[] = [];
  const scheduler = createSceneScheduler(dwells, fake.clock, (s) => seen.push(s));
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
});
