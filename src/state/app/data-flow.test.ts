import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FakeTimers } from '../../data/testing/refresh-fake-timers';
import { createNativeEngine, createWasmNodeEngine } from '../../data/testing/engines';
import { markReady } from './actions';
import { createAppStore, type AppStore } from './app-state';
import { startDataFlow } from './data-flow';
import { selectViewModels } from '../models/view-model-selectors';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';
import { DEFAULT_URL_STATE } from '../url/url-state';
import { waitFor } from '../testing/data-flow';

const BASE = PUBLIC_DATA_URL;

/** Plays the map's part: reports the first paint as soon as there is something to paint. */
function paintWhenDataArrives(store: AppStore): void {
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
}

async function run(overrides: Record<string, Uint8Array | null> = {}) {
  const store = createAppStore();
  paintWhenDataArrives(store);
  const coordinator = await startDataFlow(store, `${BASE}manifest.json`, {
    fetch: publicDataFetch(overrides),
    createEngine: createWasmNodeEngine,
  });
  await coordinator?.close();
  return store.getState();
}

describe('startDataFlow', () => {
  it('paints from the preview, then swaps in the same figures computed by DuckDB', async () => {
    const preview = JSON.parse(readFileSync('public/data/vaccination-latest.json', 'utf8')) as {
      rows: { province_code: number; dose2: number }[];
    };
    const state = await run();
    expect(state.notices).toEqual([]);
    expect(state.engine).toBe('ready');
    // Every declared view query has delivered a result by the time the engine reports ready.
    expect(Object.keys(state.results).length).toBeGreaterThanOrEqual(15);
    expect(state.phase).toBe('ready');
    expect(state.vaccination?.origin).toBe('database');
    expect(state.vaccination?.rows).toHaveLength(77);
    const dose2ByCode = new Map(state.vaccination?.rows.map((r) => [r.code, r.dose2]));
    for (const row of preview.rows) expect(dose2ByCode.get(row.province_code)).toBe(row.dose2);
    // The vaccination layer (src/datasets/vaccination's) draws all 77 from DuckDB.
    const layer = selectViewModels(state).layers.find((l) => l.id === 'vaccination')?.drawing;
    expect(layer?.kind === 'choropleth' && layer.valueByCode.size).toBe(77);
  });

  it('keeps working and names the file when one dataset is broken', async () => {
    const state = await run({
      'households.parquet': new TextEncoder().encode('<html>oops</html>'),
    });
    expect(state.vaccination?.origin).toBe('database');
    // The database runs: one bad file is its dataset's problem, said as "some datasets failed".
    expect(state.engine).toBe('partial');
    expect(state.notices.join('\n')).toContain('households.parquet');
    expect(state.phase).toBe('ready');
  });

  it('draws from DuckDB when the preview file is missing, with a notice', async () => {
    const state = await run({ 'vaccination-latest.json': null });
    expect(state.notices.join('\n')).toContain('vaccination-latest.json');
    expect(state.vaccination?.origin).toBe('database');
    expect(state.vaccination?.rows).toHaveLength(77);
  });

  it('shows the error state naming the manifest when it cannot be read', async () => {
    const state = await run({ 'manifest.json': null });
    expect(state.phase).toBe('error');
    expect(state.engine).toBe('error');
    expect(state.errorMessage).toContain('manifest.json');
  });
});

describe('startDataFlow auto-refresh', () => {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
    datasets: Record<string, unknown>[];
  };
  const preview = JSON.parse(readFileSync('public/data/vaccination-latest.json', 'utf8')) as {
    rows: { province_code: number; population: number }[];
  };
  /** The manifest with vaccination replaced by a CSV as of 2021-12-05: dose 2 = half of everyone. */
  const newer = () => {
    const datasets = manifest.datasets.map((d) =>
      d.id === 'vaccination'
        ? { ...d, asOf: '2021-12-05', period: { from: '2021-03-01', to: '2021-12-05' } }
        : d,
    );
    const entry = datasets.find((d) => d.id === 'vaccination');
    if (entry) Object.assign(entry, { file: 'vaccination-v2.csv', format: 'csv' });
    return new TextEncoder().encode(JSON.stringify({ ...manifest, datasets }));
  };
  const csv = new TextEncoder().encode(
    'province_code,week_end,population,dose1,dose2,dose3\n' +
      preview.rows
        .map(
          (r) =>
            `${r.province_code},2021-12-05,${r.population},${r.population},${Math.floor(r.population / 2)},0`,
        )
        .join('\n'),
  );

  it('swaps in a changed dataset, and keeps it through a failed refresh with its load time', async () => {
    const overrides: Record<string, Uint8Array | null> = {};
    const timers = new FakeTimers(Date.UTC(2021, 11, 6, 3));
    const store = createAppStore({ ...DEFAULT_URL_STATE, refresh: 60 });
    paintWhenDataArrives(store);
    const coordinator = await startDataFlow(store, `${BASE}manifest.json`, {
      fetch: publicDataFetch(overrides),
      createEngine: createNativeEngine,
      now: () => timers.now,
      refreshTimers: timers,
    });
    try {
      const firstLoad = store.getState().health.vaccination?.lastGoodAt;
      expect(firstLoad).toBe(timers.now);
      expect(store.getState().today).toBe('2021-12-06');
      overrides['manifest.json'] = newer();
      overrides['vaccination-v2.csv'] = csv;
      timers.advance(60_000);
      await waitFor(store, (s) => s.vaccination?.asOf === '2021-12-05');
      const first = preview.rows[0];
      const row = store.getState().vaccination?.rows.find((r) => r.code === first?.province_code);
      expect(row?.dose2).toBe(Math.floor((first?.population ?? 0) / 2));
      expect(store.getState().datasets.find((d) => d.id === 'vaccination')?.asOf).toBe(
        '2021-12-05',
      );
      const reloadedAt = timers.now;
      expect(store.getState().health.vaccination).toEqual({
        lastGoodAt: reloadedAt,
        failedAt: null,
        message: null,
      });

      // A newer entry whose file is missing: the 2021-12-05 figures stay, marked as failed.
      const broken = JSON.parse(new TextDecoder().decode(newer())) as typeof manifest;
      const entry = broken.datasets.find((d) => d.id === 'vaccination');
      if (entry) Object.assign(entry, { asOf: '2021-12-12', file: 'vaccination-v3.csv' });
      overrides['manifest.json'] = new TextEncoder().encode(JSON.stringify(broken));
      timers.advance(60_000);
      await waitFor(store, (s) => s.health.vaccination?.failedAt != null);
      expect(store.getState().health.vaccination).toMatchObject({
        lastGoodAt: reloadedAt,
        failedAt: timers.now,
      });
      expect(store.getState().vaccination?.asOf).toBe('2021-12-05');
      expect(store.getState().datasets.find((d) => d.id === 'vaccination')?.asOf).toBe(
        '2021-12-05',
      );
    } finally {
      await coordinator?.close();
    }
  });
});
