import type { ExpressionSpecification } from 'maplibre-gl';
import { BASE_COLOURS } from './base-style';
import type { ChoroplethSpec, MapLayerSpec } from './layer-spec';

/**
 * Until deck.gl has loaded (it is fetched after the first paint), MapLibre's own province fill
 * draws the top-most visible choropleth, so the first paint needs neither deck.gl's code nor its
 * shaders. These helpers turn the specs into that fill colour.
 */

/** The choropleth MapLibre can draw on its own, or null when the visible layers need deck.gl. */
export function previewChoropleth(specs: readonly MapLayerSpec[]): ChoroplethSpec | null {
  const visible = specs.filter((spec) => spec.visible);
  if (!visible.every((spec) => spec.kind === 'choropleth')) return null;
  const top = visible.at(-1);
  return top?.kind === 'choropleth' && top.choropleth.colourByCode.size > 0 ? top : null;
}

/** True when MapLibre alone can paint `specs` as deck.gl would (nothing visible, or one choropleth on top). */
export function canPaintWithoutDeck(specs: readonly MapLayerSpec[]): boolean {
  return specs.every((spec) => !spec.visible) || previewChoropleth(specs) !== null;
}

/**
 * The province fill colour: each province's class colour laid over the land at the layer's
 * opacity (what deck.gl's fill over the land shows), the land colour where the model has none.
 */
export function previewFillColour(spec: ChoroplethSpec | null): string | ExpressionSpecification {
  if (!spec || spec.choropleth.colourByCode.size === 0) return BASE_COLOURS.land;
  const land = hexToRgb(BASE_COLOURS.land);
  const alpha = Math.min(1, Math.max(0, spec.opacity));
  // One branch per class colour, listing its provinces (a match label may be an array).
  const codesByColour = new Map<string, number[]>();
  for (const [code, rgb] of spec.choropleth.colourByCode) {
    const mixed = rgb.map((channel, i) =>
      Math.round(channel * alpha + (land[i] ?? 0) * (1 - alpha)),
    );
    const colour = rgbToHex(mixed);
    codesByColour.set(colour, [...(codesByColour.get(colour) ?? []), code]);
  }
  const branches = [...codesByColour].flatMap(([colour, codes]) => [codes, colour]);
  // The model has at least one colour, so the expression has the one branch MapLibre requires.
  return [
    'match',
    ['get', 'code'],
    ...branches,
    BASE_COLOURS.land,
  ] as unknown as ExpressionSpecification;
}

function hexToRgb(hex: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
}

function rgbToHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
