import type { MapLayerSpec } from './layer-spec';
import type { LayerView } from '../state/models/view-model-selectors';

/**
 * The map's layer specs for the active layers (bottom first). Keys are the dataset ids, so a
 * layer keeps its deck.gl id (and buffers) across re-renders; layers without data yet are left
 * out (so fewer specs than active layers means "still loading").
 */
export function mapSpecsOf(layers: readonly LayerView[]): MapLayerSpec[] {
  const specs: MapLayerSpec[] = [];
  for (const { drawing } of layers) {
    const base = { key: drawing.id, visible: true, opacity: drawing.opacity };
    switch (drawing.kind) {
      case 'choropleth':
        if (drawing.valueByCode.size > 0) {
          specs.push({ ...base, kind: 'choropleth', model: drawing.choropleth });
        }
        break;
      case 'incidents':
        if (drawing.cells) {
          specs.push({
            ...base,
            kind: 'incidents',
            points: drawing.points,
            cells: drawing.cells,
            densityMode: drawing.densityMode,
            dayRange: drawing.dayRange,
          });
        }
        break;
      case 'symbols':
        if (drawing.symbols.length > 0) {
          specs.push({ ...base, kind: 'province-symbols', symbols: drawing.symbols });
        }
        break;
      case 'hexcells':
        if (drawing.cells.length > 0)
          specs.push({ ...base, kind: 'hex-cells', cells: drawing.cells });
        break;
    }
  }
  return specs;
}
