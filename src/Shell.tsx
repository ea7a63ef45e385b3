import { Suspense, useCallback, useEffect } from 'react';
import { ExportButton } from './export/ExportButton';
import type { Geography } from './map/load-geography';
import type { BackendSource } from './modes/analyst/tools/tools-actions';
import type { AppStore } from './state/app/app-state';
import { useStore } from './state/app/store';
import { App } from './ui/App';
import { chunkRecovery, lazyChunk, listenForPreloadErrors } from './ui/chunk-reload';
import { ExportSlotContext, type ExportSlot } from './ui/export-slot';
import { NewVersionNotice } from './ui/NewVersionNotice';
import { Root } from './ui/Root';

// A chunk gone after a redeploy reloads the page into the new version (src/ui/chunk-reload.ts);
// a mode's chunk is the whole page, so nothing is lost by reloading at once.
const WHOLE_VIEW = { wholeView: true } as const;
// The wall's code (kiosk layout, playlist, clock) is fetched only when `?mode=wall` asks for it.
const WallApp = lazyChunk(async () => (await import('./modes/wall/WallApp')).WallApp, WHOLE_VIEW);
// The analyst's filters and saved views likewise load only for `?mode=analyst`.
const AnalystApp = lazyChunk(
  async () => (await import('./modes/analyst/AnalystApp')).AnalystApp,
  WHOLE_VIEW,
);
// The data-pack builder (issue 15) likewise loads only for `?mode=admin`.
const AdminApp = lazyChunk(
  async () => (await import('./modes/admin/AdminApp')).AdminApp,
  WHOLE_VIEW,
);

/** Props of {@link Shell}. */
export interface ShellProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** The data coordinator (startDataFlow's promise), for the analyst's data tools. */
  readonly coordinator?: BackendSource;
}

/**
 * The top of the tree, above every floor: picks the mode the URL asks for (the dashboard, the
 * operations-room wall for `?mode=wall`, the dashboard with the analyst's filters and tools for
 * `?mode=analyst`, the data-pack builder for `?mode=admin`) and hands the dashboard its export
 * button, which lives a floor above it.
 */
export function Shell({ store, geography, coordinator = null }: ShellProps) {
  const mode = useStore(store, (s) => s.url.mode);
  const exportSlot = useCallback<ExportSlot>(
    (extraLayers) => <ExportButton store={store} geography={geography} extraLayers={extraLayers} />,
    [store, geography],
  );
  useEffect(() => {
    // The wall has no one to click a notice and must not reload mid-scene: it waits for a boundary.
    chunkRecovery.setMoment(mode === 'wall' ? 'scene-boundary' : 'when-idle');
  }, [mode]);
  useEffect(() => listenForPreloadErrors(window), []);
  return (
    <Root store={store}>
      <ExportSlotContext.Provider value={exportSlot}>
        {mode === 'wall' ? (
          <Suspense fallback={null}>
            <WallApp store={store} geography={geography} />
          </Suspense>
        ) : mode === 'admin' ? (
          <Suspense fallback={null}>
            <AdminApp />
          </Suspense>
        ) : mode === 'analyst' ? (
          <Suspense fallback={null}>
            <AnalystApp store={store} geography={geography} coordinator={coordinator} />
          </Suspense>
        ) : (
          <App store={store} geography={geography} />
        )}
      </ExportSlotContext.Provider>
      <NewVersionNotice />
    </Root>
  );
}
