import { describe, expect, it } from 'vitest';
import {
  AWAKE_AFTER_ACTIVITY_MS,
  deckIsSettled,
  sleepWhenIdle,
  type IdleClock,
  type LoopingDeck,
} from './deck-idle-loop';

/** A clock whose time and interval ticks the test moves by hand. */
function manualClock() {
  let time = 0;
  const ticks: (() => void)[] = [];
  const clock: IdleClock = {
    now: () => time,
    every: (_ms, tick) => {
      ticks.push(tick);
      return () => ticks.splice(ticks.indexOf(tick), 1);
    },
  };
  return {
    clock,
    advance: (ms: number) => {
      time += ms;
      for (const tick of [...ticks]) tick();
    },
    timers: () => ticks.length,
  };
}

/** A Deck with a loop that records start/stop and settles when the test says so. */
function fakeDeck(state: { redraw: string | false; update: string | false; loaded: boolean }) {
  const loop = {
    _running: true,
    starts: 0,
    stops: 0,
    start: () => {
      loop._running = true;
      loop.starts += 1;
    },
    stop: () => {
      loop._running = false;
      loop.stops += 1;
    },
  };
  const deck: LoopingDeck = {
    animationLoop: loop,
    layerManager: { needsUpdate: () => state.update },
    needsRedraw: () => state.redraw,
    get props() {
      return { layers: [{ isLoaded: state.loaded }, null] };
    },
  };
  return { deck, loop };
}

/** The map's canvas container (a real EventTarget) and its on/off events. */
function fakeMap() {
  const container = new EventTarget();
  const handlers = new Map<string, () => void>();
  return {
    map: {
      getCanvasContainer: () => container as HTMLElement,
      on: (type: string, handler: () => void) => handlers.set(type, handler),
      off: (type: string) => handlers.delete(type),
    } as unknown as Parameters<typeof sleepWhenIdle>[1],
    container,
    handlers,
  };
}

describe('deckIsSettled', () => {
  it('is false while a redraw, a layer update or a layer load is pending', () => {
    expect(deckIsSettled(fakeDeck({ redraw: false, update: false, loaded: true }).deck)).toBe(true);
    expect(deckIsSettled(fakeDeck({ redraw: 'layers', update: false, loaded: true }).deck)).toBe(
      false,
    );
    expect(deckIsSettled(fakeDeck({ redraw: false, update: 'data', loaded: true }).deck)).toBe(
      false,
    );
    expect(deckIsSettled(fakeDeck({ redraw: false, update: false, loaded: false }).deck)).toBe(
      false,
    );
  });
});

describe('sleepWhenIdle', () => {
  it('stops the loop once settled for the awake period, not before', () => {
    const { clock, advance } = manualClock();
    const { deck, loop } = fakeDeck({ redraw: false, update: false, loaded: true });
    sleepWhenIdle(deck, null, clock);
    advance(AWAKE_AFTER_ACTIVITY_MS - 1);
    expect(loop._running).toBe(true);
    advance(1);
    expect(loop).toMatchObject({ _running: false, stops: 1 });
  });

  it('keeps the loop running while deck.gl still has work', () => {
    const { clock, advance } = manualClock();
    const state = {
      redraw: false as string | false,
      update: false as string | false,
      loaded: false,
    };
    const { deck, loop } = fakeDeck(state);
    sleepWhenIdle(deck, null, clock);
    advance(10_000);
    expect(loop._running).toBe(true);
    state.loaded = true;
    advance(500);
    expect(loop._running).toBe(false);
  });

  it('wakes on wake(), on a pointer over the map and on a camera move', () => {
    const { clock, advance } = manualClock();
    const { deck, loop } = fakeDeck({ redraw: false, update: false, loaded: true });
    const { map, container, handlers } = fakeMap();
    const idle = sleepWhenIdle(deck, map, clock);
    advance(AWAKE_AFTER_ACTIVITY_MS);
    expect(loop._running).toBe(false);

    idle.wake();
    expect(loop).toMatchObject({ _running: true, starts: 1 });
    advance(AWAKE_AFTER_ACTIVITY_MS - 1);
    expect(loop._running).toBe(true);
    advance(1);
    expect(loop._running).toBe(false);

    container.dispatchEvent(new Event('pointermove'));
    expect(loop).toMatchObject({ _running: true, starts: 2 });
    advance(AWAKE_AFTER_ACTIVITY_MS);
    handlers.get('move')?.();
    expect(loop).toMatchObject({ _running: true, starts: 3 });
  });

  it('lets go of its timer and listeners when disposed', () => {
    const { clock, advance, timers } = manualClock();
    const { deck, loop } = fakeDeck({ redraw: false, update: false, loaded: true });
    const { map, container, handlers } = fakeMap();
    const idle = sleepWhenIdle(deck, map, clock);
    expect(timers()).toBe(1);
    expect([...handlers.keys()]).toEqual(['move', 'resize']);
    idle.dispose();
    expect(timers()).toBe(0);
    expect(handlers.size).toBe(0);
    advance(AWAKE_AFTER_ACTIVITY_MS);
    container.dispatchEvent(new Event('pointermove'));
    expect(loop).toMatchObject({ _running: true, starts: 0, stops: 0 });
  });
});
