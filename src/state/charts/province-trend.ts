/**
 * The selected province's trend for the province card: weekly values of the datasets with a
 * time series (dose-2 coverage, crashes, complaints received) up to the date shown, and the
 * latest week's change against the week before.
 *
 * It reads the charts' series results: while a province is selected they are that province's
 * series (the chart queries filter on `url.province`).
 */
import { formatCount, formatPercent } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { formatPointChange } from '../kpis/kpis';
import { isoDay, resultRows } from '../queries/result-rows';
import { addDays } from '../queries/view-filters';
import { QUERY_KEYS } from '../queries/view-queries';
import type { LayerId } from '../models/view-models';

/** How many weeks a trend shows at most. */
export const TREND_WEEKS = 26;

/** One week of a trend: the ISO date it ends on and its value. */
export interface TrendPoint {
  readonly to: string;
  readonly value: number;
}

/** One dataset's trend on the province card. */
export interface ProvinceTrend {
  readonly id: LayerId;
  readonly label: string;
  /** Weekly values, oldest first (at least two). */
  readonly values: readonly number[];
  /** ISO date the latest week ends on. */
  readonly to: string;
  /**
   * ISO date of the point the change is measured from: a week before `to` for a weekly series,
   * further back when the data has gaps (real snapshots may be months apart), and the card says so.
   */
  readonly previousTo: string;
  readonly latestText: string;
  /** Latest week minus the week before (percentage points for coverage). */
  readonly change: number;
  readonly changeText: string;
}

/**
 * Daily values summed into weeks that end on the last day, oldest first; days before the first
 * full week are left out so a partial week does not look like a drop.
 */
export function weeklySums(days: readonly TrendPoint[]): TrendPoint[] {
  const weeks: TrendPoint[] = [];
  for (let end = days.length - 1; end - 6 >= 0; end -= 7) {
    let sum = 0;
    for (let i = end - 6; i <= end; i += 1) sum += days[i]?.value ?? 0;
    weeks.unshift({ to: days[end]?.to ?? '', value: sum });
  }
  return weeks;
}

/** The points dated on or before `end` (all for null), at most the newest `count`. */
export function lastPoints(
  points: readonly TrendPoint[],
  end: string | null,
  count: number,
): TrendPoint[] {
  const upTo = end === null ? [...points] : points.filter((p) => p.to <= end);
  return upTo.slice(Math.max(0, upTo.length - count));
}

/** "+3", "−2", "0": a signed whole-number change. */
export function formatCountChange(change: number, lang: Lang): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${formatCount(Math.abs(change), lang)}`;
}

function trend(
  id: LayerId,
  label: string,
  points: readonly TrendPoint[],
  latestText: (value: number) => string,
  changeText: (change: number) => string,
): ProvinceTrend | null {
  const last = points[points.length - 1];
  const previous = points[points.length - 2];
  if (!last || !previous) return null;
  const change = last.value - previous.value;
  return {
    id,
    label,
    values: points.map((p) => p.value),
    to: last.to,
    previousTo: previous.to,
    latestText: latestText(last.value),
    change,
    changeText: changeText(change),
  };
}

/**
 * Trends of the datasets with a weekly or daily series, for the card of the selected province:
 * up to {@link TREND_WEEKS} weeks ending at the time cursor (else the end of the brushed range,
 * else the newest data). Datasets without a series or with fewer than two weeks are left out.
 */
export function provinceTrends(state: AppState): ProvinceTrend[] {
  const lang = state.lang;
  const end = state.cursor ?? state.url.to;
  const vaccination = resultRows(state, QUERY_KEYS.vaccinationSeries).flatMap((r) => {
    const population = Number(r.population);
    return population > 0
      ? [{ to: isoDay(r.week_end), value: (100 * Number(r.dose2)) / population }]
      : [];
  });
  const crashes = weeklySums(
    lastPoints(
      resultRows(state, QUERY_KEYS.roadDaily).map((r) => ({
        to: isoDay(r.date),
        value: Number(r.crashes),
      })),
      end,
      7 * TREND_WEEKS,
    ),
  );
  // Monday-to-Sunday weeks; a week the data (or the date shown) has not finished is left out.
  const complaintsAsOf = state.datasets.find((d) => d.id === 'complaints')?.asOf ?? null;
  const complaintsEnd =
    end === null
      ? complaintsAsOf
      : complaintsAsOf === null || end < complaintsAsOf
        ? end
        : complaintsAsOf;
  const received = resultRows(state, QUERY_KEYS.complaintsWeekly).map((r) => ({
    to: addDays(isoDay(r.week_start), 6),
    value: Number(r.received),
  }));
  const count = (value: number) => formatCount(value, lang);
  return [
    trend(
      'vaccination',
      t(lang, 'trendDose2'),
      lastPoints(vaccination, end, TREND_WEEKS),
      (value) => formatPercent(value, lang),
      (change) => formatPointChange(change, lang),
    ),
    trend('road_safety', t(lang, 'chartCrashes'), crashes, count, (change) =>
      formatCountChange(change, lang),
    ),
    trend(
      'complaints',
      t(lang, 'trendComplaintsReceived'),
      lastPoints(received, complaintsEnd, TREND_WEEKS),
      count,
      (change) => formatCountChange(change, lang),
    ),
  ].filter((row): row is ProvinceTrend => row !== null);
}
