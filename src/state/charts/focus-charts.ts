/**
 * The charts of the focused dataset (its time series, ranking, breakdown and festival days), each
 * built by the dataset's module and kept as the same object while the results and settings it
 * reads are unchanged (issue 14 item 2): a brush or a result of another dataset leaves them
 * alone, so recharts redraws nothing.
 */
import type { AppState } from '../app/app-state';
import { isCoreDatasetId, moduleDataset } from '../models/dataset-modules';
import type { ChoroplethLayerModel } from '../layers/layer-models';
import type { ReadTrackingMemo } from '../queries/read-tracking-memo';
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
  const data = memo.get(`series:${focus}`, withoutMarks(state), (s) => {
    const found = moduleDataset(s, focus);
    return found ? found.module.series(s, found.def) : null;
  });
  const ranking = memo.get(
    `ranking:${focus}`,
    state,
    (s) => {
      const found = moduleDataset(s, focus);
      return found ? found.module.ranking(s, found.def, drawing) : null;
    },
    [drawing],
  );
  return {
    series: seriesWithMarks(memo, state, data),
    ranking,
    breakdown: memo.get(`breakdown:${focus}`, state, (s) => {
      const found = moduleDataset(s, focus);
      return found?.module.breakdown?.(s, found.def) ?? null;
    }),
    festival: memo.get(`festival:${focus}`, state, (s) => {
      const found = moduleDataset(s, focus);
      return found?.module.festival?.(s, found.def) ?? null;
    }),
    // The cursor steps through the focused core dataset's series dates (an indicator's series
    // has no steps yet).
    steps: (isCoreDatasetId(focus) && data?.dates) || NO_STEPS,
  };
}

const NO_STEPS: readonly string[] = [];
