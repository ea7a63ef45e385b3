import { useEffect, type RefObject } from 'react';
import { useActiveTooltipLabel, usePlotArea, useXAxisInverseDataSnapScale } from 'recharts';

/** Finds the date under a point of the chart, or the date the tooltip shows. */
export interface DatePicker {
  /** The date nearest to chart coordinates (x, y), or null outside the plot area. */
  readonly dateAt: (x: number, y: number) => string | null;
  /** The date of the tooltip (hovered or chosen with the arrow keys), or null. */
  readonly activeDate: string | null;
}

/** Props of {@link CursorPicker}. */
export interface CursorPickerProps {
  /** Receives the picker after every render of the chart. */
  readonly pickerRef: RefObject<DatePicker | null>;
}

/**
 * Renders nothing; placed inside a chart, it hands the chart's geometry out to the element around
 * the chart, so a click or Enter there can be turned into a date without relying on recharts'
 * hover state (which lags a fast click or a tap by an animation frame).
 */
export function CursorPicker({ pickerRef }: CursorPickerProps) {
  const plot = usePlotArea();
  const invert = useXAxisInverseDataSnapScale();
  const activeLabel = useActiveTooltipLabel();
  useEffect(() => {
    pickerRef.current = {
      dateAt: (x, y) => {
        if (!plot || !invert) return null;
        const inside =
          x >= plot.x && x <= plot.x + plot.width && y >= plot.y && y <= plot.y + plot.height;
        if (!inside) return null;
        const value = invert(x);
        return typeof value === 'string' ? value : null;
      },
      activeDate: typeof activeLabel === 'string' ? activeLabel : null,
    };
  }, [pickerRef, plot, invert, activeLabel]);
  return null;
}
