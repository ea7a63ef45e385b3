/**
 * Issue 14 item 3: the analyst's threshold on an indicator (`threshold=drought.villages:ge:100`)
 * leaves the provinces that fail it off the layer, the ranking and the card, as core thresholds
 * do; through the whole data flow on a real DuckDB, with the served drought seed file.
 *
 * In March 2026 (the newest month) 27 of the 77 provinces have at least 100 drought-affected
 * villages, Surin (32) the most with 1,273 of its 2,297 and Khon Kaen (40) second with 1,044;
 * Bangkok (10) has none. In February 23 provinces have at least 100.
 */
import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../data/testing/engines';
import { setLayerSettings } from '../../state/app/actions';
import { createAppStore, type AppStore } from '../../state/app/app-state';
import { startTestFlow } from '../../state/testing/data-flow';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url/url-state';
import { selectViewModels } from '../../state/models/view-model-selectors';
import type { Threshold } from '../../state/url/url-filters';
import '../index';

const AT_LEAST_100: Threshold = { measure: 'drought.villages', op: 'ge', value: 100 };

/** Runs the data flow on the served data; `then` changes the view and waits again. */
async function run(url: Partial<UrlState>, then?: (store: AppStore) => void): Promise<AppStore> {
  const store = createAppStore({ ...DEFAULT_URL_STATE, lang: 'en', ...url, refresh: 0 });
  const coordinator = await startTestFlow(store, { createEngine: createWasmNodeEngine });
  if (!coordinator) throw new Error(store.getState().errorMessage ?? 'no coordinator');
  const waitIdle = async () => {
    while (store.getState().queriesRunning) await new Promise((r) => setTimeout(r, 20));
  };
  await waitIdle();
  if (then) {
    then(store);
    await new Promise((r) => setTimeout(r, 20));
    await waitIdle();
  }
  await coordinator.close();
  return store;
}

function droughtModels(store: AppStore) {
  const models = selectViewModels(store.getState());
  const layer = models.layers.find((l) => l.id === 'drought');
  if (layer?.drawing.kind !== 'choropleth') throw new Error('drought is not a choropleth');
  return { models, values: layer.drawing.valueByCode };
}

describe('a threshold on an indicator measure', () => {
  it('keeps the 27 provinces that pass on the layer, the ranking and the card', async () => {
    const store = await run({ layers: ['drought'], province: 40, thresholds: [AT_LEAST_100] });
    expect(store.getState().notices).toEqual([]);
    const { models, values } = droughtModels(store);
    expect(values.size).toBe(27);
    expect(Math.min(...values.values())).toBe(112);
    expect(values.has(10)).toBe(false);
    expect(models.ranking?.rows.length).toBe(10);
    expect(models.ranking?.rows.slice(0, 2).map((r) => [r.code, r.valueText])).toEqual([
      [32, '1,273 villages'],
      [40, '1,044 villages'],
    ]);
    const row = models.card?.rows.find((r) => r.id === 'drought');
    expect(row?.valueText).toBe('1,044 villages');
    expect(row?.rankText).toBe('Rank 2 of 27');
  });

  it('leaves a province that fails it off its card', async () => {
    const store = await run({ layers: ['drought'], province: 10, thresholds: [AT_LEAST_100] });
    const row = selectViewModels(store.getState()).card?.rows.find((r) => r.id === 'drought');
    expect(row?.valueText).toBe('—');
    expect(row?.rankText).toBe('—');
  });

  it('compares its own measure while the layer shows another, on the same month', async () => {
    const store = await run({ layers: ['drought'], thresholds: [AT_LEAST_100] }, (s) => {
      setLayerSettings(s, 'drought', { measure: 'villages_pct' });
    });
    const { values } = droughtModels(store);
    expect(values.size).toBe(27);
    // Surin: 1,273 of 2,297 villages.
    expect(values.get(32)?.toFixed(4)).toBe(((1273 * 100) / 2297).toFixed(4));
  });

  it('follows the range: 23 provinces pass in February', async () => {
    const store = await run({ layers: ['drought'], to: '2026-02-28', thresholds: [AT_LEAST_100] });
    expect(droughtModels(store).values.size).toBe(23);
  });
});
