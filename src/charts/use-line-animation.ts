import { useState } from 'react';
import type { SeriesLine } from '../state/models/view-models';
import { seriesEqual } from './series-equal';

interface Seen {
  readonly dates: readonly string[];
  readonly lines: readonly SeriesLine[];
  readonly rangeKey: string;
  readonly lastChange: 'data' | 'range';
}

/**
 * Whether the lines may animate on this render. Recharts animates a line whenever its points
 * change, and pairs old and new points by index: fine when new data arrives for the same dates,
 * a jumble of wrong values when the brush changes which dates are on screen. So lines animate
 * after a data change and snap after a range change; `animate` false (wall mode) never animates.
 */
export function useLineAnimation(
  animate: boolean,
  dates: readonly string[],
  lines: readonly SeriesLine[],
  rangeKey: string,
): boolean {
  const [seen, setSeen] = useState<Seen>({ dates, lines, rangeKey, lastChange: 'data' });
  const dataChanged = !seriesEqual(seen.dates, seen.lines, dates, lines);
  const rangeChanged = seen.rangeKey !== rangeKey;
  if (!dataChanged && !rangeChanged) return animate && seen.lastChange === 'data';
  const lastChange = dataChanged ? 'data' : 'range';
  // Adjusting state while rendering (React re-renders before committing): no extra frame.
  setSeen({ dates, lines, rangeKey, lastChange });
  return animate && lastChange === 'data';
}
