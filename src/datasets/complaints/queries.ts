/**
 * The complaints view queries: open and overdue cases per province as of the day looked at (the
 * layer, KPI, card and ranking read it), the same a week before (the KPI's change), cases per
 * week (the series) and cases per category and per status (the breakdowns), with the categories
 * of security-sensitive cases from the restricted tier when the visitor may fetch it.
 */
import {
  COMPLAINTS_SECURITY,
  complaintsSecurityByProvince,
  complaintsSecurityCategories,
} from '../../data/published/complaints-security';
import { complaintsBreakdown, complaintsWeekly } from '../../data/queries';
import type { AppState } from '../../state/app/app-state';
import { complaintsAt } from '../../state/queries/filtered-queries';
import { THRESHOLDS } from '../../state/layers/thresholds';
import type { ViewQuery } from '../../state/queries/query-runner';
import { thresholdOf } from '../../state/url/url-filters';
import {
  addDays,
  chartFilters,
  filterInputs,
  mapFilters,
  thresholded,
  withinThreshold,
} from '../../state/queries/view-filters';
import { complaintsAsOf, QUERY_KEYS } from '../../state/queries/view-queries';

/**
 * Security-sensitive cases per category from the restricted tier: runs only once its file has
 * loaded, i.e. for a visitor the web server let fetch it (complaints-tiers.ts).
 */
export const SECURITY_CATEGORIES_KEY = 'complaintsSecurityCategories';

/**
 * Open, overdue and week-before open security-sensitive cases per province from the restricted
 * tier, under the map's filters: runs only for a visitor the web server let fetch it; the card's
 * security row reads it, and under a category filter the map's counts add it (security-counts.ts).
 */
export const SECURITY_BY_PROVINCE_KEY = 'complaintsSecurityByProvince';

const chartInputs = (s: AppState) => [s.url.province, s.url.region, ...filterInputs(s)];
const chartRangeInputs = (s: AppState) => [...chartInputs(s), s.url.from, s.url.to, s.cursor];

/** The view queries of the complaints dataset `id`. */
export function complaintsQueries(id: string): readonly ViewQuery<AppState>[] {
  return [
    {
      key: QUERY_KEYS.complaintsByProvince,
      datasets: [id],
      inputs: (s) => [
        s.url.from,
        s.url.to,
        s.cursor,
        ...filterInputs(s),
        complaintsAsOf(s),
        thresholdOf(s.url, id),
      ],
      build: (registry, s) => thresholded(s, id, complaintsAt(registry, s, complaintsAsOf(s))),
    },
    {
      key: QUERY_KEYS.complaintsWeekly,
      datasets: [id],
      inputs: chartInputs,
      build: (registry, s) => complaintsWeekly(registry, chartFilters(s, 1, true)),
    },
    {
      key: QUERY_KEYS.complaintsCategories,
      datasets: [id],
      inputs: chartRangeInputs,
      build: (registry, s) => complaintsBreakdown(registry, chartFilters(s, 1), 'category'),
    },
    {
      key: SECURITY_CATEGORIES_KEY,
      datasets: [COMPLAINTS_SECURITY],
      inputs: chartRangeInputs,
      build: (registry, s) => complaintsSecurityCategories(registry, chartFilters(s, 1)),
    },
    {
      key: SECURITY_BY_PROVINCE_KEY,
      datasets: [COMPLAINTS_SECURITY],
      inputs: (s) => [s.url.from, s.url.to, s.cursor, ...filterInputs(s), complaintsAsOf(s)],
      build: (registry, s) =>
        complaintsSecurityByProvince(registry, mapFilters(s, 1), {
          asOf: complaintsAsOf(s),
          overdueDays: THRESHOLDS.complaints.overdueDays,
        }),
    },
    {
      key: QUERY_KEYS.complaintsStatuses,
      datasets: [id],
      inputs: chartRangeInputs,
      build: (registry, s) => complaintsBreakdown(registry, chartFilters(s, 1), 'status'),
    },
    {
      key: QUERY_KEYS.complaintsPreviousByProvince,
      datasets: [id],
      inputs: (s) => [...filterInputs(s), complaintsAsOf(s), thresholdOf(s.url, id)],
      // Only the provinces within today's threshold are compared with a week before.
      build: (registry, s) =>
        withinThreshold(
          s,
          id,
          complaintsAt(registry, s, addDays(complaintsAsOf(s), -7), false),
          complaintsAt(registry, s, complaintsAsOf(s)),
        ),
    },
  ];
}
