import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../data/testing/engines';
import { markReady } from './actions';
import { createAppStore, type AppStore } from './app-state';
import { startDataFlow } from './data-flow';
import { vaccinationLayer } from './layer-models';
import { PUBLIC_DATA_URL, publicDataFetch } from './testing/public-data';

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
    expect(vaccinationLayer(state).valueByCode.size).toBe(77);
  });

  it('keeps working and names the file when one dataset is broken', async () => {
    const state = await run({
      'households.parquet': new TextEncoder().encode('<html>oops</html>'),
    });
    expect(state.vaccination?.origin).toBe('database');
    expect(state.engine).toBe('error');
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
