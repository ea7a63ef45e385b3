import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { ProvinceSymbol } from '../../state/models/view-models';
import { largestValue, symbolRadiusPx } from '../../state/layers/symbol-size';
import { DATA_LAYERS_BEFORE_ID } from '../base-style';
import { CASING, HOVER_WHITE, SELECTED_ACCENT, withAlpha } from './colours';
import { toPickHandler, type LayerHitHandler } from './layer-hit';

/** Inputs of {@link provinceSymbolLayer}. */
export interface ProvinceSymbolInput {
  readonly id: string;
  readonly symbols: readonly ProvinceSymbol[];
  readonly opacity: number;
  readonly visible?: boolean;
  /** Screen scale of the radii (1 at 1080 px tall, 2 at 4K); default 1. */
  readonly scale?: number;
  readonly highlightCode?: number | null;
  readonly selectedCode?: number | null;
  /** hit.code is the symbol's province. */
  readonly onHover?: LayerHitHandler;
  readonly onClick?: LayerHitHandler;
}

/** Fill alpha of a symbol: overlapping circles and the choropleth beneath stay readable. */
export const SYMBOL_FILL_ALPHA = 200;

/** A symbol with the radius the map draws it at on a 1080-pixel screen. */
export interface SizedSymbol {
  readonly symbol: ProvinceSymbol;
  readonly radiusPx: number;
}

const sizedCache = new WeakMap<readonly ProvinceSymbol[], SizedSymbol[]>();

/**
 * The symbols sized by their values (area in proportion, a minimum radius: symbol-size.ts, the
 * rule the legend's size key uses too), largest first, so small circles are drawn on top of the
 * big ones they overlap (memoised).
 */
export function sizedLargestFirst(symbols: readonly ProvinceSymbol[]): SizedSymbol[] {
  let sized = sizedCache.get(symbols);
  if (!sized) {
    const maxValue = largestValue(symbols.map((s) => s.value));
    sized = symbols
      .map((symbol) => ({ symbol, radiusPx: symbolRadiusPx(symbol.value, maxValue) }))
      .sort((a, b) => b.radiusPx - a.radiusPx);
    sizedCache.set(symbols, sized);
  }
  return sized;
}

/**
 * Proportional circles at province anchors, stroked, pickable. The radius comes from the value,
 * not the model's `radiusPx`, so the map and the size key cannot disagree; deck.gl's
 * `radiusScale` applies the screen scale without rebuilding the radii.
 */
export function provinceSymbolLayer(input: ProvinceSymbolInput): Layer {
  const highlightCode = input.highlightCode ?? null;
  const selectedCode = input.selectedCode ?? null;
  const describe = (info: { object?: SizedSymbol }) =>
    info.object ? { code: info.object.symbol.code } : null;
  const onHover = toPickHandler<SizedSymbol>(input.onHover, describe);
  const onClick = toPickHandler<SizedSymbol>(input.onClick, describe);
  return new ScatterplotLayer<SizedSymbol, { beforeId: string }>({
    id: input.id,
    data: sizedLargestFirst(input.symbols),
    getPosition: ({ symbol }) => [symbol.lon, symbol.lat],
    getRadius: (s) => s.radiusPx,
    radiusScale: input.scale ?? 1,
    getFillColor: ({ symbol }) => withAlpha(symbol.colour, SYMBOL_FILL_ALPHA),
    getLineColor: ({ symbol: { code } }) =>
      code === selectedCode ? SELECTED_ACCENT : code === highlightCode ? HOVER_WHITE : CASING,
    getLineWidth: ({ symbol: { code } }) =>
      code === selectedCode ? 3 : code === highlightCode ? 2 : 1,
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
