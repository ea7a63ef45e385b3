import type { Layer } from '@deck.gl/core';
import type { MapHit, MapLayerSpec } from './layer-spec';
import type { ProvinceFeature } from './load-geography';
import { choroplethLayer } from './layers/choropleth-layer';
import { hexCellLayer } from './layers/hex-cell-layer';
import { incidentPointsLayer } from './layers/incident-points-layer';
import type { LayerHitHandler } from './layers/layer-hit';
import { pickIncidentLayers } from './layers/pick-incident-layers';
import { provinceSymbolLayer } from './layers/province-symbol-layer';

/** What every layer shares: the province shapes, the map-wide state and the callbacks. */
export interface LayerContext {
  readonly features: readonly ProvinceFeature[];
  readonly zoom: number;
  /** Screen scale of proportional symbols (1 at 1080 px tall, 2 at 4K). */
  readonly symbolScale: number;
  readonly highlightCode: number | null;
  readonly selectedCode: number | null;
  readonly onHover: (hit: MapHit | null) => void;
  /** Called with the province code when a province or its symbol is clicked. */
  readonly onSelectProvince: (code: number) => void;
}

/**
 * The deck.gl layers for `specs`, in order (first = bottom). Layer ids are the spec keys (with a
 * suffix for layers that draw one spec in two ways), so deck.gl matches them across calls.
 */
export function buildLayers(specs: readonly MapLayerSpec[], context: LayerContext): Layer[] {
  return specs.flatMap((spec) => layersOf(spec, context));
}

function layersOf(spec: MapLayerSpec, context: LayerContext): Layer[] {
  const { key: id, opacity, visible } = spec;
  const onHover: LayerHitHandler = (hit) => {
    context.onHover(hit ? { ...hit, layerKey: id } : null);
  };
  const onClick: LayerHitHandler = (hit) => {
    if (hit?.code !== undefined) context.onSelectProvince(hit.code);
  };
  const emphasis = { highlightCode: context.highlightCode, selectedCode: context.selectedCode };
  switch (spec.kind) {
    case 'choropleth':
      return [
        choroplethLayer({
          id,
          features: context.features,
          model: spec.choropleth,
          opacity,
          visible,
          ...emphasis,
          onHover,
          onClick,
        }),
      ];
    case 'incident-points':
      return [
        incidentPointsLayer({
          id,
          points: spec.points,
          opacity,
          visible,
          dayRange: spec.dayRange,
          onHover,
        }),
      ];
    case 'incidents':
      // No density cells yet (not queried): nothing to draw until they come.
      if (spec.cells === null) return [];
      return pickIncidentLayers(context.zoom, {
        id,
        points: spec.points,
        cells: spec.cells,
        opacity,
        visible,
        densityMode: spec.densityMode,
        dayRange: spec.dayRange,
        onHover: (hit) => {
          context.onHover(hit ? { ...hit, layerKey: id, part: 'points' } : null);
        },
        onHoverCell: (hit) => {
          context.onHover(hit ? { ...hit, layerKey: id, part: 'cells' } : null);
        },
      });
    case 'province-symbols':
      return [
        provinceSymbolLayer({
          id,
          symbols: spec.symbols,
          scale: context.symbolScale,
          opacity,
          visible,
          ...emphasis,
          onHover,
          onClick,
        }),
      ];
    case 'hex-cells':
      return [hexCellLayer({ id, cells: spec.cells, opacity, visible, onHover })];
  }
}
