import { useEffect, useState, type RefObject } from 'react';

/**
 * A number that changes (0, 1, 0, …) each time the element's size has changed and then stayed
 * the same for `settleMs`. The wall uses it to fit the map again once a new scene's layout has
 * settled: MapLibre picks up a container resize asynchronously, and a fit made before that uses
 * the old size (seen here: a scene that adds the KPI strip left the camera fitted to the taller map).
 */
export function useSettledSize(ref: RefObject<HTMLElement | null>, settleMs: number): number {
  const [flip, setFlip] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let timer = 0;
    let last = '';
    const observer = new ResizeObserver(() => {
      const size = `${element.clientWidth}x${element.clientHeight}`;
      if (size === last) return;
      const first = last === '';
      last = size;
      if (first) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setFlip((value) => 1 - value);
      }, settleMs);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [ref, settleMs]);
  return flip;
}
