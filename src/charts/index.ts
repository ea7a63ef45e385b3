/** The charts of War Room (the only folder that imports recharts). */
export { BreakdownChart, type BreakdownChartProps } from './BreakdownChart';
export type { DateRange } from './brush-range';
export { ChartFrame, type ChartFrameProps, type ChartKind } from './ChartFrame';
export { RankingChart, type RankingChartProps } from './RankingChart';
export { Sparkline, type SparklineProps } from './Sparkline';
export { TimeSeriesChart, type TimeSeriesChartProps } from './TimeSeriesChart';
