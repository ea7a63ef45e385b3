import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import {
  FIT_PADDING_PX,
  roundView,
  sameBounds,
  sameView,
  THAILAND_BOUNDS,
  type Bounds,
  type MapView,
} from './camera';

/** Pixels the camera keeps clear on each side of the bounds it fits. */
export interface FitPadding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Bounds the camera should fit (a region, a province). */
export interface FitTarget {
  readonly bounds: Bounds;
  /**
   * Room kept clear around the bounds (default {@link FIT_PADDING_PX} on each side): the wall
   * widens one side so its legend sits beside the country, not over it.
   */
  readonly padding?: FitPadding;
}

/** The padding `fitTo` asks for, or the default on each side. */
function paddingOf(fitTo: FitTarget | null): FitPadding | number {
  return fitTo?.padding ?? FIT_PADDING_PX;
}

/** The camera a map shows right now. */
export function currentView(map: MapLibreMap): MapView {
  const center = map.getCenter();
  return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
}

/** Constructor options that start a map at `fitTo`, else at `view`, else on all of Thailand. */
export function initialCamera(
  view: MapView | null,
  fitTo: FitTarget | null,
): Pick<MapOptions, 'bounds' | 'center' | 'zoom' | 'fitBoundsOptions'> {
  if (fitTo) return { bounds: [...fitTo.bounds], fitBoundsOptions: { padding: paddingOf(fitTo) } };
  if (view) return { center: [view.lon, view.lat], zoom: view.zoom };
  return { bounds: [...THAILAND_BOUNDS], fitBoundsOptions: { padding: FIT_PADDING_PX } };
}

interface Applied {
  readonly map: MapLibreMap | null;
  readonly view: MapView | null;
  readonly fitTo: FitTarget | null;
}

function sameFit(a: FitTarget | null, b: FitTarget | null): boolean {
  if (!a || !b) return a === b;
  return sameBounds(a.bounds, b.bounds) && JSON.stringify(a.padding) === JSON.stringify(b.padding);
}

/**
 * Keeps the camera in step with the `view` and `fitTo` props and reports where the camera came to
 * rest. A prop moves the camera only when its value changes (not its identity) and differs from
 * where the camera already is, so writing `onViewChange`'s view back into `view` moves nothing.
 * A new `fitTo` wins over a `view` that changes at the same time; `view` null with no `fitTo`
 * (e.g. after `fitTo` is cleared) shows all of Thailand. A new map is assumed to start at the
 * current props ({@link initialCamera}).
 */
export function useControlledCamera(
  map: MapLibreMap | null,
  view: MapView | null,
  fitTo: FitTarget | null,
  onViewChange: ((view: MapView) => void) | undefined,
): void {
  const latest = useRef<{ view: MapView | null; fitTo: FitTarget | null }>({ view, fitTo });
  const applied = useRef<Applied>({ map: null, view: null, fitTo: null });
  const viewKey = view ? JSON.stringify(roundView(view)) : null;
  const fitKey = fitTo ? `${fitTo.bounds.join(',')}|${JSON.stringify(fitTo.padding)}` : null;

  useEffect(() => {
    latest.current = { view, fitTo };
  });

  useEffect(() => {
    if (!map) return;
    const { view: nextView, fitTo: nextFit } = latest.current;
    const last = applied.current;
    applied.current = { map, view: nextView, fitTo: nextFit };
    if (last.map !== map) return;
    const fitChanged = !sameFit(nextFit, last.fitTo);
    if (nextFit && fitChanged) {
      map.fitBounds([...nextFit.bounds], { padding: paddingOf(nextFit) });
      return;
    }
    const viewChanged =
      nextView === null || last.view === null
        ? nextView !== last.view
        : !sameView(nextView, last.view);
    if (!viewChanged && !fitChanged) return;
    if (nextView) {
      if (!sameView(nextView, currentView(map))) {
        map.easeTo({ center: [nextView.lon, nextView.lat], zoom: nextView.zoom });
      }
    } else if (!nextFit) {
      map.fitBounds([...THAILAND_BOUNDS], { padding: FIT_PADDING_PX });
    }
  }, [map, viewKey, fitKey]);

  // Without a stored view the camera shows "all of Thailand" (or the region): when the page
  // layout changes the map's size (panels filling in), fit again so nothing is cut off.
  useEffect(() => {
    if (!map) return;
    const refit = () => {
      const { view: storedView, fitTo: target } = latest.current;
      if (storedView) return;
      map.fitBounds([...(target?.bounds ?? THAILAND_BOUNDS)], {
        padding: paddingOf(target),
        animate: false,
      });
    };
    // The map may have been created at another size than it has by now (the layout settled
    // between its creation and its load event).
    refit();
    map.on('resize', refit);
    return () => {
      map.off('resize', refit);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !onViewChange) return;
    const report = () => {
      onViewChange(roundView(currentView(map)));
    };
    map.on('moveend', report);
    return () => {
      map.off('moveend', report);
    };
  }, [map, onViewChange]);
}
