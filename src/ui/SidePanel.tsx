import { memo, Suspense, useCallback, useMemo } from 'react';
import { BreakdownChart, RankingChart, TimeSeriesChart } from '../charts';
import type { Lang } from '../i18n/messages';
import type { ViewModels } from '../state/view-model-selectors';
import { DemoBadge } from './DemoBadge';
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

/** The right column: the selected province's card and the focused dataset's linked charts. */
export const SidePanel = memo(function SidePanel(props: SidePanelProps) {
  const { lang, models, actions, animate } = props;
  // Stable children and callbacks, so the memoised charts skip renders that change nothing.
  const badge = useMemo(() => (props.demo ? <DemoBadge /> : null), [props.demo]);
  const focus = models.focus;
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
      {models.series && (
        <Suspense fallback={<div className="chart-placeholder" style={{ height: 240 }} />}>
          <TimeSeriesChart
            // A new dataset has other dates: a fresh chart (and brush) instead of stale indices.
            key={models.focus}
            model={models.series}
            lang={lang}
            height={170}
            animate={animate}
            onRangeChange={actions.setRange}
            onCursorChange={actions.setCursor}
          >
            {badge}
          </TimeSeriesChart>
        </Suspense>
      )}
      {models.ranking && models.ranking.rows.length > 0 && (
        <RankingChart
          model={models.ranking}
          lang={lang}
          height={200}
          animate={animate}
          onSelectProvince={actions.selectProvince}
        >
          {badge}
        </RankingChart>
      )}
      {models.breakdown && models.breakdown.rows.length > 0 && (
        <BreakdownChart
          model={models.breakdown}
          lang={lang}
          height={150}
          animate={animate}
          onSelectOption={chooseBreakdown}
        >
          {badge}
        </BreakdownChart>
      )}
      {models.festival && models.festival.rows.length > 0 && (
        <BreakdownChart model={models.festival} lang={lang} height={150} animate={animate}>
          {badge}
        </BreakdownChart>
      )}
    </aside>
  );
});
