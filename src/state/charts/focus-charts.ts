/**
 * The charts of the focused dataset (its time series, ranking, breakdown and festival days), each
 * kept as the same object while the results and settings it reads are unchanged (issue 14
 * item 2): a brush or a result of another dataset leaves them alone, so recharts redraws nothing.
 */
import { t, type MessageKey } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { breakdownModel } from './breakdown-models';
import { festivalDaysModel, rankingModel, timeSeriesModel } from './chart-models';
import { isCoreDatasetId, moduleDataset } from '../models/dataset-modules';
import type { ChoroplethLayerModel } from '../layers/layer-models';
import type { ReadTrackingMemo } from '../queries/read-tracking-memo';
import { resultRows, valueByProvince } from '../queries/result-rows';
import { QUERY_KEYS } from '../queries/view-queries';
import type { BreakdownModel, LayerId, RankingModel, TimeSeriesModel } from '../models/view-models';

/** The focused dataset's charts and the dates the time cursor steps through. */
export interface FocusCharts {
  readonly series: TimeSeriesModel | null;
  readonly ranking: RankingModel | null;
  readonly breakdown: BreakdownModel | null;
  /** Road safety only: the newest festival window day by day. */
  readonly festival: BreakdownModel | null;
  readonly steps: readonly string[];
}

/** Per-province values of the layers drawn without a choropleth, for their ranking. */
const RANKED_COLUMNS: Partial<Record<LayerId, readonly [string, string, MessageKey]>> = {
  road_safety: [QUERY_KEYS.roadByProvince, 'crashes', 'chartCrashes'],
};

function chartValues(
  state: AppState,
  id: LayerId,
  drawing: ChoroplethLayerModel | null,
): { values: ReadonlyMap<number, number>; unit: string; decimals: number } | null {
  if (drawing)
    return { values: drawing.valueByCode, unit: drawing.legend?.unit ?? '', decimals: 1 };
  const source = RANKED_COLUMNS[id];
  if (!source) return null;
  const [key, column, unitKey] = source;
  return {
    values: valueByProvince(resultRows(state, key), column),
    unit: t(state.lang, unitKey),
    decimals: 0,
  };
}

/**
 * A view of `state` with no date range and no cursor: a series' data never depends on them (its
 * query ignores the range), only its brush and cursor marks do, which {@link seriesWithMarks}
 * puts back. A brush thus keeps each series' dates and lines the same arrays.
 */
function withoutMarks(state: AppState): AppState {
  return { ...state, url: { ...state.url, from: null, to: null }, cursor: null };
}

function seriesWithMarks(
  memo: ReadTrackingMemo<AppState>,
  state: AppState,
  data: TimeSeriesModel | null,
): TimeSeriesModel | null {
  if (data === null) return null;
  const { from, to } = state.url;
  const range = from && to ? { from, to } : null;
  return memo.get('seriesMarks', state, () => ({ ...data, range, cursor: state.cursor }), [
    data,
    from,
    to,
    state.cursor,
  ]);
}

/** The focused dataset's charts, each kept while its own inputs are unchanged. */
export function focusCharts(
  memo: ReadTrackingMemo<AppState>,
  state: AppState,
  focus: LayerId,
  drawing: ChoroplethLayerModel | null,
): FocusCharts {
  const focusModule = moduleDataset(state, focus);
  const data = memo.get(`series:${focus}`, withoutMarks(state), (s) => {
    const found = moduleDataset(s, focus);
    return found ? found.module.series(s, found.def) : timeSeriesModel(s, focus);
  });
  const ranking = memo.get(
    `ranking:${focus}`,
    state,
    (s) => {
      const found = moduleDataset(s, focus);
      if (found) return found.module.ranking(s, found.def, drawing);
      const ranked = chartValues(s, focus, drawing);
      return ranked ? rankingModel(s, focus, ranked.values, ranked.unit, ranked.decimals) : null;
    },
    [drawing],
  );
  return {
    series: seriesWithMarks(memo, state, data),
    ranking,
    breakdown: memo.get(`breakdown:${focus}`, state, (s) => {
      const found = moduleDataset(s, focus);
      if (!found) return breakdownModel(s, focus);
      return found.module.breakdown?.(s, found.def) ?? null;
    }),
    festival:
      focus === 'road_safety' && !focusModule
        ? memo.get('festival', state, festivalDaysModel)
        : null,
    // The cursor steps through the focused core dataset's series dates (an indicator's series
    // has no steps yet).
    steps: ((!focusModule || isCoreDatasetId(focus)) && data?.dates) || NO_STEPS,
  };
}

const NO_STEPS: readonly string[] = [];
