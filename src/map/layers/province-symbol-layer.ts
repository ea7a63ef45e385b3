import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { ProvinceSymbol } from '../../state/models/view-models';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { CASING, HOVER_WHITE, SELECTED_ACCENT, withAlpha } from './colours';
import { toPickHandler, type LayerHitHandler } from './layer-hit';

/** Inputs of {@link provinceSymbolLayer}. */
export interface ProvinceSymbolInput {
  readonly id: string;
  readonly symbols: readonly ProvinceSymbol[];
  readonly opacity: number;
  readonly visible?: boolean;
  readonly highlightCode?: number | null;
  readonly selectedCode?: number | null;
  /** hit.code is the symbol's province. */
  readonly onHover?: LayerHitHandler;
  readonly onClick?: LayerHitHandler;
}

/** Fill alpha of a symbol: overlapping circles and the choropleth beneath stay readable. */
export const SYMBOL_FILL_ALPHA = 200;

const sortedCache = new WeakMap<readonly ProvinceSymbol[], ProvinceSymbol[]>();

/** Largest first, so small circles are drawn on top of the big ones they overlap (memoised). */
export function largestFirst(symbols: readonly ProvinceSymbol[]): ProvinceSymbol[] {
  let sorted = sortedCache.get(symbols);
  if (!sorted) {
    sorted = [...symbols].sort((a, b) => b.radiusPx - a.radiusPx);
    sortedCache.set(symbols, sorted);
  }
  return sorted;
}

/** Proportional circles at province anchors, radius in pixels from the model, stroked, pickable. */
export function provinceSymbolLayer(input: ProvinceSymbolInput): Layer {
  const highlightCode = input.highlightCode ?? null;
  const selectedCode = input.selectedCode ?? null;
  const describe = (info: { object?: ProvinceSymbol }) =>
    info.object ? { code: info.object.code } : null;
  const onHover = toPickHandler<ProvinceSymbol>(input.onHover, describe);
  const onClick = toPickHandler<ProvinceSymbol>(input.onClick, describe);
  return new ScatterplotLayer<ProvinceSymbol, { beforeId: string }>({
    id: input.id,
    data: largestFirst(input.symbols),
    getPosition: (s) => [s.lon, s.lat],
    getRadius: (s) => s.radiusPx,
    getFillColor: (s) => withAlpha(s.colour, SYMBOL_FILL_ALPHA),
    getLineColor: (s) =>
      s.code === selectedCode ? SELECTED_ACCENT : s.code === highlightCode ? HOVER_WHITE : CASING,
    getLineWidth: (s) => (s.code === selectedCode ? 3 : s.code === highlightCode ? 2 : 1),
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    stroked: true,
    filled: true,
    pickable: true,
    opacity: input.opacity,
    visible: input.visible ?? true,
    ...(onHover && { onHover }),
    ...(onClick && { onClick }),
    updateTriggers: {
      getLineColor: [selectedCode, highlightCode],
      getLineWidth: [selectedCode, highlightCode],
    },
    beforeId: DATA_LAYERS_BEFORE_ID,
  });
}
