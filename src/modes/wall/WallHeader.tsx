import { memo } from 'react';
import type { Lang } from '../../i18n/messages';
import { DemoBadge } from '../../ui/DemoBadge';
import { bangkokParts, formatWallClock } from './clock-format';
import { wt } from './messages';
import type { Scene } from '../../state/playlist/playlist';
import { useMinuteClock } from './use-now';

/** Props of {@link WallHeader}. */
export interface WallHeaderProps {
  readonly lang: Lang;
  readonly scene: Scene | null;
  readonly demo: boolean;
}

function WallClock({ lang }: { readonly lang: Lang }) {
  const now = useMinuteClock();
  const { date, time } = bangkokParts(now);
  return (
    <time
      className="wall-clock"
      dateTime={`${date}T${time}+07:00`}
      aria-label={wt(lang, 'clockLabel')}
    >
      {formatWallClock(now, lang)}
    </time>
  );
}

/** The wall's title bar: the ministry, the scene's title (Thai and English), the clock. */
export const WallHeader = memo(function WallHeader({ lang, scene, demo }: WallHeaderProps) {
  const other: Lang = lang === 'th' ? 'en' : 'th';
  return (
    <header className="wall-header">
      <p className="wall-ministry">
        {/* Each part whole on its line: a Thai break inside ห้องปฏิบัติการ reads as two words. */}
        {wt(lang, 'ministry')
          .split(/(?<= · )/)
          .map((part) => (
            <span key={part}>{part}</span>
          ))}
      </p>
      <div className="wall-scene-title">
        {scene && (
          <>
            <h1 lang={lang}>{scene.title[lang]}</h1>
            {scene.title[other] !== scene.title[lang] && <p lang={other}>{scene.title[other]}</p>}
          </>
        )}
      </div>
      <div className="wall-header-end">
        {demo && <DemoBadge />}
        <WallClock lang={lang} />
      </div>
    </header>
  );
});
