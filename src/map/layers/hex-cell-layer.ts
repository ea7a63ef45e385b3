import type { Layer, Position } from '@deck.gl/core';
import { PolygonLayer } from '@deck.gl/layers';
import type { HexCell } from '../../state/models/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { CASING, withAlpha } from './colours';
import { toPickHandler, type LayerHitHandler } from './layer-hit';

/** Inputs of {@link hexCellLayer}. */
export interface HexCellInput {
  readonly id: string;
  /** Aggregated cells that already meet the minimum group size: nothing else is ever drawn. */
  readonly cells: readonly HexCell[];
  readonly opacity: number;
  readonly visible?: boolean;
  /** hit.index is the cell's index in `cells`. */
  readonly onHover?: LayerHitHandler;
}

/** Fill alpha of a cell. */
export const CELL_FILL_ALPHA = 220;

/** Aggregated hexagonal cells (personal data, already k-anonymous) as filled polygons. */
export function hexCellLayer(input: HexCellInput): Layer {
  const onHover = toPickHandler(input.onHover, (info) => ({ index: info.index }));
  return new PolygonLayer<HexCell, { beforeId: string }>({
    id: input.id,
    data: input.cells,
    getPolygon: (cell) => cell.polygon as Position[],
    getFillColor: (cell) => withAlpha(cell.colour, CELL_FILL_ALPHA),
    getLineColor: CASING,
    getLineWidth: 0.5,
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    pickable: true,
    opacity: input.opacity,
    visible: input.visible ?? true,
    ...(onHover && { onHover }),
    beforeId: DATA_LAYERS_BEFORE_ID,
  });
}
