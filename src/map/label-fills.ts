import { MAP_LAND_COLOUR, type Rgb } from '../state/layers/palettes';
import { blendOver } from './label-contrast';
import type { MapLayerSpec } from './layer-spec';
import { SYMBOL_FILL_ALPHA } from './layers/province-symbol-layer';

/**
 * The opacity deck.gl draws a layer's `opacity` prop with: it applies it gamma-corrected
 * (opacity^(1/2.2)), so a layer at 0.9 covers what is beneath it at 0.953 (measured on screen).
 */
export function drawnOpacity(opacity: number): number {
  return opacity ** (1 / 2.2);
}

/**
 * What shows under each province's label, as the screen shows it: the visible choropleths and
 * proportional symbols (a province's circle sits on its label point) composited bottom to top,
 * each at the opacity deck.gl draws it with, over the land. Provinces no layer covers are absent (bare land); null when
 * no layer covers any.
 */
export function labelFillsOf(layers: readonly MapLayerSpec[]): ReadonlyMap<number, Rgb> | null {
  const fills = new Map<number, Rgb>();
  const paint = (code: number, colour: Rgb, alpha: number) => {
    fills.set(code, blendOver(colour, alpha, fills.get(code) ?? MAP_LAND_COLOUR));
  };
  for (const spec of layers) {
    if (!spec.visible) continue;
    if (spec.kind === 'choropleth')
      for (const [code, colour] of spec.choropleth.colourByCode)
        paint(code, colour, drawnOpacity(spec.opacity));
    if (spec.kind === 'province-symbols')
      for (const symbol of spec.symbols)
        paint(symbol.code, symbol.colour, (drawnOpacity(spec.opacity) * SYMBOL_FILL_ALPHA) / 255);
  }
  return fills.size === 0 ? null : fills;
}
