import { ckmeans } from 'simple-statistics';
import type { ClassificationMethod } from '../models/view-models';

export type { ClassificationMethod };

/** Class breaks: class i holds values in [breaks[i-1], breaks[i]); k classes have k-1 breaks. */
export interface Classification {
  readonly breaks: readonly number[];
  readonly min: number;
  readonly max: number;
  /**
   * Decimals the values were rounded to before classing (set by {@link classify}). When present,
   * {@link classIndex} rounds the value the same way, so a value and its legend class agree.
   */
  readonly decimals?: number;
}

/** Values as selectors hold them: missing values may be null, undefined or NaN. */
export type MaybeValues = Iterable<number | null | undefined>;

const roundingFormats = new Map<number, Intl.NumberFormat>();

/**
 * `value` rounded to `decimals` exactly as the screen shows it. The UI formats numbers with
 * `toLocaleString` (src/i18n/format.ts), which rounds the shortest decimal form half away from
 * zero (4.35 shows "4.4"), while `toFixed` rounds the binary value (4.3499…, "4.3"); so the same
 * Intl rounding is used here.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.max(0, Math.min(20, Math.floor(decimals)));
  let format = roundingFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false });
    roundingFormats.set(digits, format);
  }
  const rounded = Number(format.format(value));
  return rounded === 0 ? 0 : rounded;
}

/** The finite values of `values`, rounded to `decimals`, sorted ascending. */
export function roundedFiniteSorted(values: MaybeValues, decimals: number): number[] {
  const result: number[] = [];
  for (const value of values) {
    if (typeof value === 'number' && Number.isFinite(value)) result.push(roundTo(value, decimals));
  }
  return result.sort((a, b) => a - b);
}

/**
 * Quantile class breaks for `values` into `classCount` classes, rounded to `decimals`.
 * Duplicate breaks (many equal values) are merged, so fewer classes may come back.
 */
export function quantileBreaks(
  values: readonly number[],
  classCount: number,
  decimals = 1,
): Classification {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const first = finite[0];
  const last = finite[finite.length - 1];
  if (first === undefined || last === undefined) return { breaks: [], min: NaN, max: NaN };
  const factor = 10 ** decimals;
  const breaks: number[] = [];
  for (let i = 1; i < classCount; i += 1) {
    const atIndex = finite[Math.round((finite.length * i) / classCount)] ?? last;
    const value = Math.round(atIndex * factor) / factor;
    if (value > first && value <= last && breaks[breaks.length - 1] !== value) breaks.push(value);
  }
  return { breaks, min: first, max: last };
}

/** Keeps the breaks that split [min, max] into non-empty classes, ascending and distinct. */
function usableBreaks(candidates: readonly number[], min: number, max: number): number[] {
  const breaks: number[] = [];
  for (const candidate of candidates) {
    const previous = breaks[breaks.length - 1] ?? min;
    if (candidate > previous && candidate <= max) breaks.push(candidate);
  }
  return breaks;
}

/**
 * Equal-interval breaks over min..max of the (already rounded, sorted) `sorted` values, each
 * rounded to `decimals`.
 */
function equalIntervalBreaksOf(sorted: readonly number[], classCount: number, decimals: number) {
  const min = sorted[0] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  const width = (max - min) / classCount;
  const candidates = Array.from({ length: classCount - 1 }, (_, i) =>
    roundTo(min + (i + 1) * width, decimals),
  );
  return usableBreaks(candidates, min, max);
}

/**
 * Natural breaks (Jenks) of the (rounded, sorted) `sorted` values: ckmeans finds the clustering
 * with the least within-class sum of squares, which is what Jenks' method optimises; each break is
 * the smallest value of a cluster.
 */
function jenksBreaksOf(sorted: readonly number[], classCount: number): number[] {
  const distinct = new Set(sorted).size;
  const clusters = ckmeans(sorted, Math.min(classCount, distinct));
  const candidates = clusters.slice(1).map((cluster) => cluster[0] ?? NaN);
  return usableBreaks(candidates, sorted[0] ?? NaN, sorted[sorted.length - 1] ?? NaN);
}

/**
 * Classes `values` into at most `classCount` classes with `method`. Missing values (null,
 * undefined, NaN, ±Infinity) are ignored. Values are rounded to the `decimals` the legend and
 * tooltips show before classing, so breaks are displayable numbers and a shown value always falls
 * in the class its legend label says. Fewer classes come back when there are fewer distinct
 * values; all-equal values give one class (no breaks); no values give no breaks and NaN min/max.
 */
export function classify(
  values: MaybeValues,
  method: ClassificationMethod,
  classCount: number,
  decimals = 1,
): Classification {
  const sorted = roundedFiniteSorted(values, decimals);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return { breaks: [], min: NaN, max: NaN, decimals };
  const classes = Math.max(1, Math.floor(classCount));
  if (min === max || classes === 1) return { breaks: [], min, max, decimals };
  let breaks: readonly number[];
  switch (method) {
    case 'quantile':
      breaks = quantileBreaks(sorted, classes, decimals).breaks;
      break;
    case 'equal':
      breaks = equalIntervalBreaksOf(sorted, classes, decimals);
      break;
    case 'jenks':
      breaks = jenksBreaksOf(sorted, classes);
      break;
  }
  return { breaks, min, max, decimals };
}

/** Number of classes of `classification` (breaks + 1; 0 when it has no values). */
export function classCountOf(classification: Classification): number {
  return Number.isNaN(classification.min) ? 0 : classification.breaks.length + 1;
}

/**
 * Index of the class `value` falls in (0-based), or -1 for missing values. A value on a break
 * belongs to the upper class. When the classification carries `decimals`, the value is first
 * rounded like the screen shows it.
 */
export function classIndex(value: number | null | undefined, classification: Classification) {
  if (value === null || value === undefined || !Number.isFinite(value)) return -1;
  const shown =
    classification.decimals === undefined ? value : roundTo(value, classification.decimals);
  let index = 0;
  while (index < classification.breaks.length && shown >= (classification.breaks[index] ?? 0)) {
    index += 1;
  }
  return index;
}
