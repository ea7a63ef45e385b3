import { useEffect, useState } from 'react';
import { msToNextMinute } from './clock-format';

/** The current time (epoch ms), re-rendering at the start of every minute. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer = 0;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      // A little past the boundary, so a timer that fires early still lands in the new minute.
      timer = window.setTimeout(tick, msToNextMinute(time) + 50);
    };
    timer = window.setTimeout(tick, msToNextMinute(Date.now()) + 50);
    return () => {
      window.clearTimeout(timer);
    };
  }, []);
  return now;
}
