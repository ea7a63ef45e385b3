/**
 * Which dataset the charts describe (the top-most layer on the map) and the province ranking
 * every module builds its own from. Charts summarise the selected province, else the region,
 * else the whole country, and their titles say which. A dataset's series, breakdown and festival
 * days are its module's (src/datasets/<id>/); the breakdown choice is breakdown-models.ts's.
 */
import { formatNumber, formatPercent } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { scopedTitle } from '../queries/chart-scope';
import { rankProvinces, rankingTitle, withGroupAverage, type RankOrder } from './rankings';
import { regionCodes } from '../queries/view-filters';
import type { LayerId, RankingModel } from '../models/view-models';

/** The dataset the charts describe: the top-most layer shown, else vaccination. */
export function focusedDataset(state: AppState): LayerId {
  return state.url.layers[state.url.layers.length - 1] ?? 'vaccination';
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
