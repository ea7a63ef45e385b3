/**
 * The whole data flow on the demo data, with a manifest whose vaccination entry claims data up
 * to 30 Nov 2026 over the file whose rows end on 28 Nov 2021 (issue 19, item 3): the declared
 * newest-date query reads the file on a real DuckDB, and freshness is judged from it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataCoordinator } from '../../data/engine/coordinator';
import { createNativeEngine } from '../../data/testing/engines';
import { markReady } from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { startDataFlow } from '../app/data-flow';
import { judgeFreshness } from './freshness';
import { newestDateOf } from './newest-date';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';

const TODAY = '2026-12-07';
let store: AppStore;
let coordinator: DataCoordinator | null = null;

async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (store.getState().queriesRunning) await new Promise((resolve) => setTimeout(resolve, 5));
}

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
    datasets: Record<string, unknown>[];
  };
  const datasets = manifest.datasets.map((d) =>
    d.id === 'vaccination'
      ? {
          ...d,
          demo: false,
          asOf: '2026-11-30',
          period: { from: '2021-03-01', to: '2026-11-30' },
        }
      : d,
  );
  store = createAppStore();
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  const started = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: publicDataFetch({
      'manifest.json': new TextEncoder().encode(JSON.stringify({ ...manifest, datasets })),
    }),
    createEngine: createNativeEngine,
  });
  if (!started) throw new Error('the data flow did not start');
  coordinator = started;
  await started.whenReady('vaccination');
  await settled();
  return async () => {
    await coordinator?.close();
  };
});

describe('a manifest claiming newer data than its file holds, through the data flow', () => {
  it('the state knows the newest date of each dated file', () => {
    const state = store.getState();
    expect(
      ['vaccination', 'road_safety', 'complaints'].map((id) => newestDateOf(state, id)),
    ).toEqual(['2021-11-28', '2026-01-05', '2025-12-31']);
  });

  it("vaccination is judged from its file's 28 Nov 2021, and its asOf called wrong", () => {
    const state = store.getState();
    const def = state.datasets.find((d) => d.id === 'vaccination');
    if (!def) throw new Error('the manifest lists vaccination');
    expect(
      judgeFreshness(def, state.health.vaccination, TODAY, newestDateOf(state, 'vaccination')),
    ).toMatchObject({
      level: 'red',
      ageDays: 1835,
      judgedFrom: '2021-11-28',
      judgedBy: 'file',
      asOfProblem: 'afterFileData',
      loadFailed: false,
    });
  });
});
