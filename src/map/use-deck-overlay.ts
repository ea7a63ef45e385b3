import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import type { buildLayers } from './build-layers';

/** deck.gl, once its module has loaded and its overlay has attached to the map. */
export interface DeckParts {
  readonly overlay: MapLibreOverlay;
  readonly build: typeof buildLayers;
}

/**
 * Loads deck.gl (its own chunk) once `wanted` and attaches an interleaved overlay to `map`;
 * null until deck.gl's `onLoad`. Call it before the effect that creates the map, so the overlay
 * is detached before the map is removed.
 */
export function useDeckOverlay(map: MapLibreMap | null, wanted: boolean): DeckParts | null {
  const [deck, setDeck] = useState<DeckParts | null>(null);

  useEffect(() => {
    if (!map || !wanted) return;
    let cancelled = false;
    let overlay: MapLibreOverlay | null = null;
    import('./deck-overlay').then(
      (module) => {
        if (cancelled) return;
        const created = module.createDeckOverlay(() => {
          if (!cancelled) setDeck({ overlay: created, build: module.buildLayers });
        });
        overlay = created;
        map.addControl(created);
      },
      (error: unknown) => {
        // The preview fill stays; layers other than a lone choropleth cannot be drawn.
        console.error('deck.gl could not be loaded', error);
      },
    );
    return () => {
      cancelled = true;
      setDeck(null);
      if (!overlay) return;
      try {
        map.removeControl(overlay);
      } catch (error) {
        // After a lost WebGL context deck.gl's clean-up can fail; the map is rebuilt anyway.
        console.warn('deck.gl overlay clean-up failed', error);
      }
    };
  }, [map, wanted]);

  return deck;
}
