/**
 * Chart models of the focused dataset (the top-most layer on the map): a time series, a
 * province ranking and the festival days (breakdowns: breakdown-models.ts). Charts summarise
 * the selected province, else the region, else the whole country, and their titles say which.
 */
import { formatCount, formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { scopedTitle } from '../queries/chart-scope';
import { categoricalColour } from '../layers/palettes';
import { rankProvinces, rankingTitle, withGroupAverage, type RankOrder } from './rankings';
import { isoDay, resultRows } from '../queries/result-rows';
import { regionCodes } from '../queries/view-filters';
import { QUERY_KEYS } from '../queries/view-queries';
import type {
  BreakdownModel,
  LayerId,
  RankingModel,
  SeriesLine,
  TimeSeriesModel,
} from '../models/view-models';

/** The dataset the charts describe: the top-most layer shown, else vaccination. */
export function focusedDataset(state: AppState): LayerId {
  return state.url.layers[state.url.layers.length - 1] ?? 'vaccination';
}

function line(id: string, label: string, index: number, values: (number | null)[]): SeriesLine {
  return { id, label, colour: categoricalColour(index), values };
}

/**
 * The time series of a dataset, or null for datasets without one here (poverty, households;
 * vaccination's and complaints' are their modules').
 */
export function timeSeriesModel(state: AppState, id: LayerId): TimeSeriesModel | null {
  const lang = state.lang;
  const range = state.url.from && state.url.to ? { from: state.url.from, to: state.url.to } : null;
  const base = { range, cursor: state.cursor };
  if (id === 'road_safety') {
    const rows = resultRows(state, QUERY_KEYS.roadDaily);
    if (rows.length === 0) return null;
    return {
      ...base,
      title: scopedTitle(t(lang, 'chartRoadDaily'), state),
      unit: t(lang, 'chartPerDay'),
      dates: rows.map((r) => isoDay(r.date)),
      lines: [
        line(
          'crashes',
          t(lang, 'chartCrashes'),
          0,
          rows.map((r) => Number(r.crashes)),
        ),
        line(
          'deaths',
          t(lang, 'chartDeaths'),
          1,
          rows.map((r) => Number(r.deaths)),
        ),
      ],
    };
  }
  return null;
}

/** Keeps only the region's provinces (all when no region). */
function inRegion(
  valueByCode: ReadonlyMap<number, number>,
  state: AppState,
): ReadonlyMap<number, number> {
  const codes = regionCodes(state.url.region);
  if (codes === null) return valueByCode;
  return new Map(
    codes.flatMap((code) => {
      const value = valueByCode.get(code);
      return value === undefined ? [] : [[code, value] as const];
    }),
  );
}

/**
 * A ranking of the map layer's values: highest first, unless `order` asks for the lowest (a
 * coverage, where the provinces furthest from the target lead). Unit `%` formats as a percent.
 */
export function rankingModel(
  state: AppState,
  id: LayerId,
  valueByCode: ReadonlyMap<number, number>,
  unit: string,
  decimals: number,
  order: RankOrder = 'top',
): RankingModel {
  const lang = state.lang;
  const format = (value: number, l: Lang) =>
    unit === '%' ? formatPercent(value, l) : formatNumber(value, l, decimals);
  return {
    // The ranking lists the region's provinces (or all), whichever province is selected.
    title: withGroupAverage(
      scopedTitle(rankingTitle(order, 10, lang), state, 'region'),
      state,
      inRegion(valueByCode, state),
      format,
    ),
    unit: unit === '%' ? t(lang, 'percentOfPopulation') : unit,
    rows: rankProvinces(inRegion(valueByCode, state), { order, count: 10, lang, format }),
    selectedCode: state.url.province,
  };
}

/**
 * The "7 dangerous days" of the newest festival window in the filtered period (New Year or
 * Songkran): deaths and crashes by festival day, or null without road-safety data.
 */
export function festivalDaysModel(state: AppState): BreakdownModel | null {
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
