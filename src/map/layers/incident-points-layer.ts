import type { Layer } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { PointColumns } from '../../state/models/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { toPickHandler, type LayerHitHandler } from './layer-hit';

/** Inclusive range of day indexes [from, to] (days since the dataset's first day). */
export type DayRange = readonly [number, number];

/** Inputs of {@link incidentPointsLayer}. */
export interface IncidentPointsInput {
  readonly id: string;
  readonly points: PointColumns;
  readonly opacity: number;
  readonly visible?: boolean;
  /** Only points whose day lies in the range are drawn; null draws every point. */
  readonly dayRange: DayRange | null;
  /** Makes the points pickable (hit.index is the row). */
  readonly onHover?: LayerHitHandler;
}

/** Binary `data` of a ScatterplotLayer, as deck.gl takes typed arrays. */
export interface PointsBinaryData {
  readonly length: number;
  readonly attributes: {
    readonly getPosition: { readonly value: Float32Array; readonly size: 2 };
    readonly getRadius: { readonly value: Float32Array; readonly size: 1 };
    readonly getFillColor: {
      readonly value: Uint8Array;
      readonly size: 4;
      readonly normalized: true;
    };
    readonly getFilterValue: { readonly value: Float32Array; readonly size: 1 };
  };
}

/** One extension instance for every layer: deck.gl compares extensions, and a shared one is equal. */
const DAY_FILTER = new DataFilterExtension({ filterSize: 1 });

const binaryDataCache = new WeakMap<PointColumns, PointsBinaryData>();

/**
 * The binary `data` object for `points`, the same object for the same columns: deck.gl then sees
 * no data change and keeps its GPU buffers.
 */
export function pointsBinaryData(points: PointColumns): PointsBinaryData {
  let data = binaryDataCache.get(points);
  if (!data) {
    data = {
      length: points.length,
      attributes: {
        getPosition: { value: points.positions, size: 2 },
        getRadius: { value: points.radii, size: 1 },
        getFillColor: { value: points.colours, size: 4, normalized: true },
        getFilterValue: { value: points.days, size: 1 },
      },
    };
    binaryDataCache.set(points, data);
  }
  return data;
}

/**
 * Individual incidents as pixel-sized dots from typed arrays. The day filter runs on the GPU
 * (DataFilterExtension on the `days` column): moving the time cursor changes two uniforms and
 * uploads nothing.
 */
export function incidentPointsLayer(input: IncidentPointsInput): Layer {
  const onHover = toPickHandler(input.onHover, (info) => ({ index: info.index }));
  return new ScatterplotLayer<unknown, DataFilterExtensionProps & { beforeId: string }>({
    id: input.id,
    data: pointsBinaryData(input.points),
    radiusUnits: 'pixels',
    radiusMinPixels: 1,
    stroked: false,
    opacity: input.opacity,
    visible: input.visible ?? true,
    pickable: onHover !== undefined,
    ...(onHover && { onHover }),
    extensions: [DAY_FILTER],
    filterEnabled: input.dayRange !== null,
    filterRange: input.dayRange ?? [0, 0],
    beforeId: DATA_LAYERS_BEFORE_ID,
  });
}
