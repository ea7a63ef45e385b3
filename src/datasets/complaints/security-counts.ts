/**
 * The complaints counts per province that the map, KPI tile, ranking and card read. The public
 * tier withholds a security-sensitive case's category (complaints-tiers.ts), so a category filter
 * drops those cases from its counts. For a visitor who signed in, the restricted tier's security
 * cases of the filtered categories are added back; for one who did not, the legend says so.
 */
import { restrictedAccess } from '../../state/card/restricted-tier';
import { COMPLAINTS_SECURITY } from '../../data/published/complaints-security';
import { WITHHELD_CATEGORY } from '../../data/published/complaints-tiers';
import type { AppState } from '../../state/app/app-state';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { thresholdOf } from '../../state/url/url-filters';
import { SECURITY_BY_PROVINCE_KEY } from './queries';

/** Open and overdue cases per province, and the open cases a week before (null: no rows yet). */
export interface ComplaintsCounts {
  readonly open: Map<number, number>;
  readonly overdue: Map<number, number>;
  readonly openWeekBefore: Map<number, number> | null;
}

/** True when the complaints on the map are narrowed to some categories. */
export function filtersCategories(state: Pick<AppState, 'url'>): boolean {
  return (state.url.categories?.length ?? 0) > 0;
}

/**
 * Under a category filter, the restricted tier's rows to add (its query has answered for the
 * visitor who signed in); else null: without a category filter the public tier counts every case.
 */
function securityRows(state: AppState): readonly Record<string, unknown>[] | null {
  if (!filtersCategories(state) || !state.results[SECURITY_BY_PROVINCE_KEY]) return null;
  // The withheld category chosen too: the public tier counts every security case already.
  if (state.url.categories?.includes(WITHHELD_CATEGORY)) return null;
  return resultRows(state, SECURITY_BY_PROVINCE_KEY);
}

/** `base` with `extra` added, province by province (only to `base`'s provinces if `within`). */
function plus(
  base: ReadonlyMap<number, number>,
  extra: ReadonlyMap<number, number>,
  within: boolean,
): Map<number, number> {
  const sum = new Map(base);
  for (const [code, value] of extra) {
    if (within && !base.has(code)) continue;
    sum.set(code, (sum.get(code) ?? 0) + value);
  }
  return sum;
}

/**
 * Open and overdue cases per province as of the day looked at, security cases of the filtered
 * categories included once the restricted tier has answered. With a province threshold, only
 * the provinces the (public) query kept get them: the threshold was applied to its counts.
 */
export function complaintsCounts(state: AppState): ComplaintsCounts {
  const rows = resultRows(state, QUERY_KEYS.complaintsByProvince);
  const previous = resultRows(state, QUERY_KEYS.complaintsPreviousByProvince);
  const open = valueByProvince(rows, 'open');
  const overdue = valueByProvince(rows, 'overdue');
  const openWeekBefore = previous.length === 0 ? null : valueByProvince(previous, 'open');
  const security = securityRows(state);
  if (!security) return { open, overdue, openWeekBefore };
  const within = thresholdOf(state.url, 'complaints') !== null;
  return {
    open: plus(open, valueByProvince(security, 'open'), within),
    overdue: plus(overdue, valueByProvince(security, 'overdue'), within),
    openWeekBefore:
      openWeekBefore && plus(openWeekBefore, valueByProvince(security, 'open_week_before'), within),
  };
}

/**
 * What the legend says when a category filter leaves the security cases out because the visitor
 * has not signed in (Thai first, then English, in either language); null otherwise.
 */
export function securityNotBrokenDownNote(state: AppState): string | null {
  if (!filtersCategories(state)) return null;
  if (restrictedAccess(state, COMPLAINTS_SECURITY) !== 'refused') return null;
  return (
    'เรื่องด้านความมั่นคงไม่แยกตามหมวด (จำกัดสิทธิ์) จึงไม่นับรวมในหมวดที่เลือก · ' +
    'security cases are not broken down by category (restricted), so the chosen categories leave them out'
  );
}
