/**
 * Province label colours chosen by contrast with the fill under each label (WCAG 2 relative
 * luminance and contrast ratio): black text with a white halo on pale fills (the top classes of
 * the light-ended palettes, where white text vanished), white text with a black halo on dark ones.
 * Black and white are the two ends: whichever fill, one of them reaches at least 4.58 : 1.
 */
import { MAP_LAND_COLOUR, rgbToHex, type Rgb } from '../state/layers/palettes';

/** A label's text and halo colours ("#rrggbb"), and the text's contrast with the fill. */
export interface LabelColours {
  readonly text: string;
  readonly halo: string;
  readonly contrast: number;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** WCAG 2 relative luminance of an sRGB colour (0 = black, 1 = white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours, 1 (same) to 21 (black on white), lighter first. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}

/** `colour` drawn at `opacity` (0–1) over `background`, as the screen shows it. */
export function blendOver(colour: Rgb, opacity: number, background: Rgb): Rgb {
  const mix = (i: 0 | 1 | 2) => Math.round(colour[i] * opacity + background[i] * (1 - opacity));
  return [mix(0), mix(1), mix(2)];
}

/** The label colours with the higher contrast on `fill` (white wins a tie: the dark map's rule). */
export function labelColoursFor(fill: Rgb): LabelColours {
  const onWhite = contrastRatio(WHITE, fill);
  const onBlack = contrastRatio(BLACK, fill);
  return onWhite >= onBlack
    ? { text: rgbToHex(WHITE), halo: rgbToHex(BLACK), contrast: onWhite }
    : { text: rgbToHex(BLACK), halo: rgbToHex(WHITE), contrast: onBlack };
}

/** The fill under province `code`'s label: its entry of `fills`, else the bare land. */
export function fillUnderLabel(fills: ReadonlyMap<number, Rgb> | null, code: number): Rgb {
  return fills?.get(code) ?? MAP_LAND_COLOUR;
}
