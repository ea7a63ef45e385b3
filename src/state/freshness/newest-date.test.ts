/**
 * The newest date of a dataset's file as the state holds it: declared as a view query per dated
 * dataset, and believed only about the file the manifest entry in use describes.
 */
import { describe, expect, it } from 'vitest';
import { dateDayVector, tableOfColumns, utf8Vector } from '../../data/formats/arrow-vectors';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { testDataset, testRegistry } from '../../data/testing/fixtures';
import { setDatasets, setResult } from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { newestDateOf } from './newest-date';
import { newestDateQueryKey, QUALITY_QUERIES } from '../quality/quality-queries';

const VACCINATION: DatasetDef = { ...testDataset('vaccination'), asOf: '2026-11-30' };

/** A store listing `def`, with the answer of vaccination's newest-date query if given. */
function storeWith(def: DatasetDef, answer?: { newest: string | null; asOf: string }): AppStore {
  const store = createAppStore();
  setDatasets(store, [def]);
  if (answer) {
    setResult(
      store,
      newestDateQueryKey('vaccination'),
      tableOfColumns([
        ['newest_date', dateDayVector([answer.newest])],
        ['as_of', utf8Vector([answer.asOf])],
      ]),
    );
  }
  return store;
}

describe('newest-date view queries', () => {
  it('one per dated dataset, reading its table (road safety: its daily aggregate or fallback)', () => {
    const registry = testRegistry();
    const declared = QUALITY_QUERIES.filter((q) => q.key.startsWith('newestDate.'));
    expect(
      declared.map((q) => [
        q.key,
        typeof q.datasets === 'function' ? q.datasets(registry) : q.datasets,
      ]),
    ).toEqual([
      ['newestDate.vaccination', ['vaccination']],
      ['newestDate.road_safety', ['road_safety']],
      ['newestDate.complaints', ['complaints']],
    ]);
    expect(declared.map((q) => q.build(registry, createAppStore().getState()).params)).toEqual([
      ['2024-01-21'],
      ['2024-01-21'],
      ['2024-01-21'],
    ]);
  });
});

describe('newestDateOf', () => {
  it("gives the file's newest date once the query answered about the entry in use", () => {
    const store = storeWith(VACCINATION, { newest: '2021-11-28', asOf: '2026-11-30' });
    expect(newestDateOf(store.getState(), 'vaccination')).toBe('2021-11-28');
  });

  it('is null before the query answers, and for a dataset without dates', () => {
    expect(newestDateOf(storeWith(VACCINATION).getState(), 'vaccination')).toBeNull();
    const households = storeWith(testDataset('households'));
    expect(newestDateOf(households.getState(), 'households')).toBeNull();
  });

  it('ignores an answer about the previous file while the reloaded one is queried', () => {
    // The entry moved to asOf 7 Dec; the answer in hand was built against 30 Nov's file.
    const reloaded = { ...VACCINATION, asOf: '2026-12-07' };
    const store = storeWith(reloaded, { newest: '2026-11-30', asOf: '2026-11-30' });
    expect(newestDateOf(store.getState(), 'vaccination')).toBeNull();
  });

  it('is null for a table without a dated row', () => {
    const store = storeWith(VACCINATION, { newest: null, asOf: '2026-11-30' });
    expect(newestDateOf(store.getState(), 'vaccination')).toBeNull();
  });
});
