/**
 * The province outlines of the builder's preview map, loaded once when the page opens (the same
 * geo/provinces.topo.json the dashboard fetches). A failure is kept as a message: the preview
 * table still shows the figures, and the pack does not depend on the map.
 */
import { useEffect, useState } from 'react';
import { messageOf } from '../../data/error-message';
import type { LocalText } from '../../data/manifest/manifest-types';
import { loadProvinceOutlines, type ProvinceOutlines } from '../../map/province-outlines';

/** The outlines as loaded, or why they are not there. */
export type OutlinesLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly outlines: ProvinceOutlines }
  | { readonly state: 'error'; readonly error: LocalText };

/** The outlines next to the page, as the dashboard finds them (relative to the page). */
export const fetchOutlines = (): Promise<ProvinceOutlines> => loadProvinceOutlines('geo/');

/** Loads the outlines with `load` once per loader; never throws. */
export function useOutlines(load: () => Promise<ProvinceOutlines>): OutlinesLoad {
  const [loaded, setLoaded] = useState<OutlinesLoad>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (outlines) => {
        if (live) setLoaded({ state: 'ok', outlines });
      },
      (error: unknown) => {
        const why = messageOf(error);
        if (live) {
          setLoaded({
            state: 'error',
            error: {
              th: `วาดแผนที่ตัวอย่างไม่ได้ (${why}) — ตารางด้านข้างยังใช้ตรวจได้ และชุดข้อมูลดาวน์โหลดได้ตามปกติ`,
              en: `could not draw the preview map (${why}) — the table beside it still shows the figures, and the pack downloads as usual`,
            },
          });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return loaded;
}
