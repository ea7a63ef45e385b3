import { memo } from 'react';
import type { Lang } from '../../i18n/messages';
import type { TickerAlert } from './alerts';
import { wt } from './messages';
import type { ScheduleSnapshot } from './scheduler';

/** Props of {@link WallFooter}. */
export interface WallFooterProps {
  readonly lang: Lang;
  readonly alerts: readonly TickerAlert[];
  readonly schedule: ScheduleSnapshot | null;
}

function Ticker({
  lang,
  alerts,
}: {
  readonly lang: Lang;
  readonly alerts: readonly TickerAlert[];
}) {
  if (alerts.length === 0) {
    return <p className="wall-ticker-quiet">{wt(lang, 'noAlerts')}</p>;
  }
  const items = alerts.map((alert) => (
    <span key={alert.id} className="wall-ticker-item" data-alert={alert.id}>
      <strong>{alert.headline}</strong> {alert.provinces}
    </span>
  ));
  const length = alerts.reduce((n, a) => n + a.headline.length + a.provinces.length, 0);
  return (
    // Two copies side by side scroll by one copy's width, so the loop has no seam.
    <div
      className="wall-ticker-track"
      style={{ animationDuration: `${Math.max(20, Math.round(length * 0.22))}s` }}
    >
      <span className="wall-ticker-copy">{items}</span>
      <span className="wall-ticker-copy" aria-hidden="true">
        {items}
      </span>
    </div>
  );
}

/** The wall's bottom line: the alert ticker and the playlist's quiet progress indicator. */
export const WallFooter = memo(function WallFooter({ lang, alerts, schedule }: WallFooterProps) {
  return (
    <footer className="wall-footer">
      <div className="wall-ticker" role="marquee" aria-label={wt(lang, 'alertsLabel')}>
        <span className="wall-ticker-label">{wt(lang, 'alertsLabel')}</span>
        <div className="wall-ticker-window">
          <Ticker lang={lang} alerts={alerts} />
        </div>
      </div>
      {schedule && (
        <div className="wall-progress" data-paused={schedule.paused}>
          <span className="wall-progress-count" aria-label={wt(lang, 'sceneLabel')}>
            {schedule.paused && (
              <span className="wall-progress-paused">{wt(lang, 'paused')} · </span>
            )}
            {schedule.index + 1}/{schedule.count}
          </span>
          <div className="wall-progress-bar">
            <div
              // A new element per scene, pause and resume restarts the CSS animation where the
              // scene stands (changing the delay of a running animation would make it jump).
              key={`${schedule.step}-${schedule.paused}`}
              className="wall-progress-fill"
              style={{
                animationDuration: `${schedule.dwellMs}ms`,
                animationDelay: `-${schedule.elapsedMs}ms`,
                animationPlayState: schedule.paused ? 'paused' : 'running',
              }}
            />
          </div>
        </div>
      )}
    </footer>
  );
});
