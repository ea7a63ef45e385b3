/**
 * Issue 14 item 3: an indicator written into a copy of the manifest at test time (a CSV and an
 * entry, no code) is a full citizen of the views: layer, legend, KPI tile, province-card row,
 * ranking and time series, through the whole data flow on a real DuckDB.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../data/testing/engines';
import { markReady, setLayerSettings } from '../../state/app/actions';
import { createAppStore, type AppStore } from '../../state/app/app-state';
import { startDataFlow } from '../../state/app/data-flow';
import { PUBLIC_DATA_URL, publicDataFetch } from '../../state/testing/public-data';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url/url-state';
import { selectViewModels } from '../../state/models/view-model-selectors';
import '../index';

type Json = Record<string, unknown>;

/** Flood-hit villages in three provinces over two months; Chiang Rai keyed by its Thai name. */
const FLOODS_CSV = new TextEncoder().encode(
  [
    'province,month,villages,households',
    '10,2026-01-01,2,100',
    '50,2026-01-01,5,200',
    '10,2026-02-01,4,100',
    '50,2026-02-01,9,300',
    'เชียงราย,2026-02-01,1,50',
  ].join('\n'),
);

const text = (th: string, en: string) => ({ th, en });

/** The entry: two measures, a sum and a ratio (villages per 100 households). */
const FLOODS_ENTRY: Json = {
  id: 'floods',
  kind: 'indicator',
  title: text('น้ำท่วม', 'Floods'),
  unit: text('หมู่บ้าน', 'villages'),
  source: text('ทดสอบ', 'Test source'),
  licence: 'CC0-1.0',
  asOf: '2026-02-28',
  cadence: 'monthly',
  period: { from: '2026-01-01', to: '2026-02-28' },
  demo: true,
  file: 'floods.csv',
  format: 'csv',
  keys: { province: 'province', date: 'month' },
  measures: [
    {
      column: 'villages',
      title: text('หมู่บ้านน้ำท่วม', 'Flooded villages'),
      unit: text('หมู่บ้าน', 'villages'),
      better: 'lower',
      aggregate: 'sum',
    },
    {
      column: 'per_100',
      title: text('ต่อ 100 ครัวเรือน', 'Per 100 households'),
      unit: text('ต่อ 100 ครัวเรือน', 'per 100 households'),
      better: 'lower',
      aggregate: 'ratio',
      numerator: 'villages',
      denominator: 'households',
      scale: 100,
    },
  ],
};

function manifestWithFloods(): Uint8Array {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Json;
  (manifest.datasets as Json[]).push(FLOODS_ENTRY);
  return new TextEncoder().encode(JSON.stringify(manifest));
}

/** Runs the data flow with the floods indicator; `then` changes the view and waits again. */
async function run(url: Partial<UrlState>, then?: (store: AppStore) => void): Promise<AppStore> {
  const store = createAppStore({ ...DEFAULT_URL_STATE, ...url, refresh: 0 });
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch({ 'manifest.json': manifestWithFloods(), 'floods.csv': FLOODS_CSV }),
    createEngine: createWasmNodeEngine,
    restart: false,
  });
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

