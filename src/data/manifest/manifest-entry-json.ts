/**
 * A validated dataset entry written back as manifest JSON: the inverse of parseDataset
 * (manifest-entry.ts). Scripts that read a manifest and write another (the publish step) pass
 * entries through this, so an indicator keeps `kind`, `keys` and `measures` instead of the
 * parsed `indicator` field, which no manifest reader knows.
 */
import type { DatasetDef } from './manifest-types';

/** The manifest JSON of `def`; parseDataset of it gives `def` back. */
export function datasetEntryJson(def: DatasetDef): Readonly<Record<string, unknown>> {
  const { indicator, ...rest } = def;
  if (indicator === undefined) return rest;
  const { province, date } = indicator.keys;
  return {
    ...rest,
    kind: 'indicator',
    keys: date === null ? { province } : { province, date },
    measures: indicator.measures,
  };
}
