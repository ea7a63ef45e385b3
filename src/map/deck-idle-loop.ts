import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * deck.gl runs an animation loop for as long as it lives: every frame it updates its layers, picks
 * under the pointer and, when something changed, asks MapLibre to repaint. Interleaved into MapLibre
 * the loop draws nothing itself (MapLibre's render draws deck.gl's layers), yet every frame it
 * requests keeps the page's compositor producing frames: an idle dashboard spent about half a core
 * (5.1 CPU seconds in 10 s in SwiftShader, 0.03 s with the loop stopped). A wall runs for days, so
 * the loop sleeps while nothing happens and wakes on whatever can change deck.gl's picture: new
 * layers, a pointer over the map (hover picking is done by the loop), a camera move or a resize.
 */

/** What this module needs of deck.gl's Deck (its loop and the checks it makes each frame). */
export interface LoopingDeck {
  readonly animationLoop: { readonly _running?: boolean; start(): unknown; stop(): unknown } | null;
  readonly layerManager: { needsUpdate(): string | false } | null;
  needsRedraw(opts?: { clearRedrawFlags: boolean }): string | false;
  readonly props: { readonly layers: readonly unknown[] };
}

/** A layer as far as settling goes: deck.gl's `isLoaded` is false while its data or images load. */
interface LoadingLayer {
  readonly isLoaded?: boolean;
}

/** How long after the last wake the loop keeps running, so hovering and camera moves stay smooth. */
export const AWAKE_AFTER_ACTIVITY_MS = 1500;
/** How often a running loop is checked for being idle. */
const IDLE_CHECK_MS = 500;

/** True when deck.gl has nothing left to do: no redraw asked, no layer to update, all loaded. */
export function deckIsSettled(deck: LoopingDeck): boolean {
  if (deck.needsRedraw({ clearRedrawFlags: false })) return false;
  if (deck.layerManager?.needsUpdate()) return false;
  return deck.props.layers.every((layer) => (layer as LoadingLayer | null)?.isLoaded !== false);
}

/** The handle {@link sleepWhenIdle} returns: `wake` before changing deck.gl, `dispose` on removal. */
export interface IdleLoop {
  wake(): void;
  dispose(): void;
}

/** The timers the gate uses (injected so a unit test needs no real time). */
export interface IdleClock {
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

const REAL_CLOCK: IdleClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms);
    return () => {
      clearInterval(id);
    };
  },
};

/**
 * Stops `deck`'s loop once it has been settled for {@link AWAKE_AFTER_ACTIVITY_MS} and starts it
 * again on `wake()`, on pointer and wheel events over the map (capture phase, so the loop runs
 * before deck.gl queues its pick) and on camera moves and resizes.
 */
export function sleepWhenIdle(
  deck: LoopingDeck,
  map: Pick<MapLibreMap, 'on' | 'off' | 'getCanvasContainer'> | null,
  clock: IdleClock = REAL_CLOCK,
): IdleLoop {
  let lastWake = clock.now();
  const wake = () => {
    lastWake = clock.now();
    const loop = deck.animationLoop;
    if (loop && !loop._running) loop.start();
  };
  const stopTimer = clock.every(IDLE_CHECK_MS, () => {
    const loop = deck.animationLoop;
    if (!loop?._running || clock.now() - lastWake < AWAKE_AFTER_ACTIVITY_MS) return;
    if (deckIsSettled(deck)) loop.stop();
  });
  const container = map?.getCanvasContainer();
  const pointerEvents = ['pointermove', 'pointerdown', 'wheel', 'touchstart'] as const;
  for (const type of pointerEvents) {
    container?.addEventListener(type, wake, { capture: true, passive: true });
  }
  map?.on('move', wake);
  map?.on('resize', wake);
  return {
    wake,
    dispose: () => {
      stopTimer();
      for (const type of pointerEvents)
        container?.removeEventListener(type, wake, { capture: true });
      map?.off('move', wake);
      map?.off('resize', wake);
    },
  };
}
