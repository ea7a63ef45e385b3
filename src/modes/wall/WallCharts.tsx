import { memo, Suspense, useMemo } from 'react';
import { BreakdownChart, RankingChart, TimeSeriesChart } from '../../charts';
import type { Lang } from '../../i18n/messages';
import { selectChartNotes } from '../../state/charts/chart-notes';
import type { ViewModels } from '../../state/models/view-model-selectors';
import { ChartNoteFrame } from '../../ui/ChartNoteFrame';
import { DemoBadge } from '../../ui/DemoBadge';
import { useProvided } from '../../ui/FreshnessBadge';
import { FitSlot } from './FitSlot';
import type { WallChart } from '../../state/playlist/playlist';

/** Axis text of the wall's charts, in rem: it grows with the screen like the rest of the wall. */
const WALL_TICK_REM = 1.2;

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
const TIME_SERIES_LINES = 9;
const MAX_RANKING_LINES = 21;

// The wall has no pointer: the charts' callbacks do nothing.
const ignore = () => undefined;

/**
 * The scene's charts beside the map, stacked to fill the column, animations off. A chart whose
 * data is on its way says so, and one whose dates miss the dataset's period names the period
 * (chart-notes.ts) instead of standing empty or at 0.
 */
export const WallCharts = memo(function WallCharts({
  lang,
  models,
  charts,
  demo,
}: WallChartsProps) {
  const badge = useMemo(() => (demo ? <DemoBadge /> : null), [demo]);
  const { series, ranking, breakdown } = models;
  // From the store the nearest provider holds (none in a static render: no notes).
  const notes = useProvided(selectChartNotes);
  const title = notes?.title ?? '';
  const seriesNote = notes?.series ?? undefined;
  const rankingNote = notes?.ranking ?? undefined;
  const breakdownNote = notes?.breakdown ?? undefined;
  const showRanking = ranking !== null && (ranking.rows.length > 0 || rankingNote !== undefined);
  const showBreakdown =
    breakdown !== null && (breakdown.rows.length > 0 || breakdownNote !== undefined);
  return (
    <aside className="wall-side" data-focus={models.focus}>
      {charts.includes('timeseries') && (series || seriesNote) && (
        <FitSlot name="timeseries" weight={TIME_SERIES_LINES}>
          {(height) =>
            series ? (
              <Suspense fallback={<div className="chart-placeholder" style={{ height }} />}>
                <TimeSeriesChart
                  key={models.focus}
                  model={series}
                  lang={lang}
                  height={height}
                  animate={false}
                  tickFontSize={Math.round(rootFontPx() * WALL_TICK_REM)}
                  onRangeChange={ignore}
                  note={seriesNote}
                >
                  {badge}
                </TimeSeriesChart>
              </Suspense>
            ) : (
              seriesNote && (
                <ChartNoteFrame
                  kind="time-series"
                  lang={lang}
                  title={title}
                  note={seriesNote}
                  height={height}
                  badge={badge}
                />
              )
            )
          }
        </FitSlot>
      )}
      {charts.includes('ranking') && (showRanking || rankingNote) && (
        <FitSlot
          name="ranking"
          weight={
            HEADER_LINES + Math.min(Math.max(ranking?.rows.length ?? 0, 1), MAX_RANKING_LINES)
          }
        >
          {(height) =>
            ranking && showRanking ? (
              <RankingChart
                model={ranking}
                lang={lang}
                height={height}
                animate={false}
                onSelectProvince={ignore}
                note={rankingNote}
              >
                {badge}
              </RankingChart>
            ) : (
              rankingNote && (
                <ChartNoteFrame
                  kind="ranking"
                  lang={lang}
                  title={title}
                  note={rankingNote}
                  height={height}
                  badge={badge}
                />
              )
            )
          }
        </FitSlot>
      )}
      {charts.includes('breakdown') && (showBreakdown || breakdownNote) && (
        <FitSlot name="breakdown" weight={HEADER_LINES + Math.max(breakdown?.rows.length ?? 0, 1)}>
          {(height) =>
            breakdown && showBreakdown ? (
              <BreakdownChart
                model={breakdown}
                lang={lang}
                height={height}
                animate={false}
                note={breakdownNote}
              >
                {badge}
              </BreakdownChart>
            ) : (
              breakdownNote && (
                <ChartNoteFrame
                  kind="breakdown"
                  lang={lang}
                  title={title}
                  note={breakdownNote}
                  height={height}
                  badge={badge}
                />
              )
            )
          }
        </FitSlot>
      )}
    </aside>
  );
});
