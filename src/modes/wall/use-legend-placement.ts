import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { FIT_PADDING_PX, type Bounds } from '../../map/camera';
import { fittedProjection, placeLegend, type LegendPlacement } from './legend-placement';

interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** What the wall's legends must leave visible. */
export interface LegendPlacementInput {
  /** Changes with what the legends show (the scene, its layers): a new key measures again. */
  readonly key: string;
  /** How many legends there are: more than one go to the strip, never over the map. */
  readonly count: number;
  /** The bounds the map fits for the scene. */
  readonly bounds: Bounds;
  /** Label points of the provinces the scene ranks or names. */
  readonly avoid: readonly LonLat[];
  /** Label points of every province (the legend covers as few as it can). */
  readonly others: readonly LonLat[];
}

/** Legend distances in rem: from the map's edge, and how far a province name reaches. */
const INSET_REM = 0.8;
const LABEL_REACH_REM = { x: 3, y: 0.9 };

function rootFontPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The viewport's size as a key: a new screen measures again, a strip shrinking the map does not. */
function useViewportKey(): string {
  const read = () => `${String(window.innerWidth)}x${String(window.innerHeight)}`;
  const [key, setKey] = useState(read);
  useEffect(() => {
    const onResize = () => {
      setKey(read());
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return key;
}

/**
 * Where the legends go (legend-placement.ts). A new scene starts with the legend drawn in the
 * first corner, measured before paint, and moved to the first free corner or the strip. The
 * decision holds until the scene, its legends or the viewport change: measuring in the strip
 * (which shrinks the map) would flip back and forth.
 */
export function useLegendPlacement(
  mapBox: RefObject<HTMLElement | null>,
  legendBox: RefObject<HTMLElement | null>,
  input: LegendPlacementInput,
): LegendPlacement {
  const viewport = useViewportKey();
  const key = `${input.key}|${viewport}`;
  const [decided, setDecided] = useState<{ key: string; placement: LegendPlacement } | null>(null);
  const initial: LegendPlacement = input.count > 1 ? 'strip' : 'bottom-left';
  const placement = decided?.key === key ? decided.placement : initial;
  const { bounds, avoid, others, count } = input;

  useLayoutEffect(() => {
    const map = mapBox.current;
    const legend = legendBox.current;
    const decide = () => {
      let next: LegendPlacement = placement;
      if (count > 1) next = 'strip';
      else if (placement !== 'strip' && map && legend && legend.offsetWidth > 0) {
        const rem = rootFontPx();
        const size = { width: map.clientWidth, height: map.clientHeight };
        const project = fittedProjection(bounds, size, FIT_PADDING_PX);
        next = placeLegend({
          map: size,
          legend: { width: legend.offsetWidth, height: legend.offsetHeight },
          avoid: avoid.map((point) => project(point.lon, point.lat)),
          others: others.map((point) => project(point.lon, point.lat)),
          inset: INSET_REM * rem,
          margin: { x: LABEL_REACH_REM.x * rem, y: LABEL_REACH_REM.y * rem },
        });
      }
      setDecided((last) =>
        last?.key === key && last.placement === next ? last : { key, placement: next },
      );
    };
    decide();
    // Over the map, a legend that grows (its notes came) is measured again.
    if (!legend || placement === 'strip') return;
    const observer = new ResizeObserver(decide);
    observer.observe(legend);
    return () => {
      observer.disconnect();
    };
  }, [mapBox, legendBox, key, placement, count, bounds, avoid, others]);

  return placement;
}
