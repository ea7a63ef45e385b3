import { GeoJsonLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { Rgb } from '../state/palettes';
import { DATA_LAYERS_BEFORE_ID } from './base-style';
import type { ProvinceFeature } from './load-geography';

/** Inputs of {@link createProvinceChoroplethLayer}. */
export interface ProvinceChoroplethInput {
  readonly id: string;
  readonly features: readonly ProvinceFeature[];
  readonly colourByCode: ReadonlyMap<number, Rgb>;
  readonly highlightCode: number | null;
  readonly onHover: (code: number | null, x: number, y: number) => void;
}

const FALLBACK: Rgb = [0, 0, 0];

/**
 * A stateless factory for the province choropleth: fills from `colourByCode`, a light outline
 * on the highlighted province. deck.gl diffs by layer id and updateTriggers, so a new colour map
 * recolours without re-tessellating the polygons.
 */
export function createProvinceChoroplethLayer(input: ProvinceChoroplethInput) {
  const { colourByCode, highlightCode } = input;
  return new GeoJsonLayer<ProvinceFeature['properties'], { beforeId: string }>({
    id: input.id,
    data: input.features as ProvinceFeature[],
    beforeId: DATA_LAYERS_BEFORE_ID,
    filled: true,
    stroked: true,
    pickable: true,
    getFillColor: (f) => [...(colourByCode.get(f.properties.code) ?? FALLBACK), 255],
    getLineColor: (f) =>
      f.properties.code === highlightCode ? [255, 255, 255, 255] : [0, 0, 0, 0],
    getLineWidth: (f) => (f.properties.code === highlightCode ? 2.5 : 0),
    lineWidthUnits: 'pixels',
    updateTriggers: {
      getFillColor: [colourByCode],
      getLineColor: [highlightCode],
      getLineWidth: [highlightCode],
    },
    onHover: (info: PickingInfo<ProvinceFeature>) => {
      input.onHover(info.object?.properties.code ?? null, info.x, info.y);
    },
  });
}
