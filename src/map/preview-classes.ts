/**
 * The classes of a preview choropleth: five quantile classes of the provinces that have a value
 * (fewer when values repeat), coloured with the map's viridis palette, and the grey "no data" of
 * the dashboard for the provinces missing from the result.
 */
import { classCountOf, classIndex, classify, type Classification } from '../state/layers/classify';
import { NO_DATA_COLOUR, VIRIDIS_5, rgbToHex, spreadPalette } from '../state/layers/palettes';

/** Classes asked for; quantiles of few or repeated values may merge into fewer. */
export const PREVIEW_CLASS_COUNT = 5;

/** One class of the legend: values from `from` up to (not including, but the last) `to`. */
export interface PreviewClass {
  readonly colour: string;
  readonly from: number;
  readonly to: number;
  /** Provinces in the class. */
  readonly count: number;
}

/** The preview's classes, and which class a province falls in. */
export interface PreviewClasses {
  readonly classes: readonly PreviewClass[];
  readonly noDataColour: string;
  /** Provinces of `codes` with no value. */
  readonly noData: number;
  /** The class index of a province, -1 when it has no value. */
  classOf(code: number): number;
}

/** Classes of `values` (province code → value) over the provinces `codes` drawn. */
export function previewClasses(
  values: ReadonlyMap<number, number>,
  codes: readonly number[],
  decimals = 1,
): PreviewClasses {
  const classification: Classification = classify(
    values.values(),
    'quantile',
    PREVIEW_CLASS_COUNT,
    decimals,
  );
  const count = classCountOf(classification);
  const colours = spreadPalette(VIRIDIS_5, count).map(rgbToHex);
  const classOf = (code: number): number => classIndex(values.get(code), classification);
  const counts = new Array<number>(count).fill(0);
  let noData = 0;
  for (const code of codes) {
    const index = classOf(code);
    if (index < 0) noData += 1;
    else counts[index] = (counts[index] ?? 0) + 1;
  }
  const { breaks, min, max } = classification;
  return {
    classes: counts.map((inClass, index) => ({
      colour: colours[index] ?? rgbToHex(NO_DATA_COLOUR),
      from: index === 0 ? min : (breaks[index - 1] ?? min),
      to: index === count - 1 ? max : (breaks[index] ?? max),
      count: inClass,
    })),
    noDataColour: rgbToHex(NO_DATA_COLOUR),
    noData,
    classOf,
  };
}
