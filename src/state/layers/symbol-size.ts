/**
 * How big a proportional symbol (a complaints circle) is drawn, shared by the map, which draws the
 * circles, and the legend's size key, which draws reference circles at the same radii. Radii are
 * given for a 1080-pixel-tall screen and multiplied by the screen's scale ({@link screenScaleOf}),
 * so a 4K wall draws them twice as large, as it does its text.
 */
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { LocalText } from '../../data/manifest/manifest-types';

/**
 * Smallest radius at 1080 px: a circle 16 px across stays visible from four metres on a wall. The
 * area stays proportional to the value above this floor only; smaller values all draw at it.
 */
export const MIN_SYMBOL_RADIUS_PX = 8;
/** Radius of the largest value at 1080 px. */
export const MAX_SYMBOL_RADIUS_PX = 30;
/** The screen height the radii above are given for (CSS pixels). */
export const REFERENCE_SCREEN_HEIGHT_PX = 1080;
/**
 * Smallest scale: on a short laptop screen the circles shrink with the screen, but no further
 * than this, so the smallest stays a few pixels wide.
 */
const MIN_SCREEN_SCALE = 0.75;

/**
 * The factor symbol radii (and the size key) are multiplied by on a screen `heightPx` CSS pixels
 * tall: 1 at 1080p, 2 at 4K (2160 px at 100 %).
 */
export function screenScaleOf(heightPx: number): number {
  if (!Number.isFinite(heightPx) || heightPx <= 0) return 1;
  return Math.max(MIN_SCREEN_SCALE, heightPx / REFERENCE_SCREEN_HEIGHT_PX);
}

/**
 * Radius at 1080 px of the symbol of `value` when the largest value is `maxValue`: the area is
 * proportional to the value (square-root scale), never below {@link MIN_SYMBOL_RADIUS_PX}.
 */
export function symbolRadiusPx(value: number, maxValue: number): number {
  if (!(maxValue > 0) || !(value > 0)) return MIN_SYMBOL_RADIUS_PX;
  const proportional = MAX_SYMBOL_RADIUS_PX * Math.sqrt(Math.min(value, maxValue) / maxValue);
  return Math.max(MIN_SYMBOL_RADIUS_PX, proportional);
}

/** The largest value of `values` (0 for none), the value the largest circle stands for. */
export function largestValue(values: Iterable<number>): number {
  let largest = 0;
  for (const value of values) if (value > largest) largest = value;
  return largest;
}

/** One reference circle of a size key. */
export interface SizeKeyEntry {
  readonly value: number;
  /** The value formatted for the UI language. */
  readonly label: string;
  /** Radius at 1080 px, as the map draws that value. */
  readonly radiusPx: number;
}

/** The size key of a proportional-symbol layer: what a circle's size stands for, with 1–3 circles. */
export interface SizeKey {
  /** "ขนาดวงกลม (เรื่อง · cases)": Thai unit first, then English, whatever the UI language. */
  readonly caption: string;
  /** Largest first. */
  readonly entries: readonly SizeKeyEntry[];
}

const CAPTION: LocalText = { th: 'ขนาดวงกลม', en: 'Circle size' };

/**
 * Round steps of a key value within a power of ten: the key's largest circle should stand for a
 * value near the map's largest (80 for 84, 150 for 168), not half of it.
 */
const ROUND_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/** The largest round value (one of {@link ROUND_STEPS} × 10^k) not above `value` (> 0). */
export function roundDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [...ROUND_STEPS].reverse().find((m) => m * power <= value * (1 + 1e-9)) ?? 1;
  return step * power;
}

/** The smallest round value (one of {@link ROUND_STEPS} × 10^k) not below `value` (> 0). */
export function roundUp(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [...ROUND_STEPS, 10].find((m) => m * power >= value * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * Reference values for a key whose largest value is `maxValue`: a round value near the largest,
 * one near a quarter of it, and the smallest round value still drawn at or above the minimum
 * radius (so each circle's area is in proportion). Duplicates, values above `maxValue` and, for
 * counts of 1 or more, fractions are dropped.
 */
export function sizeKeyValues(maxValue: number): number[] {
  if (!(maxValue > 0)) return [];
  const floorValue = maxValue * (MIN_SYMBOL_RADIUS_PX / MAX_SYMBOL_RADIUS_PX) ** 2;
  const candidates = [roundDown(maxValue), roundDown(maxValue / 4), roundUp(floorValue)];
  const values: number[] = [];
  for (const value of candidates) {
    const fraction = maxValue >= 1 && !Number.isInteger(value);
    if (value <= maxValue && !fraction && !values.includes(value)) values.push(value);
  }
  return values.sort((a, b) => b - a);
}

/** The size key of symbols whose largest value is `maxValue`, in `unit` (Thai, then English). */
export function buildSizeKey(maxValue: number, unit: LocalText, lang: Lang): SizeKey | null {
  const values = sizeKeyValues(maxValue);
  if (values.length === 0) return null;
  const unitText = unit.th === unit.en ? unit.th : `${unit.th} · ${unit.en}`;
  return {
    caption: unitText ? `${CAPTION[lang]} (${unitText})` : CAPTION[lang],
    entries: values.map((value) => ({
      value,
      label: formatNumber(value, lang, 2),
      radiusPx: symbolRadiusPx(value, maxValue),
    })),
  };
}
