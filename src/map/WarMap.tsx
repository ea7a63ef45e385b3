import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { Rgb } from '../state/palettes';
import { createBaseStyle } from './base-style';
import { createProvinceChoroplethLayer } from './choropleth-layer';
import type { Geography } from './load-geography';
import { ProvinceLabelOverlay, type MapLabel } from './province-labels';

setWorkerUrl(maplibreWorkerUrl);

/** West, south, east, north of Thailand with a little margin. */
export const THAILAND_BOUNDS: [number, number, number, number] = [97.2, 5.5, 105.8, 20.6];

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
  readonly geography: Geography;
  /** Fill colour per province code; null until the first values arrive. */
  readonly colourByCode: ReadonlyMap<number, Rgb> | null;
  readonly highlightCode: number | null;
  readonly labels: readonly MapLabel[];
  readonly ariaLabel: string;
  readonly onHover: (code: number | null, x: number, y: number) => void;
  /** Called once the map has painted the data layer for a new colour map. */
  readonly onPainted: () => void;
}

interface MapParts {
  readonly map: MapLibreMap;
  readonly overlay: MapLibreOverlay;
  readonly labels: ProvinceLabelOverlay;
}

/** The MapLibre map with deck.gl data layers interleaved into its WebGL context. */
export function WarMap(props: WarMapProps) {
  const { geography, colourByCode, highlightCode, labels, onHover, onPainted } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<MapParts | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = new MapLibreMap({
      container,
      style: createBaseStyle(geography),
      bounds: THAILAND_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      attributionControl: { compact: true, customAttribution: 'Natural Earth · world-atlas' },
      dragRotate: false,
      pitchWithRotate: false,
    });
    let disposed = false;
    let created: MapParts | null = null;
    map.once('load', () => {
      if (disposed) return;
      // deck.gl attaches to MapLibre's WebGL context asynchronously; until onLoad it draws nothing.
      const overlay = new MapLibreOverlay({
        interleaved: true,
        layers: [],
        onLoad: () => {
          if (disposed || !created) return;
          window.warRoomMap = {
            project: (lon, lat) => {
              const point = map.project([lon, lat]);
              return { x: point.x, y: point.y };
            },
          };
          setParts(created);
        },
      });
      created = { map, overlay, labels: new ProvinceLabelOverlay(map) };
      map.addControl(overlay);
    });
    return () => {
      disposed = true;
      setParts(null);
      created?.labels.destroy();
      delete window.warRoomMap;
      map.remove();
    };
  }, [geography]);

  useEffect(() => {
    if (!parts || !colourByCode) return;
    parts.overlay.setProps({
      layers: [
        createProvinceChoroplethLayer({
          id: 'vaccination-dose2-choropleth',
          features: geography.provinces.features,
          colourByCode,
          highlightCode,
          onHover,
        }),
      ],
    });
  }, [parts, geography, colourByCode, highlightCode, onHover]);

  useEffect(() => {
    if (!parts || !colourByCode) return;
    const { map } = parts;
    map.once('idle', onPainted);
    map.triggerRepaint();
    return () => {
      map.off('idle', onPainted);
    };
  }, [parts, colourByCode, onPainted]);

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

  return (
    <div
      ref={containerRef}
      className="war-map"
      role="region"
      aria-label={props.ariaLabel}
      onMouseLeave={() => {
        onHover(null, 0, 0);
      }}
    />
  );
}
