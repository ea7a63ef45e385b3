import type { Color, Layer } from '@deck.gl/core';
import { HeatmapLayer, HexagonLayer } from '@deck.gl/aggregation-layers';
import type { Rgb } from '../../state/palettes';
import type { PointColumns } from '../../state/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { DENSITY_RAMP } from './colours';
import type { DayRange } from './incident-points-layer';
import { densityColumns, type DensityColumns } from './density-columns';

/** How incident density is drawn when zoomed out. */
export type DensityMode = 'hexagon' | 'heatmap';

/** Inputs of {@link incidentDensityLayer}. */
export interface IncidentDensityInput {
  readonly id: string;
  readonly points: PointColumns;
  readonly opacity: number;
  readonly visible?: boolean;
  readonly mode: DensityMode;
  /** Only points whose day lies in the range are counted; null counts every point. */
  readonly dayRange: DayRange | null;
  /** Low to high density; defaults to {@link DENSITY_RAMP}. */
  readonly colourRange?: readonly Rgb[];
  /** Hexagon radius in metres (hexagon mode). */
  readonly hexagonRadiusMetres?: number;
}

/** Hexagon radius when none is given: about 7 px at the zoom that shows all of Thailand. */
export const DEFAULT_HEXAGON_RADIUS_M = 12_000;
/** Heatmap kernel radius in CSS pixels. */
export const HEATMAP_RADIUS_PX = 25;

interface DensityBinaryData {
  readonly length: number;
  readonly attributes: {
    readonly getPosition: { readonly value: Float32Array; readonly size: 3 };
    readonly getColorWeight: { readonly value: Float32Array; readonly size: 1 };
    readonly getWeight: { readonly value: Float32Array; readonly size: 1 };
  };
}

const binaryDataCache = new WeakMap<DensityColumns, DensityBinaryData>();

function densityBinaryData(columns: DensityColumns): DensityBinaryData {
  let data = binaryDataCache.get(columns);
  if (!data) {
    const weights = { value: columns.weights, size: 1 } as const;
    data = {
      length: columns.length,
      // getColorWeight is read by the HexagonLayer, getWeight by the HeatmapLayer.
      attributes: {
        getPosition: { value: columns.positions, size: 3 },
        getColorWeight: weights,
        getWeight: weights,
      },
    };
    binaryDataCache.set(columns, data);
  }
  return data;
}

const rampCache = new WeakMap<readonly Rgb[], Color[]>();

function toColorRange(ramp: readonly Rgb[]): Color[] {
  let range = rampCache.get(ramp);
  if (!range) {
    range = ramp.map(([r, g, b]) => [r, g, b]);
    rampCache.set(ramp, range);
  }
  return range;
}

/**
 * Weighted incident density: hexagon bins or a heatmap over the same typed arrays. The day range
 * is applied on the CPU (see {@link densityColumns}): the filtered arrays are built once per
 * range and reused while the range stays. The layer's id is `${id}:${mode}`, so switching the
 * mode replaces the layer instead of morphing one class into another.
 */
export function incidentDensityLayer(input: IncidentDensityInput): Layer {
  const columns = densityColumns(input.points, input.dayRange);
  const common = {
    id: `${input.id}:${input.mode}`,
    data: densityBinaryData(columns),
    opacity: input.opacity,
    // An aggregation over no points has no bounds to place its texture or bins in.
    visible: (input.visible ?? true) && columns.length > 0,
    colorRange: toColorRange(input.colourRange ?? DENSITY_RAMP),
    beforeId: DATA_LAYERS_BEFORE_ID,
  };
  if (input.mode === 'heatmap') {
    return new HeatmapLayer<unknown, { beforeId: string }>({
      ...common,
      radiusPixels: HEATMAP_RADIUS_PX,
      aggregation: 'SUM',
      threshold: 0.03,
    });
  }
  return new HexagonLayer<unknown, { beforeId: string }>({
    ...common,
    radius: input.hexagonRadiusMetres ?? DEFAULT_HEXAGON_RADIUS_M,
    coverage: 0.9,
    extruded: false,
    // deck.gl 9.4's GPU binning loses binary positions (every point falls outside the bins).
    gpuAggregation: false,
    colorAggregation: 'SUM',
    colorScaleType: 'quantile',
  });
}
