/**
 * Everything of deck.gl the map needs, behind one dynamic import: WarMap loads this module after
 * the first paint, so deck.gl's code (a quarter of a megabyte, brotli) and shader compilation stay
 * off the start-up path.
 */
import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { sleepWhenIdle, type IdleLoop, type LoopingDeck } from './deck-idle-loop';

export { buildLayers } from './build-layers';

/**
 * An interleaved overlay whose deck.gl loop sleeps while nothing changes (`deck-idle-loop.ts`):
 * new layers wake it before deck.gl sees them.
 */
class IdleOverlay extends MapLibreOverlay {
  private idle: IdleLoop | null = null;
  private map: MapLibreMap | null = null;

  override onAdd(map: MapLibreMap): HTMLDivElement {
    this.map = map;
    return super.onAdd(map);
  }

  /** Called once deck.gl has attached (its `onLoad`): the loop can be stopped from then on. */
  startSleeping(): void {
    // deck.gl keeps its Deck private; the loop and its checks are what the gate needs of it.
    const deck = (this as unknown as { _deck?: LoopingDeck })._deck;
    if (deck && !this.idle) this.idle = sleepWhenIdle(deck, this.map);
  }

  override setProps(props: MapLibreOverlayProps): void {
    this.idle?.wake();
    super.setProps(props);
  }

  override onRemove(map: MapLibreMap): void {
    this.idle?.dispose();
    this.idle = null;
    super.onRemove(map);
  }
}

/**
 * A deck.gl overlay interleaved into MapLibre's WebGL context, with no layers yet. deck.gl
 * attaches asynchronously: it draws nothing until `onLoad` has been called.
 */
export function createDeckOverlay(onLoad: () => void): MapLibreOverlay {
  const overlay: IdleOverlay = new IdleOverlay({
    interleaved: true,
    layers: [],
    onLoad: () => {
      overlay.startSleeping();
      onLoad();
    },
  });
  return overlay;
}
