import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Props of {@link FitSlot}. */
export interface FitSlotProps {
  /** Share of the column's height (flex grow). */
  readonly weight: number;
  /** The chart, drawn `height` pixels tall so that it and its frame fill the slot. */
  readonly children: (height: number) => ReactNode;
  readonly name: string;
}

/**
 * A slot of the wall's chart column whose size comes from the layout (viewport-relative), not
 * from its content: it measures itself and its content and gives the chart the height that makes
 * the framed chart fill it, so charts scale with the screen (the chart components take pixels).
 */
export function FitSlot({ weight, children, name }: FitSlotProps) {
  const slotRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const used = useRef<number | null>(null);

  useLayoutEffect(() => {
    const slot = slotRef.current;
    const content = contentRef.current;
    if (!slot || !content) return;
    const measure = () => {
      const available = slot.clientHeight;
      // What the frame adds around the drawing (title, toolbar, legend, padding).
      const overhead = used.current === null ? 0 : content.offsetHeight - used.current;
      const next = Math.max(48, Math.floor(available - overhead));
      if (next !== used.current) {
        used.current = next;
        setHeight(next);
      }
    };
    const observer = new ResizeObserver(measure);
    observer.observe(slot);
    observer.observe(content);
    measure();
    return () => {
      observer.disconnect();
    };
  }, []);

  return (
    <div className="wall-slot" data-slot={name} ref={slotRef} style={{ flexGrow: weight }}>
      <div className="wall-slot-content" ref={contentRef}>
        {height !== null && children(height)}
      </div>
    </div>
  );
}
