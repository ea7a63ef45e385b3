import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { FIT_PADDING_PX, type Bounds } from '../../map/camera';
import { evenPadding, placeLegend, type LegendDecision, type LonLat } from './legend-placement';

/** What the wall's legends must leave visible. */
export interface LegendPlacementInput {
  /** Changes with what the legends show (the scene, its layers): a new key measures again. */
  readonly key: string;
  /** How many legends there are (none: nothing to place). */
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

const PLAIN: LegendDecision = { placement: 'bottom-left', padding: evenPadding(FIT_PADDING_PX) };

/**
 * Where the legends go and how the camera pads for them (legend-placement.ts). A new scene
 * starts with its legends stacked in the first corner, measured before paint, and moved to the
 * best corner (with the camera's padding) or the strip. The decision holds until the scene, its
 * legends or the viewport change: measuring in the strip (which shrinks the map) or after the
 * camera moved would flip back and forth.
 */
export function useLegendPlacement(
  mapBox: RefObject<HTMLElement | null>,
  legendBox: RefObject<HTMLElement | null>,
  input: LegendPlacementInput,
): LegendDecision {
  const viewport = useViewportKey();
  const key = `${input.key}|${viewport}`;
  const [decided, setDecided] = useState<{ key: string; decision: LegendDecision } | null>(null);
  const decision = decided?.key === key ? decided.decision : PLAIN;
  const { placement } = decision;
  const { bounds, avoid, others, count } = input;

  useLayoutEffect(() => {
    const map = mapBox.current;
    const legend = legendBox.current;
    const decide = () => {
      if (count === 0 || placement === 'strip' || !map || !legend || legend.offsetWidth === 0) {
        return;
      }
      const rem = rootFontPx();
      const next = placeLegend({
        map: { width: map.clientWidth, height: map.clientHeight },
        legend: { width: legend.offsetWidth, height: legend.offsetHeight },
        bounds,
        padding: FIT_PADDING_PX,
        avoid,
        others,
        inset: INSET_REM * rem,
        margin: { x: LABEL_REACH_REM.x * rem, y: LABEL_REACH_REM.y * rem },
      });
      setDecided((last) =>
        last?.key === key && JSON.stringify(last.decision) === JSON.stringify(next)
          ? last
          : { key, decision: next },
      );
    };
    decide();
    // Over the map, legends that grow (their notes came) are measured again.
    if (!legend || placement === 'strip') return;
    const observer = new ResizeObserver(decide);
    observer.observe(legend);
    return () => {
      observer.disconnect();
    };
  }, [mapBox, legendBox, key, placement, count, bounds, avoid, others]);

  return decision;
}
