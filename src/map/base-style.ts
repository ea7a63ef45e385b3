import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { Geography } from './load-geography';

/** Colours of the dark base map. */
export const BASE_COLOURS = {
  sea: '#0b1424',
  land: '#1b2436',
  landOutline: '#3a465c',
  provinceOutline: '#0b1424',
  nationalOutline: '#c9d3e6',
} as const;

/** Id of the MapLibre fill of every province (under the data layers): used to find clicked provinces. */
export const PROVINCE_FILL_LAYER_ID = 'province-base';

/** Id of the MapLibre layer the data layers are drawn beneath (province outlines stay on top). */
export const DATA_LAYERS_BEFORE_ID = 'province-outline';

const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * A MapLibre style that needs no tiles, no sprite and no glyph server: the sea, the neighbouring
 * countries and the province outlines, all from the app's own GeoJSON (empty until `geography`
 * is there: {@link setBaseGeography} fills it in).
 */
export function createBaseStyle(geography: Geography | null): StyleSpecification {
  return {
    version: 8,
    sources: {
      neighbours: { type: 'geojson', data: geography?.neighbours ?? NO_FEATURES },
      provinces: { type: 'geojson', data: geography?.provinces ?? NO_FEATURES },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASE_COLOURS.sea } },
      {
        id: 'neighbour-fill',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': BASE_COLOURS.land },
      },
      {
        id: 'neighbour-outline',
        type: 'line',
        source: 'neighbours',
        paint: { 'line-color': BASE_COLOURS.landOutline, 'line-width': 0.8 },
      },
      {
        id: PROVINCE_FILL_LAYER_ID,
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': BASE_COLOURS.land },
      },
      {
        id: DATA_LAYERS_BEFORE_ID,
        type: 'line',
        source: 'provinces',
        paint: {
          'line-color': BASE_COLOURS.provinceOutline,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 8, 1.2],
        },
      },
    ],
  };
}

/** Gives a map made by {@link createBaseStyle}(null) its province and neighbour shapes. */
export function setBaseGeography(map: MapLibreMap, geography: Geography): void {
  // Both are processed in MapLibre's worker; the map repaints when they are done.
  void map.getSource<GeoJSONSource>('neighbours')?.setData(geography.neighbours);
  void map.getSource<GeoJSONSource>('provinces')?.setData(geography.provinces);
}
