import { lazy, Suspense, useCallback } from 'react';
import { t } from '../i18n/messages';
import type { Geography } from '../map/load-geography';
import { markError } from '../state/actions';
import type { AppStore } from '../state/app-state';
import { useStore } from '../state/store';
import type { BackendSource } from '../modes/analyst/tools/tools-actions';
// Registers the dataset modules (indicators) with the state before the data flow starts.
import '../datasets';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { ProblemText } from './ErrorDetails';
import { FreshnessProvider } from './FreshnessBadge';
import { useDocumentState } from './use-document-state';

// The wall's code (kiosk layout, playlist, clock) is fetched only when `?mode=wall` asks for it.
const WallApp = lazy(async () => ({ default: (await import('../modes/wall/WallApp')).WallApp }));
// The analyst's filters and saved views likewise load only for `?mode=analyst`.
const AnalystApp = lazy(async () => ({
  default: (await import('../modes/analyst/AnalystApp')).AnalystApp,
}));

/** Props of {@link Root}. */
export interface RootProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** The data coordinator (startDataFlow's promise), for the analyst's data tools. */
  readonly coordinator?: BackendSource;
}

/**
 * The top of the tree: mirrors the life cycle on <html> (outside the error boundary, so a render
 * error still reaches `data-state=error`), catches render errors, and shows the dashboard or, for
 * `?mode=wall`, the operations-room wall, or for `?mode=analyst`, the dashboard with the
 * analyst's filters and saved views.
 */
export function Root({ store, geography, coordinator = null }: RootProps) {
  const phase = useStore(store, (s) => s.phase);
  const engine = useStore(store, (s) => s.engine);
  const lang = useStore(store, (s) => s.lang);
  const queriesRunning = useStore(store, (s) => s.queriesRunning);
  const mode = useStore(store, (s) => s.url.mode);
  useDocumentState(phase, engine, lang, queriesRunning);
  const onError = useCallback(
    (message: string) => {
      markError(store, message);
    },
    [store],
  );
  return (
    <ErrorBoundary
      onError={onError}
      fallback={(message) => (
        <div className="status-message status-error" role="alert">
          <h2>{t(lang, 'errorTitle')}</h2>
          <ProblemText text={message} lang={lang} />
        </div>
      )}
    >
      <FreshnessProvider store={store}>
        {mode === 'wall' ? (
          <Suspense fallback={null}>
            <WallApp store={store} geography={geography} />
          </Suspense>
        ) : mode === 'analyst' ? (
          <Suspense fallback={null}>
            <AnalystApp store={store} geography={geography} coordinator={coordinator} />
          </Suspense>
        ) : (
          <App store={store} geography={geography} />
        )}
      </FreshnessProvider>
    </ErrorBoundary>
  );
}
