import { useCallback, type ReactNode } from 'react';
import { t } from '../i18n/messages';
import { markError } from '../state/app/actions';
import type { AppStore } from '../state/app/app-state';
import { useStore } from '../state/app/store';
import { ErrorBoundary } from './ErrorBoundary';
import { ProblemText } from './ErrorDetails';
import { FreshnessProvider } from './FreshnessBadge';
import { useDocumentState } from './use-document-state';

/** Props of {@link Root}. */
export interface RootProps {
  readonly store: AppStore;
  /** The view of the mode the URL asks for (chosen above, in src/Shell.tsx). */
  readonly children: ReactNode;
}

/**
 * The frame around every mode: mirrors the life cycle on <html> (outside the error boundary, so
 * a render error still reaches `data-state=error`), catches render errors, and holds the
 * freshness badges' store.
 */
export function Root({ store, children }: RootProps) {
  const phase = useStore(store, (s) => s.phase);
  const engine = useStore(store, (s) => s.engine);
  const lang = useStore(store, (s) => s.lang);
  const queriesRunning = useStore(store, (s) => s.queriesRunning);
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
      <FreshnessProvider store={store}>{children}</FreshnessProvider>
    </ErrorBoundary>
  );
}
