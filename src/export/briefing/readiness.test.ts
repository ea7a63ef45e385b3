import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/app/app-state';
import { startTestFlow, waitFor } from '../../state/testing/data-flow';
import { parseUrlState } from '../../state/url/url-state';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { mapSpecsOf } from '../../map/map-specs';
import { exportReady, layerReadiness } from './readiness';

/** The data flow on the shipped data (with `overrides`, null = 404) for the view `search` names. */
async function startFlow(search: string, overrides: Record<string, Uint8Array | null> = {}) {
  const store = createAppStore({ ...parseUrlState(search).state, refresh: 0 });
  const coordinator = await startTestFlow(store, { overrides });
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
