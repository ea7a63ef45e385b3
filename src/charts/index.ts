/** The charts of War Room (the only folder that imports recharts). */
import { lazy } from 'react';

export { BreakdownChart, type BreakdownChartProps } from './BreakdownChart';
export type { DateRange } from './brush-range';
export {
  ChartFrame,
  type ChartFrameNote,
  type ChartFrameProps,
  type ChartKind,
} from './ChartFrame';
export { RankingChart, type RankingChartProps } from './RankingChart';
export { Sparkline, type SparklineProps } from './Sparkline';
export type { TimeSeriesChartProps } from './TimeSeriesChart';

const loadTimeSeriesChart = () => import('./TimeSeriesChart');

/**
 * The time series with its brush, loaded on first use: it is the only chart drawn with recharts,
 * whose code the first map paint does not need (charts wait for DuckDB's answers anyway). Render
 * it inside a Suspense boundary.
 */
export const TimeSeriesChart = lazy(async () => ({
  default: (await loadTimeSeriesChart()).TimeSeriesChart,
}));

/** Starts fetching the chart code ahead of its first use (call once the map has painted). */
export function preloadCharts(): void {
  void loadTimeSeriesChart();
}
