import { t, type Lang } from '../i18n/messages';
import type { EngineStatus } from '../state/app-state';

/** Props of {@link Header}. */
export interface HeaderProps {
  readonly lang: Lang;
  readonly engine: EngineStatus;
  readonly onSwitchLanguage: () => void;
}

const ENGINE_TEXT = {
  idle: 'engineLoading',
  loading: 'engineLoading',
  ready: 'engineReady',
  error: 'engineError',
} as const;

/** Title bar: the ministry's title, the database status and the language switch. */
export function Header({ lang, engine, onSwitchLanguage }: HeaderProps) {
  return (
    <header className="app-header">
      <div>
        <h1 className="app-title">{t(lang, 'appTitle')}</h1>
        <p className="app-subtitle">{t(lang, 'appSubtitle')}</p>
      </div>
      <div className="header-tools">
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
}
