/**
 * DuckDB waits for the preview's first paint only while the preview can draw every layer shown:
 * a view that switches to another layer before that paint (a wall whose first scene is an
 * indicator) starts DuckDB at once, or that layer would never paint and the page never load.
 */
import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../data/testing/engines';
import { setLayerOrder } from './actions';
import { createAppStore } from './app-state';
import { startDataFlow } from './data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';

describe('startDataFlow before the first paint', () => {
  it('starts DuckDB when a layer the preview cannot draw is shown meanwhile', async () => {
    const store = createAppStore();
    // No map here: nothing ever reports a paint. A scene shows poverty a moment after the
    // preview is in (the flow is waiting for the paint by then).
    const unsubscribe = store.subscribe(() => {
      if (store.getState().vaccination) {
        unsubscribe();
        setTimeout(() => {
          setLayerOrder(store, ['poverty']);
        }, 50);
      }
    });
    const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
      fetch: publicDataFetch(),
      createEngine: createWasmNodeEngine,
      restart: false,
    });
    await coordinator?.close();
    const state = store.getState();
    expect(state.phase).toBe('loading');
    expect(state.engine).toBe('ready');
    expect(state.vaccination?.origin).toBe('database');
  });
});
