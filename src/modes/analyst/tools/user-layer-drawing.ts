/**
 * What a user layer draws (province colours or points), computed once per table and setting so
 * showing, hiding or fading a layer uploads nothing new. Kept apart from the map specs because
 * the legend needs it too, and the specs need the legend.
 */
import { hexToRgb, OKABE_ITO, type Rgb } from '../../../state/layers/palettes';
import type { PointColumns } from '../../../state/models/view-models';
import {
  userChoropleth,
  userPoints,
  valuesByProvince,
  type UserChoropleth,
} from './user-layer-model';
import type { UserLayer } from './user-layers-store';

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
