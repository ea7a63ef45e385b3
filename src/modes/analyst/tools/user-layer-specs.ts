/**
 * Memoised selectors from the data tools' store to what the map draws (MapLayerSpec[]) and what
 * each user layer's legend says. A layer's drawing is computed once per table and setting, so
 * showing, hiding or fading a layer uploads nothing new.
 */
import type { Lang } from '../../../i18n/messages';
import type { MapLayerSpec } from '../../../map/layer-spec';
import { hexToRgb, OKABE_ITO, type Rgb } from '../../../state/palettes';
import { useStore } from '../../../state/store';
import type { PointColumns } from '../../../state/view-models';
import {
  userChoropleth,
  userPoints,
  valuesByProvince,
  type UserChoropleth,
} from './user-layer-model';
import { userLayerLegend } from './user-layer-legend';
import {
  sharedDataTools,
  type DataToolsState,
  type DataToolsStore,
  type UserLayer,
} from './user-layers-store';

/** What a user layer draws. */
export type UserDrawing =
  | { readonly kind: 'province'; readonly choropleth: UserChoropleth }
  | { readonly kind: 'points'; readonly points: PointColumns; readonly colour: Rgb };

const drawings = new WeakMap<object, Map<string, UserDrawing>>();

/** The colour of a points layer: the categorical palette, by the layer's index. */
export function pointColour(index: number): Rgb {
  const hex = OKABE_ITO[index % OKABE_ITO.length] ?? '#e69f00';
  return hexToRgb(hex);
}

/** The layer's drawing, the same object while its table and colour settings stay the same. */
export function userDrawing(layer: UserLayer): UserDrawing {
  const settings =
    layer.key.kind === 'province'
      ? `p|${layer.column ?? ''}|${layer.method}|${layer.palette}`
      : `x|${layer.colourIndex}`;
  let byTable = drawings.get(layer.table);
  if (!byTable) {
    byTable = new Map();
    drawings.set(layer.table, byTable);
  }
  const cached = byTable.get(settings);
  if (cached) return cached;
  let drawing: UserDrawing;
  if (layer.key.kind === 'province') {
    const values = valuesByProvince(layer.table, layer.key.code, layer.column);
    drawing = { kind: 'province', choropleth: userChoropleth(values, layer.method, layer.palette) };
  } else {
    const colour = pointColour(layer.colourIndex);
    drawing = {
      kind: 'points',
      colour,
      points: userPoints(layer.table, layer.key.lon, layer.key.lat, colour),
    };
  }
  byTable.set(settings, drawing);
  return drawing;
}

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
    legend: (lang: Lang) => userLayerLegend(layer, drawing, lang),
  };
  return drawing.kind === 'province'
    ? { ...base, kind: 'choropleth', model: drawing.choropleth.model }
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
