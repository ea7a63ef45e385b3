import { memo, Suspense, useCallback, useMemo } from 'react';
import { BreakdownChart, RankingChart, TimeSeriesChart } from '../charts';
import type { Lang } from '../i18n/messages';
import { selectChartNotes } from '../state/charts/chart-notes';
import type { ViewModels } from '../state/models/view-model-selectors';
import { ChartNoteFrame } from './ChartNoteFrame';
import { DemoBadge } from './DemoBadge';
import { useProvided } from './FreshnessBadge';
import { ProvinceCard } from './ProvinceCard';
import type { DashboardActions } from './use-dashboard-actions';

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  readonly lang: Lang;
  readonly models: ViewModels;
  readonly demo: boolean;
  readonly animate: boolean;
  readonly actions: DashboardActions;
}

/**
 * The right column: the selected province's card and the focused dataset's linked charts, each
 * saying "loading" until its data is in and naming the dataset's period when the dates shown
 * miss it (chart-notes.ts), never an empty chart without a word.
 */
export const SidePanel = memo(function SidePanel(props: SidePanelProps) {
  const { lang, models, actions, animate } = props;
  // Stable children and callbacks, so the memoised charts skip renders that change nothing.
  const badge = useMemo(() => (props.demo ? <DemoBadge /> : null), [props.demo]);
  const focus = models.focus;
  // From the store the nearest provider holds (none in a static render: no notes).
  const notes = useProvided(selectChartNotes);
  const { series, ranking, breakdown } = models;
  const seriesNote = notes?.series ?? undefined;
  const rankingNote = notes?.ranking ?? undefined;
  const breakdownNote = notes?.breakdown ?? undefined;
  const closeCard = useCallback(() => {
    actions.selectProvince(null);
  }, [actions]);
  const chooseBreakdown = useCallback(
    (kind: Parameters<DashboardActions['setBreakdown']>[1]) => {
      actions.setBreakdown(focus, kind);
    },
    [actions, focus],
  );
  return (
    <aside className="side-panel" data-focus={models.focus}>
      {models.card && <ProvinceCard lang={lang} model={models.card} onClose={closeCard} />}
      {series ? (
        <Suspense fallback={<div className="chart-placeholder" style={{ height: 240 }} />}>
          <TimeSeriesChart
            // A new dataset has other dates: a fresh chart (and brush) instead of stale indices.
            key={models.focus}
            model={series}
            lang={lang}
            height={170}
            animate={animate}
            onRangeChange={actions.setRange}
            onCursorChange={actions.setCursor}
            note={seriesNote}
          >
            {badge}
          </TimeSeriesChart>
        </Suspense>
      ) : (
        seriesNote &&
        notes && (
          <ChartNoteFrame
            kind="time-series"
            lang={lang}
            title={notes.title}
            note={seriesNote}
            height={170}
            badge={badge}
          />
        )
      )}
      {ranking && (ranking.rows.length > 0 || rankingNote) ? (
        <RankingChart
          model={ranking}
          lang={lang}
          height={200}
          animate={animate}
          onSelectProvince={actions.selectProvince}
          note={rankingNote}
        >
          {badge}
        </RankingChart>
      ) : (
        rankingNote &&
        notes && (
          <ChartNoteFrame
            kind="ranking"
            lang={lang}
            title={notes.title}
            note={rankingNote}
            height={200}
            badge={badge}
          />
        )
      )}
      {breakdown && (breakdown.rows.length > 0 || breakdownNote) ? (
        <BreakdownChart
          model={breakdown}
          lang={lang}
          height={150}
          animate={animate}
          onSelectOption={chooseBreakdown}
          note={breakdownNote}
        >
          {badge}
        </BreakdownChart>
      ) : (
        breakdownNote &&
        notes && (
          <ChartNoteFrame
            kind="breakdown"
            lang={lang}
            title={notes.title}
            note={breakdownNote}
            height={150}
            badge={badge}
          />
        )
      )}
      {models.festival && models.festival.rows.length > 0 && (
        <BreakdownChart model={models.festival} lang={lang} height={150} animate={animate}>
          {badge}
        </BreakdownChart>
      )}
    </aside>
  );
});
