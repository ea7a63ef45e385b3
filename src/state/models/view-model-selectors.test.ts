import { beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_BY_CODE, PROVINCES } from '../../data/places/provinces';
import { createWasmNodeEngine } from '../../data/testing/engines';
import {
  markReady,
  selectProvince,
  setAnchors,
  setDateRange,
  setLayerOrder,
  setLayerSettings,
  setMapView,
  setRegion,
} from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { startDataFlow } from '../app/data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';
import { selectViewModels } from './view-model-selectors';
import type { DataCoordinator } from '../../data/engine/coordinator';

let store: AppStore;
let coordinator: DataCoordinator | null;

/** Waits until the view queries triggered by the last change have delivered. */
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
  setLayerOrder(store, ['vaccination', 'poverty', 'road_safety', 'complaints', 'households']);
  coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch(),
    createEngine: createWasmNodeEngine,
  });
  await settled();
  return async () => {
    await coordinator?.close();
  };
});

describe('selectViewModels on the demo data', () => {
  it('loads the raw incidents the first time the map zooms in to the dots', async () => {
    setMapView(store, { lon: 100.5, lat: 13.75, zoom: 8 });
    await coordinator?.whenReady('road_safety');
    await settled();
    const road = selectViewModels(store.getState()).layers.find((l) => l.id === 'road_safety');
    if (road?.drawing.kind !== 'incidents') throw new Error('road kind');
    expect(road.drawing.points?.length).toBe(20_000);
    expect(road.drawing.points?.positions).toHaveLength(40_000);
    setMapView(store, null);
  });

  it('draws every layer: 77 coloured provinces, points, symbols and k-anonymous cells', () => {
    const models = selectViewModels(store.getState());
    expect(models.layers.map((l) => l.id)).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    const [vaccination, poverty, road, complaints, households] = models.layers.map(
      (l) => l.drawing,
    );
    if (vaccination?.kind !== 'choropleth' || poverty?.kind !== 'choropleth')
      throw new Error('kind');
    expect(vaccination.choropleth.colourByCode.size).toBe(77);
    expect(vaccination.valueByCode.size).toBe(77);
    // TPMAP 2018 has no Bangkok: it is drawn as "no data".
    expect(poverty.valueByCode.has(10)).toBe(false);
    expect(poverty.valueByCode.size).toBe(76);
    if (road?.kind !== 'incidents') throw new Error('road kind');
    // Zoomed out: density cells counted by DuckDB, every incident in one.
    expect(road.cells?.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(20_000);
    if (complaints?.kind !== 'province-symbols') throw new Error('complaints kind');
    expect(complaints.symbols.length).toBeGreaterThan(60);
    expect(Math.max(...complaints.symbols.map((s) => s.radiusPx))).toBeLessThanOrEqual(26);
    if (households?.kind !== 'hex-cells') throw new Error('households kind');
    expect(households.cells.length).toBeGreaterThan(0);
    expect(Math.min(...households.cells.map((c) => c.count))).toBeGreaterThanOrEqual(10);
    expect(models.kpis.map((k) => k.id)).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'poverty',
      'households',
      // The manifest's indicators follow the core tiles, in manifest order.
      'inspection',
      'drought',
    ]);
    expect(models.layers.every((l) => l.legend?.demo)).toBe(true);
  });

  it('narrows charts and rankings to a region, and to a selected province', async () => {
    setLayerOrder(store, ['vaccination']);
    await settled();
    const national = selectViewModels(store.getState());
    setRegion(store, 'northeast');
    await settled();
    const regional = selectViewModels(store.getState());
    expect(
      regional.ranking?.rows.every((r) => PROVINCE_BY_CODE.get(r.code)?.region === 'northeast'),
    ).toBe(true);
    expect(regional.kpis[0]?.valueText).not.toBe(national.kpis[0]?.valueText);
    selectProvince(store, 30);
    await settled();
    const province = selectViewModels(store.getState());
    expect(province.card?.nameTh).toBe('นครราชสีมา');
    expect(province.card?.rows.map((r) => r.id)).toContain('vaccination');
    expect(province.series?.lines[1]?.values).not.toEqual(regional.series?.lines[1]?.values);
    setRegion(store, null);
    selectProvince(store, null);
  });

  it('filters the road-safety breakdown and the incident day range by the brushed dates', async () => {
    setLayerOrder(store, ['road_safety']);
    await settled();
    const whole = selectViewModels(store.getState());
    setDateRange(store, { from: '2025-04-11', to: '2025-04-17' });
    await settled();
    const songkran = selectViewModels(store.getState());
    const total = (rows: readonly { value: number }[] | undefined) =>
      (rows ?? []).reduce((sum, row) => sum + row.value, 0);
    expect(total(songkran.breakdown?.rows)).toBeLessThan(total(whole.breakdown?.rows));
    expect(total(songkran.breakdown?.rows)).toBeGreaterThan(0);
    const drawing = songkran.layers[0]?.drawing;
    if (drawing?.kind !== 'incidents') throw new Error('road kind');
    expect(drawing.dayRange).not.toBeNull();
    expect((drawing.dayRange?.[1] ?? 0) - (drawing.dayRange?.[0] ?? 0)).toBe(6);
    // The festival view shows Songkran 2025's seven days.
    expect(songkran.festival?.rows.map((r) => r.key)).toEqual([
      'day-1',
      'day-2',
      'day-3',
      'day-4',
      'day-5',
      'day-6',
      'day-7',
    ]);
    expect(songkran.festival?.title).toContain('สงกรานต์');
    setDateRange(store, null);
  });

  it('counts security-sensitive complaints apart and draws poverty as a 3x3 bivariate map', async () => {
    setLayerOrder(store, ['poverty', 'complaints']);
    setLayerSettings(store, 'poverty', { measure: 'bivariate' });
    await settled();
    const models = selectViewModels(store.getState());
    const sensitive = (models.breakdown?.rows ?? []).map((r) =>
      Number(/\((\d+)\)$/.exec(r.valueText)?.[1]),
    );
    expect(sensitive.every(Number.isFinite)).toBe(true);
    expect(sensitive.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const poverty = models.layers.find((l) => l.id === 'poverty');
    expect(poverty?.bivariate?.cells).toHaveLength(9);
    if (poverty?.drawing.kind !== 'choropleth') throw new Error('poverty kind');
    expect(new Set(poverty.drawing.choropleth.colourByCode.values()).size).toBeGreaterThanOrEqual(
      9,
    );
  });
});
