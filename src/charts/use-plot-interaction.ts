import { useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { DatePicker } from './CursorPicker';

/** Handlers for the element around a time series chart. */
export interface PlotInteraction {
  /** Pass to the chart's {@link CursorPicker}. */
  readonly pickerRef: RefObject<DatePicker | null>;
  readonly onClick: (event: MouseEvent<HTMLElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onMouseDownCapture: (event: MouseEvent<HTMLElement>) => void;
}

function isInBrush(target: EventTarget): boolean {
  return target instanceof Element && target.closest('.recharts-brush') !== null;
}

/**
 * Mouse and keyboard on a time series beyond what recharts does itself: a click on the plot, or
 * Enter on the focused chart (whose arrow keys move the tooltip), moves the time cursor to that
 * date; presses on the brush do not take focus.
 */
export function usePlotInteraction(onCursorChange?: (date: string) => void): PlotInteraction {
  const pickerRef = useRef<DatePicker | null>(null);

  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (!onCursorChange || isInBrush(event.target)) return;
    const surface = event.currentTarget.querySelector('svg.recharts-surface');
    if (!surface) return;
    const box = surface.getBoundingClientRect();
    const date = pickerRef.current?.dateAt(event.clientX - box.left, event.clientY - box.top);
    if (date) onCursorChange(date);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!onCursorChange || event.key !== 'Enter') return;
    if (!(event.target instanceof Element) || !event.target.matches('svg.recharts-surface')) return;
    const date = pickerRef.current?.activeDate;
    if (date) onCursorChange(date);
  };

  // Recharts opens the keyboard tooltip on the first date whenever anything in the chart takes
  // focus, and a mouse press would focus the brush handle; the drag itself works without focus.
  const onMouseDownCapture = (event: MouseEvent<HTMLElement>) => {
    if (isInBrush(event.target)) event.preventDefault();
  };

  return { pickerRef, onClick, onKeyDown, onMouseDownCapture };
}
