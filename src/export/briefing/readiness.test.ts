import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../../data/testing/engines';
import { markReady } from '../../state/app/actions';
import { createAppStore, type AppState, type AppStore } from '../../state/app/app-state';
import { startDataFlow } from '../../state/app/data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from '../../state/testing/public-data';
import { parseUrlState } from '../../state/url/url-state';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { mapSpecsOf } from '../../map/map-specs';
import { exportReady, layerReadiness } from './readiness';

/** Resolves once `check(state)` holds (checked on every store change). */
function waitFor(store: AppStore, check: (state: AppState) => boolean): Promise<void> {
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

/** The data flow on the shipped data (with `overrides`, null = 404) for the view `search` names. */
async function startFlow(search: string, overrides: Record<string, Uint8Array | null> = {}) {
  const store = createAppStore({ ...parseUrlState(search).state, refresh: 0 });
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch(overrides),
    createEngine: createNativeEngine,
    restart: false,
  });
  await waitFor(store, (s) => s.engine !== 'loading' && !s.queriesRunning);
  return { store, coordinator };
}

describe('export readiness', () => {
  it('counts an empty answer as answered: a threshold nothing passes can be exported', async () => {
    const { store, coordinator } = await startFlow(
      '?mode=analyst&layers=vaccination,complaints&threshold=received:gt:1000000',
    );
    try {
      const state = store.getState();
      expect(state.engine).toBe('ready');
      // Complaints have nothing to draw: the map gets one layer of two (which read as "loading").
      expect(mapSpecsOf(selectViewModels(state).layers).map((spec) => spec.key)).toEqual([
        'vaccination',
      ]);
      expect(layerReadiness(state)).toEqual([
        { id: 'vaccination', outcome: 'drawn' },
        { id: 'complaints', outcome: 'empty' },
      ]);
      expect(exportReady(state)).toBe(true);
    } finally {
      await coordinator?.close();
    }
  });

  it('counts a layer whose file failed as missing, not as loading for ever', async () => {
    const { store, coordinator } = await startFlow('?layers=vaccination,poverty', {
      'poverty.parquet': null,
    });
    try {
      const state = store.getState();
      expect(state.health.poverty?.failedAt).not.toBeNull();
      expect(layerReadiness(state)).toEqual([
        { id: 'vaccination', outcome: 'drawn' },
        { id: 'poverty', outcome: 'missing' },
      ]);
      expect(exportReady(state)).toBe(true);
    } finally {
      await coordinator?.close();
    }
  });

  it('waits while DuckDB starts, a query runs or a first load has not ended', async () => {
    const { store, coordinator } = await startFlow('?layers=vaccination,poverty');
    try {
      const settled = store.getState();
      expect(layerReadiness(settled)).toEqual([
        { id: 'vaccination', outcome: 'drawn' },
        { id: 'poverty', outcome: 'drawn' },
      ]);
      expect(exportReady(settled)).toBe(true);
      expect(exportReady({ ...settled, queriesRunning: true })).toBe(false);
      // Without the poverty answer the layer is waiting while DuckDB (re)starts...
      const withoutPoverty = { ...settled.results };
      delete withoutPoverty['poverty.byProvince'];
      const unanswered = { ...settled, results: withoutPoverty };
      expect(layerReadiness({ ...unanswered, engine: 'loading' })[1]).toEqual({
        id: 'poverty',
        outcome: 'waiting',
      });
      expect(exportReady({ ...unanswered, engine: 'loading' })).toBe(false);
      // ...and while the poverty file's first load runs; once nothing is at work, it is missing.
      const healthWithoutPoverty = { ...settled.health };
      delete healthWithoutPoverty.poverty;
      expect(exportReady({ ...unanswered, health: healthWithoutPoverty })).toBe(false);
      expect(layerReadiness(unanswered)[1]).toEqual({ id: 'poverty', outcome: 'missing' });
    } finally {
      await coordinator?.close();
    }
  });
});
