/**
 * The road-safety charts: crashes and deaths per day (the series), crashes per cause or per
 * vehicle (the breakdown the person chooses) and the "7 dangerous days" of the newest festival
 * window, for the chart scope.
 */
import { formatCount, formatDate } from '../../i18n/format';
import { categoryName } from '../../i18n/categories';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { breakdownOptions, selectedBreakdownKind } from '../../state/charts/breakdown-models';
import type { BreakdownModel, TimeSeriesModel } from '../../state/models/view-models';
import { scopedTitle } from '../../state/queries/chart-scope';
import { isoDay, resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { seriesFromRows } from '../../state/charts/series-from-rows';

/** Crashes and deaths per day, for the chart scope; null before the query has rows. */
export function roadSafetySeries(state: AppState): TimeSeriesModel | null {
  return seriesFromRows(state, {
    queryKey: QUERY_KEYS.roadDaily,
    title: 'chartRoadDaily',
    unit: 'chartPerDay',
    dateColumn: 'date',
    lines: [
      { id: 'crashes', label: 'chartCrashes' },
      { id: 'deaths', label: 'chartDeaths' },
    ],
  });
}

/** Crashes per cause (the default) or per vehicle, for the chart scope. */
export function roadSafetyBreakdown(state: AppState, id: string): BreakdownModel | null {
  const { lang } = state;
  const kind = selectedBreakdownKind(state, id);
  if (kind !== 'cause' && kind !== 'vehicle') return null;
  const byCause = kind === 'cause';
  const rows = resultRows(state, byCause ? QUERY_KEYS.roadCauses : QUERY_KEYS.roadVehicles).map(
    (r) => {
      const key = String(r.key);
      const crashes = Number(r.crashes);
      return {
        key,
        label: categoryName(key, lang),
        value: crashes,
        valueText: formatCount(crashes, lang),
      };
    },
  );
  return {
    title: scopedTitle(t(lang, byCause ? 'chartRoadCauses' : 'chartRoadVehicles'), state),
    unit: t(lang, 'chartCrashes'),
    rows,
    options: breakdownOptions(state, id, kind),
  };
}

/**
 * The "7 dangerous days" of the newest festival window in the filtered period (New Year or
 * Songkran): deaths and crashes by festival day, or null without road-safety data.
 */
export function festivalDays(state: AppState): BreakdownModel | null {
  const rows = resultRows(state, QUERY_KEYS.roadFestivalDays);
  const to = state.cursor ?? state.url.to;
  const windows = [...new Set(rows.map((r) => isoDay(r.festival_start)))]
    .filter((start) => to === null || start <= to)
    .sort();
  const newest = windows[windows.length - 1];
  if (newest === undefined) return null;
  const lang = state.lang;
  const days = rows.filter((r) => isoDay(r.festival_start) === newest);
  const festival = days[0]?.festival;
  return {
    title: scopedTitle(
      `${t(lang, festival === 'songkran' ? 'chartSongkran' : 'chartNewYear')} ${formatDate(newest, lang)}`,
      state,
    ),
    unit: t(lang, 'chartDeaths'),
    rows: days.map((r) => {
      const deaths = Number(r.deaths);
      return {
        key: `day-${String(r.festival_day)}`,
        label: `${t(lang, 'chartDay')} ${String(r.festival_day)}`,
        value: deaths,
        valueText: `${formatCount(deaths, lang)} (${formatCount(Number(r.crashes), lang)} ${t(lang, 'chartCrashShort')})`,
      };
    }),
  };
}
