import { memo, Suspense, useMemo } from 'react';
import { BreakdownChart, RankingChart, TimeSeriesChart } from '../../charts';
import type { Lang } from '../../i18n/messages';
import type { ViewModels } from '../../state/view-model-selectors';
import { DemoBadge } from '../../ui/DemoBadge';
import { FitSlot } from './FitSlot';
import type { WallChart } from './playlist';

/** Axis text of the wall's charts, in rem: it grows with the screen like the rest of the wall. */
const WALL_TICK_REM = 0.75;

/** The root font size in pixels (the wall sets it from the viewport). */
function rootFontPx(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** Props of {@link WallCharts}. */
export interface WallChartsProps {
  readonly lang: Lang;
  readonly models: ViewModels;
  readonly charts: readonly WallChart[];
  readonly demo: boolean;
}

/** Share of the column a chart takes, in text lines: its frame's header plus its bars. */
const HEADER_LINES = 3;
const TIME_SERIES_LINES = 11;
const MAX_RANKING_LINES = 21;

// The wall has no pointer: the charts' callbacks do nothing.
const ignore = () => undefined;

/** The scene's charts beside the map, stacked to fill the column, animations off. */
export const WallCharts = memo(function WallCharts({
  lang,
  models,
  charts,
  demo,
}: WallChartsProps) {
  const badge = useMemo(() => (demo ? <DemoBadge /> : null), [demo]);
  const { series, ranking, breakdown } = models;
  return (
    <aside className="wall-side" data-focus={models.focus}>
      {charts.includes('timeseries') && series && (
        <FitSlot name="timeseries" weight={TIME_SERIES_LINES}>
          {(height) => (
            <Suspense fallback={<div className="chart-placeholder" style={{ height }} />}>
              <TimeSeriesChart
                key={models.focus}
                model={series}
                lang={lang}
                height={height}
                animate={false}
                tickFontSize={Math.round(rootFontPx() * WALL_TICK_REM)}
                onRangeChange={ignore}
              >
                {badge}
              </TimeSeriesChart>
            </Suspense>
          )}
        </FitSlot>
      )}
      {charts.includes('ranking') && ranking && ranking.rows.length > 0 && (
        <FitSlot
          name="ranking"
          weight={HEADER_LINES + Math.min(ranking.rows.length, MAX_RANKING_LINES)}
        >
          {(height) => (
            <RankingChart
              model={ranking}
              lang={lang}
              height={height}
              animate={false}
              onSelectProvince={ignore}
            >
              {badge}
            </RankingChart>
          )}
        </FitSlot>
      )}
      {charts.includes('breakdown') && breakdown && breakdown.rows.length > 0 && (
        <FitSlot name="breakdown" weight={HEADER_LINES + breakdown.rows.length}>
          {(height) => (
            <BreakdownChart model={breakdown} lang={lang} height={height} animate={false}>
              {badge}
            </BreakdownChart>
          )}
        </FitSlot>
      )}
    </aside>
  );
});
