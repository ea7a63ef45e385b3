import type { LabelFills } from './label-contrast';
import type { MapLayerSpec } from './layer-spec';

/**
 * What the province labels sit on: the colours of the topmost visible choropleth with data, at
 * its opacity (point, symbol and cell layers leave the province's fill as it is), or null for
 * bare land.
 */
export function labelFillsOf(layers: readonly MapLayerSpec[]): LabelFills | null {
  for (let i = layers.length - 1; i >= 0; i--) {
    const spec = layers[i];
    if (spec?.kind !== 'choropleth' || !spec.visible) continue;
    if (spec.choropleth.colourByCode.size === 0) continue;
    return { colourByCode: spec.choropleth.colourByCode, opacity: spec.opacity };
  }
  return null;
}
