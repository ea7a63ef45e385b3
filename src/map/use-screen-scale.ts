import { useEffect, useState } from 'react';
import { screenScaleOf } from '../state/layers/symbol-size';

/**
 * The screen's scale for proportional symbols and the size key (1 at 1080 px tall, 2 at 4K),
 * from the window's height, followed on resize. The map and the legend read the same value, so
 * the key's circles match the map's.
 */
export function useScreenScale(): number {
  const [scale, setScale] = useState(() => screenScaleOf(window.innerHeight));
  useEffect(() => {
    const follow = () => {
      setScale(screenScaleOf(window.innerHeight));
    };
    follow();
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('resize', follow);
    };
  }, []);
  return scale;
}