describe('an indicator declared in the manifest only', () => {
  it('draws its layer, legend, KPI, card row, ranking and series', async () => {
    const store = await run({ layers: ['vaccination', 'floods'], province: 50, lang: 'en' });
    const state = store.getState();
    expect(state.notices).toEqual([]);
    const models = selectViewModels(state);
    const layer = models.layers.find((l) => l.id === 'floods');
    expect(layer?.answered).toBe(true);
    if (layer?.drawing.kind !== 'choropleth') throw new Error('floods is not a choropleth');
    // The newest month in range, the same for every province; Chiang Rai (57) came by name.
    expect([...layer.drawing.valueByCode]).toEqual([
      [10, 4],
      [50, 9],
      [57, 1],
    ]);
    expect(layer.drawing.choropleth.colourByCode.size).toBe(77);
    expect(layer.legend).toMatchObject({
      layerId: 'floods',
      title: 'Floods · Flooded villages',
      unit: 'villages',
      source: 'Test source',
      licence: 'CC0-1.0',
      asOf: '2026-02-01',
      demo: true,
    });
    expect(layer.legend?.classes.length).toBeGreaterThan(0);
    expect(layer.legend?.notes.map((n) => n.label)).toEqual(['No data']);

    const kpi = models.kpis.find((tile) => tile.id === 'floods');
    expect(kpi).toMatchObject({
      label: 'Flooded villages',
      value: 14,
      valueText: '14 villages',
      change: 100,
      changeText: '+100.0 % vs 1 Jan 2026 (BE 2569)',
      status: 'value',
    });

    const row = models.card?.rows.find((r) => r.id === 'floods');
    expect(row).toEqual({
      id: 'floods',
      label: 'Flooded villages',
      valueText: '9 villages',
      nationalText: '14 villages',
      // Chiang Mai's region (the north): Chiang Mai 9 + Chiang Rai 1.
      regionText: '10 villages',
      rankText: 'Rank 1 of 3',
      groupRankText: 'Rank 1 of 2 in Northern region',
      asOf: '2026-02-01',
      flag: null,
    });

    expect(models.focus).toBe('floods');
    // Less is better: the most flooded first.
    expect(models.ranking?.rows.map((r) => [r.code, r.valueText])).toEqual([
      [50, '9 villages'],
      [10, '4 villages'],
      [57, '1 villages'],
    ]);
    // The charts follow the selected province: Chiang Mai's months.
    expect(models.series?.dates).toEqual(['2026-01-01', '2026-02-01']);
    expect(models.series?.lines.map((l) => l.values)).toEqual([[5, 9]]);
    expect(models.series?.unit).toBe('villages');
  });

  it('shows the other measure when picked: a ratio of sums, nationally', async () => {
    const store = await run({ layers: ['floods'], lang: 'en' }, (s) => {
      setLayerSettings(s, 'floods', { measure: 'per_100' });
    });
    const models = selectViewModels(store.getState());
    const layer = models.layers[0];
    if (layer?.drawing.kind !== 'choropleth') throw new Error('floods is not a choropleth');
    expect([...layer.drawing.valueByCode]).toEqual([
      [10, 4],
      [50, 3],
      [57, 2],
    ]);
    // January: 7 / 300 × 100; February: 14 / 450 × 100.
    expect(models.series?.lines[0]?.values.map((v) => (v === null ? v : v.toFixed(4)))).toEqual([
      '2.3333',
      '3.1111',
    ]);
    const kpi = models.kpis.find((tile) => tile.id === 'floods');
    expect(kpi?.label).toBe('Per 100 households');
    expect(kpi?.valueText).toBe('3.11 per 100 households');
  });

  it('says the date range misses its period instead of showing figures', async () => {
    const store = await run({
      layers: ['floods'],
      lang: 'en',
      from: '2027-01-01',
      to: '2027-01-31',
    });
    const models = selectViewModels(store.getState());
    const layer = models.layers[0];
    if (layer?.drawing.kind !== 'choropleth') throw new Error('floods is not a choropleth');
    expect(layer.drawing.valueByCode.size).toBe(0);
    const kpi = models.kpis.find((tile) => tile.id === 'floods');
    expect(kpi?.status).toBe('noData');
    expect(kpi?.valueText).toBe('No data');
    expect(kpi?.periodNote).toBe(
      'ไม่มีข้อมูลในช่วง 1 ม.ค. 2570 – 31 ม.ค. 2570: ชุดข้อมูลนี้ครอบคลุม 1 ม.ค. 2569 – 28 ก.พ. 2569 · ' +
        'No data for 1 Jan 2027 (BE 2570) – 31 Jan 2027 (BE 2570): ' +
        'this dataset covers 1 Jan 2026 (BE 2569) – 28 Feb 2026 (BE 2569)',
    );
  });
});
