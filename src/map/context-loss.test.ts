import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_RESTORE_TIMEOUT_MS, rebuildAfterContextLoss } from './context-loss';

/** The event part of a MapLibre map: on, off and a way to fire. */
function eventedMap() {
  const handlers = new Map<string, Set<() => void>>();
  const map = {
    on(type: string, handler: () => void) {
      handlers.set(type, (handlers.get(type) ?? new Set()).add(handler));
    },
    off(type: string, handler: () => void) {
      handlers.get(type)?.delete(handler);
    },
  };
  const fire = (type: string) => {
    for (const handler of handlers.get(type) ?? []) handler();
  };
  return {
    map: map as unknown as MapLibreMap,
    fire,
    count: () => [...handlers.values()].flatMap((s) => [...s]).length,
  };
}

describe('rebuildAfterContextLoss', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rebuilds once when the lost context is restored', () => {
    const { map, fire } = eventedMap();
    const rebuild = vi.fn();
    rebuildAfterContextLoss(map, rebuild);
    fire('webglcontextlost');
    expect(rebuild).not.toHaveBeenCalled();
    fire('webglcontextrestored');
    vi.advanceTimersByTime(CONTEXT_RESTORE_TIMEOUT_MS * 2);
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('rebuilds after the timeout when the context stays lost', () => {
    const { map, fire } = eventedMap();
    const rebuild = vi.fn();
    rebuildAfterContextLoss(map, rebuild);
    fire('webglcontextlost');
    vi.advanceTimersByTime(CONTEXT_RESTORE_TIMEOUT_MS - 1);
    expect(rebuild).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('does nothing after it stops watching, and leaves no listener behind', () => {
    const { map, fire, count } = eventedMap();
    const rebuild = vi.fn();
    const stop = rebuildAfterContextLoss(map, rebuild);
    fire('webglcontextlost');
    stop();
    vi.advanceTimersByTime(CONTEXT_RESTORE_TIMEOUT_MS);
    fire('webglcontextrestored');
    expect(rebuild).not.toHaveBeenCalled();
    expect(count()).toBe(0);
  });
});
