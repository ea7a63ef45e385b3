/**
 * Output sizes of a briefing image. The page is laid out on a reference frame whose shorter
 * scale is 1920 × 1080, then drawn at `scale` device pixels per reference pixel: a 4K image is the
 * 1080p layout at twice the resolution (sharper, not smaller), and the map is rendered at that
 * pixel ratio.
 */

/** The preset sizes. */
export const PRESET_IDS = ['hd', 'uhd', 'a4', 'custom'] as const;

/** One of {@link PRESET_IDS}. */
export type PresetId = (typeof PRESET_IDS)[number];

/** A fixed output size. */
export interface SizePreset {
  readonly id: Exclude<PresetId, 'custom'>;
  readonly width: number;
  readonly height: number;
  /** Dots per inch the page is meant for (PDF page size); screens use 144. */
  readonly dpi: number;
}

/** 16:9 1080p, 16:9 4K, A4 landscape at 300 dpi. */
export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: 'hd', width: 1920, height: 1080, dpi: 144 },
  { id: 'uhd', width: 3840, height: 2160, dpi: 288 },
  { id: 'a4', width: 3508, height: 2480, dpi: 300 },
];

/** Bounds of a custom size, in pixels (the largest is 8K UHD). */
export const CUSTOM_LIMITS = { minWidth: 640, minHeight: 360, maxWidth: 7680, maxHeight: 4320 };

/** Reference frame the layout is designed on. */
export const REFERENCE = { width: 1920, height: 1080 } as const;

/** A size to export at, or why the custom size is not usable. */
export type SizeChoice =
  | { readonly ok: true; readonly width: number; readonly height: number; readonly dpi: number }
  | { readonly ok: false; readonly problem: 'not-a-number' | 'too-small' | 'too-large' };

/** The size of a preset, or of a custom width and height (whole pixels within {@link CUSTOM_LIMITS}). */
export function chooseSize(preset: PresetId, customWidth = '', customHeight = ''): SizeChoice {
  const fixed = SIZE_PRESETS.find((p) => p.id === preset);
  if (fixed) return { ok: true, width: fixed.width, height: fixed.height, dpi: fixed.dpi };
  const width = Number(customWidth.trim());
  const height = Number(customHeight.trim());
  if (
    customWidth.trim() === '' ||
    customHeight.trim() === '' ||
    !Number.isInteger(width) ||
    !Number.isInteger(height)
  ) {
    return { ok: false, problem: 'not-a-number' };
  }
  const { minWidth, minHeight, maxWidth, maxHeight } = CUSTOM_LIMITS;
  if (width < minWidth || height < minHeight) return { ok: false, problem: 'too-small' };
  if (width > maxWidth || height > maxHeight) return { ok: false, problem: 'too-large' };
  return { ok: true, width, height, dpi: Math.round((144 * width) / REFERENCE.width) };
}

/**
 * Device pixels per reference pixel: the output fits the 1920 × 1080 reference in its shorter
 * direction, so text keeps its size relative to the page's height (16:9) or width (A4).
 */
export function layoutScale(width: number, height: number): number {
  return Math.min(width / REFERENCE.width, height / REFERENCE.height);
}

/** Page size in PDF points (1/72 inch) of an image printed at `dpi`. */
export function pageSizePt(width: number, height: number, dpi: number): [number, number] {
  return [(width * 72) / dpi, (height * 72) / dpi];
}
