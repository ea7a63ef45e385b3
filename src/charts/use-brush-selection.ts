import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  indicesToRange,
  rangesEqual,
  rangeToIndices,
  type BrushIndices,
  type DateRange,
} from './brush-range';
import { datesEqual } from './series-equal';

/** A brush position the user made that the view model does not reflect (yet). */
interface Draft {
  readonly indices: BrushIndices;
  /** The dates and range the draft was made on; when either changes, the props win. */
  readonly dates: readonly string[];
  readonly range: DateRange | null;
}

/** What {@link useBrushSelection} gives the chart. */
export interface BrushSelection {
  /** Where the brush is drawn. */
  readonly indices: BrushIndices;
  /** Recharts Brush `onChange`: fires on every step of a drag and on every arrow key. */
  readonly onBrushChange: (indices: BrushIndices) => void;
  /** Recharts Brush `onDragEnd`: the end of a mouse or touch drag. */
  readonly onBrushDragEnd: (indices: BrushIndices) => void;
  /** Put on an element around the brush (capture phase) to tell drags from key presses. */
  readonly onPointerDownCapture: () => void;
  /** Selects every date again ("show all"). */
  readonly clear: () => void;
}

/**
 * Brush state of a time series. The view model's `range` is the truth: the brush follows it
 * whenever it changes, without reporting it back. The user's brush moves are reported as dates
 * through `onRangeChange`, once at the end of a drag (not on every step, so linked views do not
 * requery while the mouse moves) or once per arrow key. Until the model answers, the brush stays
 * where the user left it instead of jumping back.
 */
export function useBrushSelection(
  dates: readonly string[],
  range: DateRange | null,
  onRangeChange: (range: DateRange | null) => void,
): BrushSelection {
  const [draft, setDraft] = useState<Draft | null>(null);
  const pointerDown = useRef(false);
  const fromProps = useMemo(() => rangeToIndices(dates, range), [dates, range]);
  const draftIsCurrent =
    draft !== null && datesEqual(draft.dates, dates) && rangesEqual(draft.range, range);
  const indices = draftIsCurrent ? draft.indices : fromProps;

  // The latest props, read by callbacks that keep one identity for the chart's life: a memoised
  // plot then does not re-render only because the range it reported came back.
  const latest = useRef({ dates, range, onRangeChange });
  useLayoutEffect(() => {
    latest.current = { dates, range, onRangeChange };
  }, [dates, range, onRangeChange]);

  const report = useCallback((next: BrushIndices) => {
    const current = latest.current;
    const nextRange = indicesToRange(current.dates, next);
    if (!rangesEqual(nextRange, current.range)) current.onRangeChange(nextRange);
  }, []);

  const onBrushChange = useCallback(
    (next: BrushIndices) => {
      const { dates: currentDates, range: currentRange } = latest.current;
      setDraft({ indices: next, dates: currentDates, range: currentRange });
      if (!pointerDown.current) report(next);
    },
    [report],
  );

  const onPointerDownCapture = useCallback(() => {
    pointerDown.current = true;
    const listeners = new AbortController();
    const release = () => {
      pointerDown.current = false;
      listeners.abort();
    };
    // Pointer events come before the mouseup/touchend the Brush ends its drag on.
    const options = { capture: true, signal: listeners.signal };
    window.addEventListener('pointerup', release, options);
    window.addEventListener('pointercancel', release, options);
  }, []);

  const clear = useCallback(() => {
    setDraft(null);
    if (range !== null) onRangeChange(null);
  }, [range, onRangeChange]);

  return { indices, onBrushChange, onBrushDragEnd: report, onPointerDownCapture, clear };
}
