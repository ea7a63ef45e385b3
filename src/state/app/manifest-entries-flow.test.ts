/**
 * Issue 14 item 6: one manifest entry the app does not understand never takes the dashboard down.
 * The committed public/data files through the whole data flow, on a real DuckDB.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWasmNodeEngine } from '../../data/testing/engines';
import { droughtEntryJson } from '../../data/testing/indicator-fixtures';
import { createAppStore, type AppState } from './app-state';
import { startTestFlow } from '../testing/data-flow';
import { DEFAULT_URL_STATE, type UrlState } from '../url/url-state';

type Json = Record<string, unknown>;

/** The indicator's file: two provinces, one by name, over two months. */
const DROUGHT_CSV = new TextEncoder().encode(
  'province_code,month,villages\n10,2026-02-01,3\nเชียงใหม่,2026-03-01,7\n10,2026-03-01,4\n',
);

/** The committed manifest with `change` applied to its dataset list. */
function manifestWith(change: (datasets: Json[]) => void): Uint8Array {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Json;
  change(manifest.datasets as Json[]);
  return new TextEncoder().encode(JSON.stringify(manifest));
}

/** The committed manifest's entries. */
function shippedDatasets(): { id: string; aggregateOf?: string; deferred?: boolean }[] {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
    datasets: { id: string; aggregateOf?: string; deferred?: boolean }[];
  };
  return manifest.datasets;
}

const byId = (datasets: Json[], id: string): Json => {
  const found = datasets.find((d) => d.id === id);
  if (!found) throw new Error(`the committed manifest has no ${id}`);
  return found;
};

/** Runs the data flow on `manifest`; returns the state and "<id>:<load state>" per dataset. */
async function run(
  manifest: Uint8Array,
  url: UrlState = DEFAULT_URL_STATE,
  files: Record<string, Uint8Array> = {},
): Promise<{ state: AppState; loaded: string[] }> {
  const store = createAppStore({ ...url, refresh: 0 });
  const coordinator = await startTestFlow(store, {
    overrides: { ...files, 'manifest.json': manifest },
    createEngine: createWasmNodeEngine,
  });
  if (!coordinator) throw new Error(store.getState().errorMessage ?? 'no coordinator');
  const loaded = coordinator.statuses().map((s) => `${s.id}:${s.state}`);
  await coordinator.close();
  return { state: store.getState(), loaded: loaded.sort() };
}

describe('a manifest with an entry the app does not understand', () => {
  it('loads every good dataset, a newer entry too, and names the broken one', async () => {
    const shipped = shippedDatasets();
    const { state, loaded } = await run(
      manifestWith((datasets) => {
        // One more entry, an indicator, with a field of a newer app this one does not know; its
        // own id, as the shipped manifest may list indicators of its own.
        datasets.push({
          ...droughtEntryJson(),
          id: 'rainfall',
          file: 'rainfall.csv',
          palette: 'YlOrBr',
        });
        const broken: Json = { ...byId(datasets, 'poverty'), id: 'floods' };
        delete broken.licence;
        datasets.push(broken);
      }),
      DEFAULT_URL_STATE,
      { 'rainfall.csv': DROUGHT_CSV },
    );
    expect(state.phase).toBe('ready');
    expect(state.engine).toBe('ready');
    expect(state.vaccination?.origin).toBe('database');
    expect(state.datasets.map((def) => def.id)).toEqual([
      ...shipped.filter((d) => d.aggregateOf === undefined).map((d) => d.id),
      'rainfall',
    ]);
    expect(state.datasets.map((def) => def.id).slice(0, 5)).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    // road_safety is deferred: it loads when a view asks for it (none does here).
    expect(loaded).toEqual(
      [...shipped.filter((d) => d.deferred !== true).map((d) => d.id), 'rainfall']
        .map((id) => `${id}:ready`)
        .sort(),
    );
    expect(loaded).toContain('road_safety_daily:ready');
    expect(state.notices).toEqual([
      'ไม่ได้โหลดชุดข้อมูล floods: รายการใน manifest ไม่ถูกต้อง ชุดข้อมูลอื่นยังใช้ได้ · ' +
        'Dataset floods left out, its manifest entry is invalid (the others load): ' +
        `manifest.json: datasets[${shipped.length + 1}] (floods): missing field 'licence' (the licence name, e.g. CC-BY-4.0)`,
    ]);
  });

  it('does not draw a ticked layer whose entry was left out, with one notice', async () => {
    const { state } = await run(
      manifestWith((datasets) => {
        byId(datasets, 'complaints').cadence = 'hourly';
      }),
      { ...DEFAULT_URL_STATE, layers: ['vaccination', 'complaints'] },
    );
    expect(state.phase).toBe('ready');
    expect(state.url.layers).toEqual(['vaccination']);
    expect(state.datasets.map((def) => def.id)).not.toContain('complaints');
    // The restricted side table of complaints goes with it, named on its own line.
    expect(state.notices.slice(0, 3)).toEqual([
      'ไม่ได้โหลดชุดข้อมูล complaints: รายการใน manifest ไม่ถูกต้อง ชุดข้อมูลอื่นยังใช้ได้ · ' +
        'Dataset complaints left out, its manifest entry is invalid (the others load): ' +
        "manifest.json: datasets[3] (complaints): cadence 'hourly' is not one of daily, weekly, monthly, yearly, once",
      'ไม่ได้โหลดชุดข้อมูล complaints_security: รายการใน manifest ไม่ถูกต้อง ชุดข้อมูลอื่นยังใช้ได้ · ' +
        'Dataset complaints_security left out, its manifest entry is invalid (the others load): ' +
        "manifest.json: datasets[10] (complaints_security): aggregateOf 'complaints' is not a usable dataset of the manifest; list that dataset or remove aggregateOf",
      'layers: ไม่มีชุดข้อมูล complaints ใน manifest จึงไม่แสดง · no dataset complaints in the manifest, so it is not shown',
    ]);
  });
});
