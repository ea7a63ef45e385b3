import { classCountOf, classify, classIndex, type Classification } from './classify';
import { hexToRgb, NO_DATA_COLOUR, type Rgb } from './palettes';

/** Tercile of one variable: 0 low, 1 middle, 2 high. */
export type BivariateClass = 0 | 1 | 2;

/** The two terciles of a province. */
export interface BivariateCell {
  readonly x: BivariateClass;
  readonly y: BivariateClass;
}

/**
 * Joshua Stevens' pink-blue 3×3 bivariate scheme ("Bivariate Choropleth Maps: A How-to Guide",
 * joshuastevens.net, 2015), indexed [y][x]: x rises from grey to teal, y from grey to pink, both
 * high is dark blue-violet. It varies in lightness along the diagonal and in hue across it, so its
 * corners stay apart under deutan, protan and tritan simulation.
 */
export const BIVARIATE_PINK_BLUE: readonly (readonly Rgb[])[] = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'].map(hexToRgb),
  ['#dfb0d6', '#a5add3', '#5698b9'].map(hexToRgb),
  ['#be64ac', '#8c62aa', '#3b4994'].map(hexToRgb),
];

/** Colour of the cell (x, y) of {@link BIVARIATE_PINK_BLUE}. */
export function bivariateColour(x: BivariateClass, y: BivariateClass): Rgb {
  return BIVARIATE_PINK_BLUE[y]?.[x] ?? NO_DATA_COLOUR;
}

/** Tercile breaks (quantiles, 3 classes) of `values`, rounded to the `decimals` shown. */
export function tercileClassification(
  values: Iterable<number | null | undefined>,
  decimals: number,
): Classification {
  return classify(values, 'quantile', 3, decimals);
}

/**
 * Tercile of `value` in `classification`, or null when missing. When ties merged the terciles,
 * two classes map to low and high and a single class to the middle, so the map never claims a
 * "high" that the data do not have.
 */
export function tercileOf(
  value: number | null | undefined,
  classification: Classification,
): BivariateClass | null {
  const index = classIndex(value, classification);
  if (index < 0) return null;
  switch (classCountOf(classification)) {
    case 1:
      return 1;
    case 2:
      return index === 0 ? 0 : 2;
    default:
      return index <= 0 ? 0 : index === 1 ? 1 : 2;
  }
}

/** The 3×3 legend square: one cell per (x, y) with its colour, and the tercile breaks. */
export interface BivariateLegendModel {
  readonly cells: readonly {
    readonly x: BivariateClass;
    readonly y: BivariateClass;
    readonly colour: Rgb;
  }[];
  readonly xBreaks: readonly number[];
  readonly yBreaks: readonly number[];
}

const CLASSES: readonly BivariateClass[] = [0, 1, 2];

/** Legend square for the two tercile classifications, cells listed row by row from y = 0. */
export function bivariateLegend(
  xClassification: Classification,
  yClassification: Classification,
): BivariateLegendModel {
  return {
    cells: CLASSES.flatMap((y) => CLASSES.map((x) => ({ x, y, colour: bivariateColour(x, y) }))),
    xBreaks: xClassification.breaks,
    yBreaks: yClassification.breaks,
  };
}

/** Options of {@link buildBivariate}. */
export interface BivariateOptions {
  /** Decimals the x values are shown with (default 1). */
  readonly xDecimals?: number;
  /** Decimals the y values are shown with (default 1). */
  readonly yDecimals?: number;
  /** Codes to colour (default: every code of either map); codes without both values get no-data. */
  readonly codes?: Iterable<number>;
}

/** Everything a bivariate choropleth and its legend need. */
export interface BivariateModel {
  readonly colourByCode: ReadonlyMap<number, Rgb>;
  /** Terciles of the codes that have both values. */
  readonly cellByCode: ReadonlyMap<number, BivariateCell>;
  readonly legend: BivariateLegendModel;
}

function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Bivariate classes of two variables per province code. Terciles are computed over the codes that
 * have both values (the ones the map colours), so each tercile holds about a third of them.
 */
export function buildBivariate(
  xByCode: ReadonlyMap<number, number | null>,
  yByCode: ReadonlyMap<number, number | null>,
  options: BivariateOptions = {},
): BivariateModel {
  const paired = [...xByCode.keys()].filter(
    (code) => isPresent(xByCode.get(code)) && isPresent(yByCode.get(code)),
  );
  const xClassification = tercileClassification(
    paired.map((code) => xByCode.get(code)),
    options.xDecimals ?? 1,
  );
  const yClassification = tercileClassification(
    paired.map((code) => yByCode.get(code)),
    options.yDecimals ?? 1,
  );
  const codes = options.codes ?? new Set([...xByCode.keys(), ...yByCode.keys()]);
  const colourByCode = new Map<number, Rgb>();
  const cellByCode = new Map<number, BivariateCell>();
  for (const code of codes) {
    const x = tercileOf(xByCode.get(code), xClassification);
    const y = tercileOf(yByCode.get(code), yClassification);
    if (x === null || y === null) {
      colourByCode.set(code, NO_DATA_COLOUR);
      continue;
    }
    cellByCode.set(code, { x, y });
    colourByCode.set(code, bivariateColour(x, y));
  }
  return { colourByCode, cellByCode, legend: bivariateLegend(xClassification, yClassification) };
}

/** Fill colour per code from two variables' terciles; no-data colour when either is missing. */
export function bivariateColourByCode(
  xByCode: ReadonlyMap<number, number | null>,
  yByCode: ReadonlyMap<number, number | null>,
  options: BivariateOptions = {},
): Map<number, Rgb> {
  return new Map(buildBivariate(xByCode, yByCode, options).colourByCode);
}
