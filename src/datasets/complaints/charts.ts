/**
 * The complaints charts: cases received and closed per week (the series) and cases per category
 * or per status (the breakdown the person chooses), security-sensitive cases beside each total.
 */
import { WITHHELD_CATEGORY } from '../../data/published/complaints-tiers';
import { RESTRICTED_LABEL } from '../../state/card/restricted-tier';
import { formatCount } from '../../i18n/format';
import { categoryName } from '../../i18n/categories';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { breakdownOptions, selectedBreakdownKind } from '../../state/charts/breakdown-models';
import { scopedTitle } from '../../state/queries/chart-scope';
import { resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { seriesFromRows } from '../../state/charts/series-from-rows';
import type { BreakdownModel, BreakdownRow, TimeSeriesModel } from '../../state/models/view-models';
import { SECURITY_CATEGORIES_KEY } from './queries';

/** Received and closed cases per week, for the chart scope; null before the query has rows. */
export function complaintsSeries(state: AppState): TimeSeriesModel | null {
  return seriesFromRows(state, {
    queryKey: QUERY_KEYS.complaintsWeekly,
    title: 'chartComplaintsWeekly',
    unit: 'chartCasesPerWeek',
    dateColumn: 'week_start',
    lines: [
      { id: 'received', label: 'chartReceived' },
      { id: 'closed', label: 'chartClosed' },
    ],
  });
}

/** Complaint statuses in the order a case goes through them; unknown statuses follow. */
const STATUS_ORDER: readonly string[] = ['received', 'in_progress', 'closed'];

function inCaseOrder(rows: BreakdownRow[]): BreakdownRow[] {
  const rank = (key: string) => {
    const index = STATUS_ORDER.indexOf(key);
    return index === -1 ? STATUS_ORDER.length : index;
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row.key) - rank(b.row.key) || a.index - b.index)
    .map(({ row }) => row);
}

/** What stands for a withheld category (the card and the layer panel say the same). */
export { RESTRICTED_LABEL };

interface CategoryCount {
  readonly key: string;
  readonly cases: number;
  readonly sensitive: number;
}

/**
 * The public tier's categories, with the security-sensitive cases it counts under
 * {@link WITHHELD_CATEGORY} given back their own categories when the restricted tier has loaded
 * (`security` not null); without it the withheld row stays, as one row.
 */
export function withSecurityCategories(
  publicRows: readonly CategoryCount[],
  security: readonly CategoryCount[] | null,
): CategoryCount[] {
  if (security === null) return [...publicRows];
  const byKey = new Map<string, CategoryCount>();
  for (const row of [...publicRows, ...security]) {
    if (row.key === WITHHELD_CATEGORY) continue;
    const known = byKey.get(row.key);
    byKey.set(row.key, {
      key: row.key,
      cases: (known?.cases ?? 0) + row.cases,
      sensitive: (known?.sensitive ?? 0) + row.sensitive,
    });
  }
  return [...byKey.values()].sort(
    (a, b) => b.cases - a.cases || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The rows of a breakdown query as counts. */
function countsOf(state: AppState, key: string): CategoryCount[] {
  return resultRows(state, key).map((r) => ({
    key: String(r.key),
    cases: Number(r.cases),
    sensitive: Number(r.security_sensitive),
  }));
}

/** Cases per category (the default) or per status, for the chart scope. */
export function complaintsBreakdown(state: AppState, id: string): BreakdownModel | null {
  const { lang } = state;
  const kind = selectedBreakdownKind(state, id);
  if (kind !== 'category' && kind !== 'status') return null;
  const byStatus = kind === 'status';
  const counts = byStatus
    ? countsOf(state, QUERY_KEYS.complaintsStatuses)
    : withSecurityCategories(
        countsOf(state, QUERY_KEYS.complaintsCategories),
        state.results[SECURITY_CATEGORIES_KEY] ? countsOf(state, SECURITY_CATEGORIES_KEY) : null,
      );
  const rows = counts.map(({ key, cases, sensitive }) => ({
    key,
    label: key === WITHHELD_CATEGORY ? RESTRICTED_LABEL : categoryName(key, lang),
    value: cases,
    // Security-sensitive cases are counted apart, beside each total.
    valueText: `${formatCount(cases, lang)} (${formatCount(sensitive, lang)})`,
  }));
  return {
    title: scopedTitle(
      t(lang, byStatus ? 'chartComplaintStatuses' : 'chartComplaintCategories'),
      state,
    ),
    unit: `${t(lang, 'chartCases')} (${t(lang, 'chartSecuritySensitive')})`,
    rows: byStatus ? inCaseOrder(rows) : rows,
    options: breakdownOptions(state, id, kind),
  };
}
