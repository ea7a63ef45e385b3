import { useCallback, useMemo } from 'react';
import { PROVINCE_BY_CODE } from '../data/places/provinces';
import type { Lang } from '../i18n/messages';
import type { MapLayerSpec } from '../map/layer-spec';
import type { Geography } from '../map/load-geography';
import type { MapLabel } from '../map/province-labels';
import type { LayerView } from '../state/models/view-model-selectors';
import { mapSpecsOf } from '../map/map-specs';

/** The province name labels of the map, in the UI language (shared by the dashboard and wall). */
export function useProvinceLabels(geography: Geography | null, lang: Lang): readonly MapLabel[] {
  return useMemo(
    () =>
      (geography?.provinces.features ?? []).map((f) => {
        const province = PROVINCE_BY_CODE.get(f.properties.code);
        return {
          id: f.properties.code,
          lon: f.properties.label_lon,
          lat: f.properties.label_lat,
          text: (lang === 'th' ? province?.nameTh : province?.nameEn) ?? String(f.properties.code),
          // The capital is always labelled; otherwise bigger provinces win.
          priority: f.properties.code === 10 ? Number.MAX_VALUE : f.properties.areaKm2,
        };
      }),
    [geography, lang],
  );
}

/**
 * The map's layer specs for the active layers and the `onPainted` callback that reports the page
 * ready only once the map has painted every active layer with its data (or DuckDB has said the
 * layer has nothing to draw: a filter nothing passes must not leave a kiosk "loading" for ever).
 */
export function useMapLayers(
  layers: readonly LayerView[],
  painted: () => void,
): { readonly mapLayers: readonly MapLayerSpec[]; readonly onPainted: () => void } {
  const mapLayers = useMemo(() => mapSpecsOf(layers), [layers]);
  const drawn = new Set(mapLayers.map((spec) => spec.key));
  const allLayersDrawn = layers.every((layer) => layer.answered || drawn.has(layer.drawing.id));
  const onPainted = useCallback(() => {
    if (allLayersDrawn) painted();
  }, [painted, allLayersDrawn]);
  return { mapLayers, onPainted };
}
