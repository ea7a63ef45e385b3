import type { SeriesLine } from '../state/models/view-models';

/**
 * True when two time series draw the same picture: same dates, and lines with the same ids,
 * colours and values. Cheap when the arrays are the same objects (memoised selectors), a linear
 * scan otherwise.
 */
export function seriesEqual(
  datesA: readonly string[],
  linesA: readonly SeriesLine[],
  datesB: readonly string[],
  linesB: readonly SeriesLine[],
): boolean {
  return datesEqual(datesA, datesB) && arraysEqual(linesA, linesB, linesEqual);
}

/** True when two date lists are the same dates in the same order. */
export function datesEqual(a: readonly string[], b: readonly string[]): boolean {
  return arraysEqual(a, b);
}

function linesEqual(a: SeriesLine, b: SeriesLine): boolean {
  return a.id === b.id && a.colour === b.colour && arraysEqual(a.values, b.values);
}

function arraysEqual<T>(
  a: readonly T[],
  b: readonly T[],
  itemsEqual: (x: T, y: T) => boolean = Object.is,
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((item, index) => {
    const other = b[index];
    return other !== undefined && itemsEqual(item, other);
  });
}
