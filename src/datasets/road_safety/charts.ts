/**
 * The road-safety charts: crashes and deaths per day (the series), crashes per cause or per
 * vehicle (the breakdown the person chooses) and the "7 dangerous days" of the newest festival
 * window, for the chart scope.
 */
import { formatCount, formatDate } from '../../i18n/format';
import { categoryName } from '../../i18n/categories';
import { t, type MessageKey } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { breakdownOptions, selectedBreakdownKind } from '../../state/charts/breakdown-models';
import { categoricalColour } from '../../state/layers/palettes';
import type { BreakdownModel, TimeSeriesModel } from '../../state/models/view-models';
import { scopedTitle } from '../../state/queries/chart-scope';
import { isoDay, resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Crashes and deaths per day, for the chart scope; null before the query has rows. */
export function roadSafetySeries(state: AppState): TimeSeriesModel | null {
  const { lang } = state;
  const rows = resultRows(state, QUERY_KEYS.roadDaily);
  if (rows.length === 0) return null;
  const range = state.url.from && state.url.to ? { from: state.url.from, to: state.url.to } : null;
  const line = (id: 'crashes' | 'deaths', label: MessageKey, index: number) => ({
    id,
    label: t(lang, label),
    colour: categoricalColour(index),
    values: rows.map((r) => Number(r[id])),
  });
  return {
    range,
    cursor: state.cursor,
    title: scopedTitle(t(lang, 'chartRoadDaily'), state),
    unit: t(lang, 'chartPerDay'),
    dates: rows.map((r) => isoDay(r.date)),
    lines: [line('crashes', 'chartCrashes', 0), line('deaths', 'chartDeaths', 1)],
  };
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
