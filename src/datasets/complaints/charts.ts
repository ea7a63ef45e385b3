/**
 * The complaints charts: cases received and closed per week (the series) and cases per category
 * or per status (the breakdown the person chooses), security-sensitive cases beside each total.
 */
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

/** Cases per category (the default) or per status, for the chart scope. */
export function complaintsBreakdown(state: AppState, id: string): BreakdownModel | null {
  const { lang } = state;
  const kind = selectedBreakdownKind(state, id);
  if (kind !== 'category' && kind !== 'status') return null;
  const byStatus = kind === 'status';
  const rows = resultRows(
    state,
    byStatus ? QUERY_KEYS.complaintsStatuses : QUERY_KEYS.complaintsCategories,
  ).map((r) => {
    const key = String(r.key);
    const cases = Number(r.cases);
    // Security-sensitive cases are counted apart, beside each total.
    const sensitive = formatCount(Number(r.security_sensitive), lang);
    return {
      key,
      label: categoryName(key, lang),
      value: cases,
      valueText: `${formatCount(cases, lang)} (${sensitive})`,
    };
  });
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
