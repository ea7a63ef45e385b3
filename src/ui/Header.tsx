import { memo, type ReactNode } from 'react';
import { t, type Lang } from '../i18n/messages';
import type { EngineStatus } from '../state/app/app-state';
import type { GroupKey } from '../state/groupings/groupings';
import { GroupFilter } from './GroupFilter';

/** Props of {@link Header}. */
export interface HeaderProps {
  readonly lang: Lang;
  readonly engine: EngineStatus;
  /** The chosen group (a region id or `grouping:group`), null = the whole country. */
  readonly region: GroupKey | null;
  readonly onRegionChange: (region: GroupKey | null) => void;
  readonly onSwitchLanguage: () => void;
  /** Extra tools shown before the data status (e.g. the export button); pass a memoised element. */
  readonly children?: ReactNode;
}

const ENGINE_TEXT = {
  idle: 'engineLoading',
  loading: 'engineLoading',
  ready: 'engineReady',
  partial: 'enginePartial',
  error: 'engineError',
} as const;

/** Title bar: the ministry's title, the region filter, the database status and the language. */
export const Header = memo(function Header(props: HeaderProps) {
  const { lang, engine, region, onRegionChange, onSwitchLanguage } = props;
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title">{t(lang, 'appTitle')}</h1>
        <p className="app-subtitle">{t(lang, 'appSubtitle')}</p>
      </div>
      <div className="header-tools">
        <GroupFilter lang={lang} group={region} onGroupChange={onRegionChange} />
        {props.children}
        <span className={`engine-status engine-${engine}`} role="status">
          {t(lang, ENGINE_TEXT[engine])}
        </span>
        <button
          type="button"
          className="lang-switch"
          onClick={onSwitchLanguage}
          aria-label={t(lang, 'switchLanguageLabel')}
        >
          {t(lang, 'switchLanguage')}
        </button>
      </div>
    </header>
  );
});
