/**
 * The KPI strip of a wall scene: titled by the scene's area and showing that area's figures. A
 * province scene (`province=30`) shows the province's own figures, a group scene (`region=`)
 * the group's, any other the nation's. Only tiles summed from per-province rows can be narrowed
 * to a province; the others (an indicator's aggregate) would show another area's figure under
 * the province's title, so a province scene leaves them out.
 */
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { memoizeLast } from '../app/store';
import { groupTitle } from '../groupings/groupings';
import type { CoreDatasetId } from '../models/view-models';
import type { UrlState } from '../url/url-state';
import { kpiTiles } from './kpi-models';
import { scopedToProvince } from './kpi-scope';
import type { KpiTileModel } from './kpis';

/** Datasets whose tile is a sum (or ratio of sums) of per-province rows: narrowable. */
const PER_PROVINCE_TILES: ReadonlySet<string> = new Set<CoreDatasetId>([
  'vaccination',
  'road_safety',
  'complaints',
  'poverty',
  'households',
]);

const AREA_TEXT = {
  nation: { th: 'ทั้งประเทศ', en: 'All Thailand' },
  provincePrefix: { th: 'จ.', en: '' },
  provinceSuffix: { th: '', en: ' province' },
} as const;

/** Bangkok is a special administrative area, not a จังหวัด: its name stands alone. */
const BANGKOK = 10;

/**
 * The name of the area the figures of `url` cover: "ทั้งประเทศ", the group's title
 * ("ภาคตะวันออกเฉียงเหนือ"), or the province's ("จ.นครราชสีมา" · "Nakhon Ratchasima province").
 */
export function kpiAreaTitle(url: Pick<UrlState, 'province' | 'region'>, lang: Lang): string {
  if (url.province !== null) {
    const province = PROVINCE_BY_CODE.get(url.province);
    if (!province) return String(url.province);
    const name = lang === 'th' ? province.nameTh : province.nameEn;
    if (url.province === BANGKOK) return name;
    return `${AREA_TEXT.provincePrefix[lang]}${name}${AREA_TEXT.provinceSuffix[lang]}`;
  }
  return url.region === null ? AREA_TEXT.nation[lang] : groupTitle(url.region, lang);
}

/** The tiles of the area `state.url` names (see the file's comment), in the dashboard's order. */
export function areaKpiTiles(state: AppState): KpiTileModel[] {
  const code = state.url.province;
  if (code === null) return kpiTiles(state);
  return kpiTiles(scopedToProvince(state, code)).filter((tile) => PER_PROVINCE_TILES.has(tile.id));
}

/** {@link areaKpiTiles} memoised on the state, for `useStore`. */
export const selectAreaKpiTiles: (state: AppState) => readonly KpiTileModel[] =
  memoizeLast(areaKpiTiles);
