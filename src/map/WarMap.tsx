import type { Layer } from '@deck.gl/core';
import { Map as MapLibreMap, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map-controls.css';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createBaseStyle, PROVINCE_FILL_LAYER_ID, setBaseGeography } from './base-style';
import { MAP_RETRY_MS, rebuildAfterContextLoss } from './context-loss';
import type { MapView } from './camera';
import { showsIncidentPoints } from './incident-zoom';
import { specHasData, type MapHit, type MapLayerSpec } from './layer-spec';
import type { Geography } from './load-geography';
import { canPaintWithoutDeck, previewChoropleth, previewFillColour } from './preview-fill';
import { useDeckOverlay, type DeckParts } from './use-deck-overlay';
import { ProvinceLabelOverlay, type MapLabel } from './province-labels';
import { labelFillsOf } from './label-fills';
import { useScreenScale } from './use-screen-scale';
import { initialCamera, useControlledCamera, type FitTarget } from './use-controlled-camera';

setWorkerUrl(maplibreWorkerUrl);

/** Read-only handle for automation (browser tests, kiosk supervisors): `window.warRoomMap`. */
export interface WarRoomMapHandle {
  /** Screen position (CSS pixels, relative to the map element) of a longitude/latitude. */
  project(lon: number, lat: number): { x: number; y: number };
}

declare global {
  interface Window {
    warRoomMap?: WarRoomMapHandle;
  }
}

/** Props of {@link WarMap}. */
export interface WarMapProps {
  /**
   * Province and neighbour shapes; null while they load. The map (and its WebGL context, slow to
   * create in software rendering) starts at once and gets the shapes when they arrive.
   */
  readonly geography: Geography | null;
  /**
   * Data layers, first at the bottom, all beneath the province outlines and labels. Pass a
   * memoised array: a new array counts as a new set of layers for `onPainted`.
   */
  readonly layers: readonly MapLayerSpec[];
  /** Province under the pointer (white outline on choropleths and symbols). */
  readonly highlightCode: number | null;
  /** Selected province (thick cyan outline); default none. */
  readonly selectedCode?: number | null;
  readonly labels: readonly MapLabel[];
  readonly ariaLabel: string;
  /** Camera to show; null (default) shows all of Thailand unless `fitTo` is set. */
  readonly view?: MapView | null;
  /** Bounds to fit (a region, a province), applied when the bounds' values change. */
  readonly fitTo?: FitTarget | null;
  /** The object under the pointer, or null. */
  readonly onHover: (hit: MapHit | null) => void;
  /** A click on a province or its symbol selects it; a click on empty map gives null. */
  readonly onSelectProvince?: (code: number | null) => void;
  /** Where the camera came to rest (lon/lat rounded to 4 decimals, zoom to 2). */
  readonly onViewChange?: (view: MapView) => void;
  /** Called once the map is idle with every deck.gl layer loaded, after new layers with data. */
  readonly onPainted: () => void;
}

interface MapParts {
  readonly map: MapLibreMap;
  readonly labels: ProvinceLabelOverlay;
}

/**
 * The MapLibre map with deck.gl data layers interleaved into its WebGL context. deck.gl is loaded
 * after the map: until it has painted, MapLibre's province fill draws a lone choropleth by itself
 * (`preview-fill.ts`), which is what the first paint of the default view needs.
 */
export function WarMap(props: WarMapProps) {
  const { geography, layers, highlightCode, labels, onHover, onPainted } = props;
  const { selectedCode = null, view = null, fitTo = null } = props;
  const { onSelectProvince, onViewChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<MapParts | null>(null);
  // deck.gl is fetched once MapLibre has painted on its own, or at once if a layer needs it.
  const [deckWanted, setDeckWanted] = useState(false);
  // Bumped to build a new map (a WebGL context that never came back).
  const [mapGeneration, setMapGeneration] = useState(0);
  const rebuildMap = useCallback(() => {
    setMapGeneration((generation) => generation + 1);
  }, []);
  const deck = useDeckOverlay(parts?.map ?? null, deckWanted || !canPaintWithoutDeck(layers));
  // The overlay that has painted its layers: from then on deck.gl draws every layer.
  const [paintedBy, setPaintedBy] = useState<DeckParts | null>(null);
  const deckPainted = deck !== null && paintedBy === deck;
  // Changes only when the zoom crosses the points/density threshold of incident layers.
  const [zoom, setZoom] = useState(0);
  // Proportional symbols grow with the screen (×2 at 4K), as the legend's size key does.
  const symbolScale = useScreenScale();
  const deckLayers = useRef<readonly Layer[]>([]);
  const cameraAtCreation = useRef({ view, fitTo });
  // The shapes a new map starts with, and the shapes the current map has.
  const latestGeography = useRef(geography);
  const geographyOnMap = useRef<Geography | null>(null);
  // Read when the layers have painted, so a new callback identity alone does not report again.
  const latestOnPainted = useRef(onPainted);

  useEffect(() => {
    cameraAtCreation.current = { view, fitTo };
    latestGeography.current = geography;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style: createBaseStyle(latestGeography.current),
        ...initialCamera(cameraAtCreation.current.view, cameraAtCreation.current.fitTo),
        attributionControl: { compact: true, customAttribution: 'Natural Earth · world-atlas' },
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch (error) {
      // No WebGL context to be had (e.g. the GPU is resetting): try again in a moment.
      console.error('the map could not start', error);
      const retry = setTimeout(rebuildMap, MAP_RETRY_MS);
      return () => {
        clearTimeout(retry);
      };
    }
    geographyOnMap.current = latestGeography.current;
    const stopWatching = rebuildAfterContextLoss(map, rebuildMap);
    let disposed = false;
    let labels: ProvinceLabelOverlay | null = null;
    map.once('load', () => {
      if (disposed) return;
      window.warRoomMap = {
        project: (lon, lat) => {
          const point = map.project([lon, lat]);
          return { x: point.x, y: point.y };
        },
      };
      labels = new ProvinceLabelOverlay(map);
      setParts({ map, labels });
    });
    return () => {
      disposed = true;
      stopWatching();
      setParts(null);
      setDeckWanted(false);
      labels?.destroy();
      delete window.warRoomMap;
      // Removes every map listener and the overlay, which finalises deck.gl and its GPU buffers.
      map.remove();
    };
  }, [mapGeneration, rebuildMap]);

  useEffect(() => {
    if (!parts || !geography || geographyOnMap.current === geography) return;
    geographyOnMap.current = geography;
    setBaseGeography(parts.map, geography);
  }, [parts, geography]);

  useControlledCamera(parts?.map ?? null, view, fitTo, onViewChange);

  useEffect(() => {
    if (!parts) return;
    const { map } = parts;
    const followZoom = () => {
      const next = map.getZoom();
      setZoom((last) => (showsIncidentPoints(last) === showsIncidentPoints(next) ? last : next));
    };
    followZoom();
    map.on('zoom', followZoom);
    return () => {
      map.off('zoom', followZoom);
    };
  }, [parts]);

  useEffect(() => {
    if (!parts) return;
    const spec = deckPainted ? null : previewChoropleth(layers);
    parts.map.setPaintProperty(PROVINCE_FILL_LAYER_ID, 'fill-color', previewFillColour(spec));
  }, [parts, layers, deckPainted]);

  useEffect(() => {
    if (!deck || !geography) return;
    const built = deck.build(layers, {
      features: geography.provinces.features,
      zoom,
      symbolScale,
      highlightCode,
      selectedCode,
      onHover,
      onSelectProvince: (code) => onSelectProvince?.(code),
    });
    deckLayers.current = built;
    deck.overlay.setProps({ layers: built });
  }, [
    deck,
    geography,
    layers,
    zoom,
    symbolScale,
    highlightCode,
    selectedCode,
    onHover,
    onSelectProvince,
  ]);

  useEffect(() => {
    if (!parts) return;
    // MapLibre's own click and feature query decide which province was clicked: it is synchronous,
    // so even a very quick click counts (deck.gl's asynchronous picking missed those). A click
    // outside Thailand clears the selection.
    const { map } = parts;
    const onClick = (event: MapMouseEvent) => {
      const hit = map.queryRenderedFeatures(event.point, { layers: [PROVINCE_FILL_LAYER_ID] })[0];
      const code = Number(hit?.properties.code);
      onSelectProvince?.(Number.isFinite(code) ? code : null);
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [parts, onSelectProvince]);

  useEffect(() => {
    latestOnPainted.current = onPainted;
  });

  useEffect(() => {
    // Nothing to wait for when a visible layer has no data yet; with no layers at all, the base
    // map itself is what gets painted.
    if (!parts || !geography || layers.some((spec) => spec.visible && !specHasData(spec))) return;
    if (!deck && !canPaintWithoutDeck(layers)) return;
    const { map } = parts;
    const reportWhenLoaded = () => {
      if (!deck) {
        latestOnPainted.current();
        setDeckWanted(true);
        return;
      }
      const visible = deckLayers.current.filter((layer) => layer.props.visible);
      // Still loading: deck.gl repaints the map when it finishes, which ends in another idle.
      if (!visible.every((layer) => layer.isLoaded)) {
        map.once('idle', reportWhenLoaded);
        return;
      }
      setPaintedBy(deck);
      latestOnPainted.current();
    };
    map.once('idle', reportWhenLoaded);
    map.triggerRepaint();
    return () => {
      map.off('idle', reportWhenLoaded);
    };
  }, [parts, deck, layers, geography]);

  useEffect(() => {
    if (!parts) return;
    parts.labels.setLabels(labels);
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) parts.labels.measure();
    });
    return () => {
      cancelled = true;
    };
  }, [parts, labels]);

  useEffect(() => {
    // Each label's colour follows what is drawn under it: choropleths and symbols.
    parts?.labels.setFills(labelFillsOf(layers));
  }, [parts, layers]);

  return (
    <div
      ref={containerRef}
      className="war-map"
      data-layers={deckPainted ? 'deck' : 'preview'}
      role="region"
      aria-label={props.ariaLabel}
      onMouseLeave={() => {
        onHover(null);
      }}
    />
  );
}
