/** An RGB colour, 0-255 per channel. */
export type Rgb = readonly [number, number, number];

/**
 * Sequential five-class palette, perceptually uniform and readable by people with the common
 * colour-vision deficiencies: the viridis colour map (van der Walt & Smith, matplotlib),
 * sampled at five even steps.
 */
export const VIRIDIS_5: readonly Rgb[] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** Fill for provinces without a value: a neutral grey distinct from every palette colour. */
export const NO_DATA_COLOUR: Rgb = [72, 78, 92];

/** "#rrggbb" for an {@link Rgb}. */
export function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** `count` colours spread evenly over `palette` (its ends included), for when classes merge. */
export function spreadPalette(palette: readonly Rgb[], count: number): Rgb[] {
  if (count <= 0) return [];
  if (count === 1)
    return palette.slice(Math.floor(palette.length / 2), Math.floor(palette.length / 2) + 1);
  return Array.from(
    { length: count },
    (_, i) =>
      palette[Math.round((i * (palette.length - 1)) / (count - 1))] ?? palette[0] ?? [0, 0, 0],
  );
}
