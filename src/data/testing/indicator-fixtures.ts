/**
 * Indicator manifest entries and registries for tests (issue 14): a monthly dataset in the shape
 * of the example, to be changed per test. Test-only.
 */
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import { manifestJson } from './fixtures';

type Json = Record<string, unknown>;

/** A valid monthly indicator entry: drought-affected villages per province, summed. */
export function droughtEntryJson(): Json {
  return {
    id: 'drought',
    kind: 'indicator',
    title: { th: 'หมู่บ้านประสบภัยแล้ง', en: 'Drought-affected villages' },
    unit: { th: 'หมู่บ้าน', en: 'villages' },
    source: { th: 'ปภ.', en: 'DDPM' },
    licence: 'CC-BY-4.0',
    asOf: '2026-03-31',
    cadence: 'monthly',
    period: { from: '2025-10-01', to: '2026-03-31' },
    demo: true,
    file: 'drought.csv',
    format: 'csv',
    keys: { province: 'province_code', date: 'month' },
    measures: [
      {
        column: 'villages',
        title: { th: 'หมู่บ้าน', en: 'Villages' },
        unit: { th: 'หมู่บ้าน', en: 'villages' },
        better: 'lower',
        aggregate: 'sum',
      },
    ],
  };
}

/** The test manifest with `entries` appended to its datasets. */
export function manifestWithEntries(entries: readonly Json[]): Json {
  const manifest = manifestJson();
  (manifest.datasets as Json[]).push(...entries);
  return manifest;
}

/** A registry of the test manifest plus `entries`; fails if any of them is left out. */
export function registryWithEntries(entries: readonly Json[]): DatasetRegistry {
  const manifest = parseManifest(manifestWithEntries(entries), 'manifest.json');
  if (manifest.leftOut) {
    throw new Error(`test entries left out: ${manifest.leftOut.map((l) => l.message).join('\n')}`);
  }
  return new DatasetRegistry(manifest);
}
