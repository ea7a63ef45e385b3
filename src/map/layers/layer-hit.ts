import type { PickingInfo } from '@deck.gl/core';

/** What a pointer is over in one layer: a province code and/or the index of a data row. */
export interface LayerHit {
  /** Province code (choropleth, province symbols). */
  readonly code?: number;
  /** Row index in the layer's input (points, cells). */
  readonly index?: number;
  /** Pointer position in CSS pixels relative to the map element. */
  readonly x: number;
  readonly y: number;
}

/** Receives the object under the pointer, or null when the pointer left the layer's objects. */
export type LayerHitHandler = (hit: LayerHit | null) => void;

/** Wraps a {@link LayerHitHandler} as a deck.gl callback; `describe` reads the hit off the info. */
export function toPickHandler<T>(
  handler: LayerHitHandler | undefined,
  describe: (info: PickingInfo<T>) => Omit<LayerHit, 'x' | 'y'> | null,
): ((info: PickingInfo<T>) => boolean) | undefined {
  if (!handler) return undefined;
  return (info) => {
    const hit = info.picked ? describe(info) : null;
    handler(hit ? { ...hit, x: info.x, y: info.y } : null);
    // true stops deck.gl from also calling the map-wide handler (e.g. "click on empty map").
    return hit !== null;
  };
}
