/**
 * Issue 14 item 2 on the demo data through the real data flow: a change that concerns one
 * dataset rebuilds only that dataset's models; every other layer, KPI tile and series stays the
 * very same object, so the map and charts have nothing to redraw.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVINCES } from '../../data/places/provinces';
import { createWasmNodeEngine } from '../../data/testing/engines';
import type { DataCoordinator } from '../../data/engine/coordinator';
import { markReady, setAnchors, setDateRange, setLayerOrder, setListFilter } from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { startDataFlow } from '../app/data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';
import { selectViewModels, type ViewModels } from './view-model-selectors';

let store: AppStore;
let coordinator: DataCoordinator | null;

async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (store.getState().queriesRunning) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeAll(async () => {
  store = createAppStore();
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  setAnchors(store, new Map(PROVINCES.map((p) => [p.code, [100, 14] as const])));
  // Vaccination on top: the charts show its series while road safety is brushed and filtered.
  setLayerOrder(store, ['poverty', 'road_safety', 'vaccination']);
  coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch(),
    createEngine: createWasmNodeEngine,
  });
  await settled();
  return async () => {
    await coordinator?.close();
  };
});

const layerOf = (models: ViewModels, id: string) => models.layers.find((l) => l.id === id);
const tileOf = (models: ViewModels, id: string) => models.kpis.find((k) => k.id === id);

describe('view models kept per dataset', () => {
  it('a road-safety brush redraws road safety only; vaccination keeps its layer and series data', async () => {
    setDateRange(store, { from: '2025-03-01', to: '2025-03-31' });
    await settled();
    const before = selectViewModels(store.getState());
    setDateRange(store, { from: '2025-04-01', to: '2025-04-30' });
    await settled();
    const after = selectViewModels(store.getState());

    expect(layerOf(after, 'road_safety')).not.toBe(layerOf(before, 'road_safety'));
    expect(tileOf(after, 'road_safety')).not.toBe(tileOf(before, 'road_safety'));
    expect(layerOf(after, 'vaccination')).toBe(layerOf(before, 'vaccination'));
    expect(layerOf(after, 'poverty')).toBe(layerOf(before, 'poverty'));
    // Every tile of a dataset outside the brushed dates is rebuilt only because its note names
    // the new range ("no data for 1 Apr – 30 Apr 2025: this dataset covers ...").
    expect(tileOf(after, 'vaccination')?.periodNote).not.toBe(
      tileOf(before, 'vaccination')?.periodNote,
    );
    // The series keeps its data; only the brushed range it marks is new.
    expect(after.focus).toBe('vaccination');
    expect(after.series?.lines).toBe(before.series?.lines);
    expect(after.series?.dates).toBe(before.series?.dates);
    expect(after.series?.range).toEqual({ from: '2025-04-01', to: '2025-04-30' });
    expect(after.steps).toBe(before.steps);
  });

  it('a road-safety cause filter keeps every vaccination model the same object', async () => {
    const before = selectViewModels(store.getState());
    const roadByProvince = store.getState().results['road_safety.byProvince'];
    setListFilter(store, 'causes', ['speeding']);
    await settled();
    const after = selectViewModels(store.getState());

    // Road safety's own results were re-queried, and its models rebuilt from them.
    expect(store.getState().results['road_safety.byProvince']).not.toBe(roadByProvince);
    expect(tileOf(after, 'road_safety')).not.toBe(tileOf(before, 'road_safety'));
    expect(layerOf(after, 'vaccination')).toBe(layerOf(before, 'vaccination'));
    expect(tileOf(after, 'vaccination')).toBe(tileOf(before, 'vaccination'));
    expect(after.series).toBe(before.series);
    expect(after.ranking).toBe(before.ranking);
    expect(layerOf(after, 'poverty')).toBe(layerOf(before, 'poverty'));
    expect(tileOf(after, 'poverty')).toBe(tileOf(before, 'poverty'));
  });
});
