import type { MapLayerSpec } from './layer-spec';
import type { LayerView } from '../state/models/view-model-selectors';

/**
 * The map's layer specs for the active layers (bottom first): each layer model is a drawing, so
 * it is drawn as it is, keyed by its dataset id (a layer keeps its deck.gl id and buffers across
 * re-renders). Layers without an answer to draw yet are left out, so fewer specs than active
 * layers means "still loading".
 */
export function mapSpecsOf(layers: readonly LayerView[]): MapLayerSpec[] {
  const specs: MapLayerSpec[] = [];
  for (const { drawing } of layers) {
    if (!hasAnswer(drawing)) continue;
    // The model's own legend is the legend panel's; the spec's ownLegend is for user layers.
    specs.push({ ...drawing, key: drawing.id, visible: true, opacity: drawing.opacity });
  }
  return specs;
}

/** True once the layer's query has given it something to draw with. */
function hasAnswer(drawing: LayerView['drawing']): boolean {
  switch (drawing.kind) {
    case 'choropleth':
      return drawing.valueByCode.size > 0;
    case 'incidents':
      return drawing.cells !== null;
    case 'province-symbols':
      return drawing.symbols.length > 0;
    case 'hex-cells':
      return drawing.cells.length > 0;
  }
}
