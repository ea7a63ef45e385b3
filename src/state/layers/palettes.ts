/** The sequential palettes a layer can be drawn with. */
export type PaletteId = 'viridis' | 'cividis' | 'blues' | 'oranges' | 'purples';

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

/**
 * Outline of provinces below a target (vaccination): amber, the same colour the map layers draw
 * (src/map/layers/colours.ts OUTLINE_AMBER). Provinces below a target sit in the lowest classes,
 * the dark end of every palette here, where amber stands out.
 */
export const BELOW_TARGET_OUTLINE_COLOUR: Rgb = [255, 176, 0];

/** The base map's land (src/map/base-style.ts): what shows where a cell is not drawn. */
export const MAP_LAND_COLOUR: Rgb = [27, 36, 54];

/** "#rrggbb" for an {@link Rgb}. */
export function rgbToHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The {@link Rgb} of "#rrggbb" or "rrggbb"; throws on anything else. */
export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: "${hex}"`);
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)];
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

/** ColorBrewer 9-class hex strings, light to dark, reversed to dark to light. */
function brewerDarkToLight(lightToDark: string): Rgb[] {
  return (lightToDark.match(/[0-9a-f]{6}/g) ?? []).map(hexToRgb).reverse();
}

/**
 * Anchor stops of every sequential palette, low values first. All run dark to light, so on the
 * dark base map (sea #0b1424, land #1b2436) higher values are brighter, whatever the palette.
 */
export const PALETTE_ANCHORS: Readonly<Record<PaletteId, readonly Rgb[]>> = {
  // matplotlib `viridis` (van der Walt & Smith 2015), _cm_listed.py entries 0, 32, 64, ..., 224, 255
  // of the 256-entry table, times 255, rounded.
  viridis: [
    [68, 1, 84],
    [71, 45, 123],
    [59, 82, 139],
    [44, 114, 142],
    [33, 145, 140],
    [40, 174, 128],
    [94, 201, 98],
    [173, 220, 48],
    [253, 231, 37],
  ],
  // matplotlib `cividis` (Nuñez, Anderton & Renslow 2018, PLOS ONE 13(7): e0199239), optimised for
  // deuteranomaly; same sampling as viridis.
  cividis: [
    [0, 34, 78],
    [26, 56, 111],
    [67, 78, 108],
    [97, 101, 111],
    [125, 124, 120],
    [155, 148, 118],
    [188, 174, 108],
    [222, 201, 88],
    [254, 232, 56],
  ],
  // ColorBrewer 2.0 (Cynthia Brewer, Penn State) sequential single-hue schemes, 9 classes.
  blues: brewerDarkToLight('f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b'),
  oranges: brewerDarkToLight('fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704'),
  purples: brewerDarkToLight('fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d'),
};

/** Palette ids in the order the layer panel offers them. */
export const PALETTE_IDS: readonly PaletteId[] = [
  'viridis',
  'cividis',
  'blues',
  'oranges',
  'purples',
];

/** The colour at `position` (0 = first anchor, 1 = last), linearly interpolated between anchors. */
export function samplePalette(anchors: readonly Rgb[], position: number): Rgb {
  const last = anchors.length - 1;
  if (last < 0) return NO_DATA_COLOUR;
  const scaled = Math.min(1, Math.max(0, position)) * last;
  const lower = Math.floor(scaled);
  const from = anchors[lower] ?? NO_DATA_COLOUR;
  const to = anchors[Math.min(last, lower + 1)] ?? from;
  const t = scaled - lower;
  return [
    Math.round(from[0] + (to[0] - from[0]) * t),
    Math.round(from[1] + (to[1] - from[1]) * t),
    Math.round(from[2] + (to[2] - from[2]) * t),
  ];
}

/**
 * `count` colours of palette `id`, evenly spaced from its first to its last anchor (one colour:
 * the middle). With nine anchors, counts 2, 3, 5 and 9 return anchors exactly (5 = VIRIDIS_5).
 */
export function paletteColours(id: PaletteId, count: number): Rgb[] {
  const anchors = PALETTE_ANCHORS[id];
  if (count <= 0) return [];
  if (count === 1) return [samplePalette(anchors, 0.5)];
  return Array.from({ length: count }, (_, i) => samplePalette(anchors, i / (count - 1)));
}

/**
 * Categorical colours for series lines and breakdown bars: the Okabe & Ito (2008) "Color Universal
 * Design" palette, distinguishable with every common colour-vision deficiency. Its black is
 * replaced by grey #999999 (as in Chang's R Graphics Cookbook variant) because black vanishes on
 * the dark UI, and blue #0072B2, the darkest, comes late.
 */
export const OKABE_ITO: readonly string[] = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#D55E00',
  '#CC79A7',
  '#0072B2',
  '#999999',
];

/** Categorical colour of series `index` ({@link OKABE_ITO}, repeating after eight). */
export function categoricalColour(index: number): string {
  const size = OKABE_ITO.length;
  return OKABE_ITO[((Math.floor(index) % size) + size) % size] ?? '#999999';
}

/**
 * Incident density, dark red to pale yellow (ColorBrewer YlOrRd, 6 classes, reversed so the
 * densest cells are the brightest on the dark base map).
 */
export const INCIDENT_DENSITY_RAMP: readonly Rgb[] = [
  [189, 0, 38],
  [240, 59, 32],
  [253, 141, 60],
  [254, 178, 76],
  [254, 217, 118],
  [255, 255, 178],
];
