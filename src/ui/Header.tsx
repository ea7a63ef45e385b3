import { memo, type ReactNode } from 'react';
import { REGIONS } from '../data/provinces';
import type { RegionId } from '../data/province-table';
import { t, type Lang } from '../i18n/messages';
import type { EngineStatus } from '../state/app-state';

/** Props of {@link Header}. */
export interface HeaderProps {
  readonly lang: Lang;
  readonly engine: EngineStatus;
  readonly region: RegionId | null;
  readonly onRegionChange: (region: RegionId | null) => void;
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
        <label className="region-filter">
          {t(lang, 'regionLabel')}
          <select
            value={region ?? ''}
            onChange={(event) => {
              const id = REGIONS.find((r) => r.id === event.target.value)?.id ?? null;
              onRegionChange(id);
            }}
          >
            <option value="">{t(lang, 'regionAll')}</option>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {lang === 'th' ? r.nameTh : r.nameEn}
              </option>
            ))}
          </select>
        </label>
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
