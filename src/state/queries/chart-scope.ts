/**
 * What a chart summarises, for its title: the selected province, else the analyst's filtered
 * provinces, else the region, else the whole country ("อุบัติเหตุรายวัน — นครราชสีมา", "Road incidents per day — Thailand").
 */
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { t } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { findGroup } from '../groupings/groupings';

/** Which selections narrow a chart: every chart follows the region; most follow the province. */
export type ChartScopeKind = 'province' | 'region';

/**
 * The name of the area a chart describes in the UI language. With `kind` 'region' the selected
 * province is ignored (a ranking ranks every province of the region, not the selected one).
 */
export function chartScopeName(
  state: Pick<AppState, 'url' | 'lang'>,
  kind: ChartScopeKind = 'province',
): string {
  const { lang } = state;
  const { province, region } = state.url;
  const record = kind === 'province' && province !== null ? PROVINCE_BY_CODE.get(province) : null;
  if (record) return lang === 'th' ? record.nameTh : record.nameEn;
  // The analyst's province filter narrows every chart (within the region, if any).
  const filtered = state.url.provinces?.length ?? 0;
  if (filtered > 0) return t(lang, 'chartScopeFiltered').replace('{count}', String(filtered));
  const area = findGroup(region);
  if (area) {
    // Group titles are whole names ("ภาคตะวันออกเฉียงเหนือ", "Northeastern region", "เขตสุขภาพที่ 9").
    return area.group.title[lang];
  }
  return t(lang, 'chartScopeNational');
}

/** `title — area` (see {@link chartScopeName}). */
export function scopedTitle(
  title: string,
  state: Pick<AppState, 'url' | 'lang'>,
  kind: ChartScopeKind = 'province',
): string {
  return `${title} — ${chartScopeName(state, kind)}`;
}
