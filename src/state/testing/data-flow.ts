/**
 * Test-only: the app's data flow (src/state/app/data-flow.ts) on the committed demo data in Node,
 * started as src/main.tsx starts it. The integration tests shared this set-up block word for word;
 * here it is written once.
 */
import type { DataCoordinator } from '../../data/engine/coordinator';
import type { DataEngine } from '../../data/engine/engine';
import { createNativeEngine } from '../../data/testing/engines';
import { markReady } from '../app/actions';
import type { AppState, AppStore } from '../app/app-state';
import { startDataFlow } from '../app/data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from './public-data';

/** Resolves once `check(state)` holds (checked now and on every store change). */
export function waitFor(store: AppStore, check: (state: AppState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const test = (): boolean => {
      if (!check(store.getState())) return false;
      resolve();
      return true;
    };
    if (test()) return;
    const stop = store.subscribe(() => {
      if (test()) stop();
    });
  });
}

/** How {@link startTestFlow} serves the data and which database it opens. */
export interface TestFlowOptions {
  /** Files served instead of the committed ones (null = 404), as {@link publicDataFetch}. */
  readonly overrides?: Record<string, Uint8Array | null>;
  /** A fetch of the test's own (to record requests); replaces `overrides`. */
  readonly fetch?: typeof fetch;
  /** Native DuckDB unless the test is about the browser's build (duckdb-wasm). */
  readonly createEngine?: () => Promise<DataEngine>;
}

/**
 * Starts the data flow for `store` on the served manifest, without engine restarts, and marks the
 * app ready once vaccination has loaded (as main.tsx does). Resolves once the coordinator has
 * opened (null when the manifest could not be read), not when the queries have answered.
 */
export function startTestFlow(
  store: AppStore,
  options: TestFlowOptions = {},
): Promise<DataCoordinator | null> {
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  return startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: options.fetch ?? publicDataFetch(options.overrides),
    createEngine: options.createEngine ?? createNativeEngine,
    restart: false,
  });
}
