/**
 * Memoised selectors from the data tools' store to what the map draws (MapLayerSpec[]) and what
 * each user layer's legend says. A layer's drawing is computed once per table and setting, so
 * showing, hiding or fading a layer uploads nothing new.
 */
import type { Lang } from '../../../i18n/messages';
import type { MapLayerSpec } from '../../../map/layer-spec';
import { useStore } from '../../../state/app/store';
import { userDrawing } from './user-layer-drawing';
import { userLayerLegend } from './user-layer-legend';
import {
  sharedDataTools,
  type DataToolsState,
  type DataToolsStore,
  type UserLayer,
} from './user-layers-store';

/** The map key of a user layer (deck.gl layer ids derive from it). */
export function userLayerKey(layer: UserLayer): string {
  return `user-${layer.id}`;
}

function specOf(layer: UserLayer): MapLayerSpec {
  const drawing = userDrawing(layer);
  const base = {
    key: userLayerKey(layer),
    visible: layer.visible,
    opacity: layer.opacity,
    ownLegend: (lang: Lang) => userLayerLegend(layer, drawing, lang),
  };
  return drawing.kind === 'province'
    ? { ...base, kind: 'choropleth', choropleth: drawing.choropleth.model }
    : { ...base, kind: 'incident-points', points: drawing.points, dayRange: null };
}

let lastLayers: readonly UserLayer[] | null = null;
let lastSpecs: readonly MapLayerSpec[] = [];
const specCache = new WeakMap<UserLayer, MapLayerSpec>();

/**
 * The user layers as map layers, bottom first, to be drawn above the datasets' layers. The same
 * array while the layers are unchanged; each spec the same object while its layer is.
 */
export function selectUserLayerSpecs(state: DataToolsState): readonly MapLayerSpec[] {
  if (state.layers === lastLayers) return lastSpecs;
  lastLayers = state.layers;
  lastSpecs = state.layers.map((layer) => {
    let spec = specCache.get(layer);
    if (!spec) {
      spec = specOf(layer);
      specCache.set(layer, spec);
    }
    return spec;
  });
  return lastSpecs;
}

/** The user layers as map layers (see {@link selectUserLayerSpecs}), for AnalystApp's map. */
export function useUserLayerSpecs(
  store: DataToolsStore = sharedDataTools,
): readonly MapLayerSpec[] {
  return useStore(store, selectUserLayerSpecs);
}
