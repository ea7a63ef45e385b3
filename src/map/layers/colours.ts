import { INCIDENT_DENSITY_RAMP, type Rgb } from '../../state/layers/palettes';

/** RGBA colour, 0-255 per channel, as deck.gl takes it. */
export type Rgba = [number, number, number, number];

/** Outline of provinces the model emphasises (e.g. below a target): bright amber. */
export const OUTLINE_AMBER: Rgba = [255, 176, 0, 255];
/** Outline of the hovered province or symbol. */
export const HOVER_WHITE: Rgba = [255, 255, 255, 255];
/** Outline of the selected province or symbol: cyan, apart from every viridis class, amber and white. */
export const SELECTED_ACCENT: Rgba = [0, 212, 255, 255];
/** Dark casing drawn under outlines so they read on light and dark fills alike. */
export const CASING: Rgba = [11, 20, 36, 230];
/** Fully transparent, for "no outline" and provinces missing from a model. */
export const TRANSPARENT: Rgba = [0, 0, 0, 0];

/** Default ramp for incident density (defined with the other palettes, so legends share it). */
export const DENSITY_RAMP = INCIDENT_DENSITY_RAMP;

/** `rgb` with an alpha channel. */
export function withAlpha(rgb: Rgb, alpha: number): Rgba {
  return [rgb[0], rgb[1], rgb[2], alpha];
}
