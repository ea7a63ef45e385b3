/** A date range as the view models carry it: ISO dates, both ends included. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** A brush selection as recharts reports it: indices into the chart's data, both included. */
export interface BrushIndices {
  readonly startIndex: number;
  readonly endIndex: number;
}

/** True when two ranges (or two nulls) cover the same dates. */
export function rangesEqual(a: DateRange | null, b: DateRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.from === b.from && a.to === b.to;
}

/** True when two index pairs are the same. */
export function indicesEqual(a: BrushIndices, b: BrushIndices): boolean {
  return a.startIndex === b.startIndex && a.endIndex === b.endIndex;
}

/** The whole series: from the first date to the last. */
export function fullIndices(dates: readonly string[]): BrushIndices {
  return { startIndex: 0, endIndex: Math.max(0, dates.length - 1) };
}

/**
 * The brush position that shows `range` on `dates` (ascending ISO dates): from the first date on or
 * after `range.from` to the last date on or before `range.to`. Null shows every date. A range that
 * falls between two dates or off either end is clamped to the nearest date so that the brush
 * always has a valid position.
 */
export function rangeToIndices(dates: readonly string[], range: DateRange | null): BrushIndices {
  const full = fullIndices(dates);
  if (range === null || dates.length === 0) return full;
  const lastIndex = dates.length - 1;
  const firstInside = dates.findIndex((date) => date >= range.from);
  const startIndex = firstInside === -1 ? lastIndex : firstInside;
  let endIndex = -1;
  dates.forEach((date, index) => {
    if (date <= range.to) endIndex = index;
  });
  if (endIndex === -1) endIndex = 0;
  if (endIndex < startIndex) return { startIndex: endIndex, endIndex: startIndex };
  return { startIndex, endIndex };
}

/**
 * The date range a brush position selects, or null when it selects every date (a full-width brush
 * is "no range", so clearing and dragging back out to both ends mean the same thing).
 * Indices out of bounds are clamped; reversed indices are put in order.
 */
export function indicesToRange(dates: readonly string[], indices: BrushIndices): DateRange | null {
  if (dates.length === 0) return null;
  const lastIndex = dates.length - 1;
  const clamp = (index: number) => Math.min(lastIndex, Math.max(0, Math.round(index)));
  const start = clamp(Math.min(indices.startIndex, indices.endIndex));
  const end = clamp(Math.max(indices.startIndex, indices.endIndex));
  if (start === 0 && end === lastIndex) return null;
  const from = dates[start];
  const to = dates[end];
  if (from === undefined || to === undefined) return null;
  return { from, to };
}
