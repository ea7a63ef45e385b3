/** The registry auto-refresh keeps: the newest manifest, described as the data actually loaded. */
import type { DatasetDef, Manifest } from '../manifest/manifest-types';
import { DatasetRegistry } from '../manifest/registry';

/** The contents-defining fields of a dataset entry: a change in one means its file must be reloaded. */
export function contentKey(def: DatasetDef): string {
  const { file, format, asOf, version, rows, period, columns } = def;
  // An indicator's province key is rewritten at load (names become codes): moving it reloads.
  const provinceKey = def.indicator?.keys.province ?? null;
  return JSON.stringify([file, format, asOf, version, rows, period, columns, provinceKey]);
}

/**
 * The newest manifest `latest`, each loaded dataset described by the entry its table was loaded
 * from (a newer entry counts once its file has loaded). A dataset the manifest no longer lists
 * keeps its table and its description. An entry equal to the one in `old` keeps its object, so
 * views see no change after a poll that changed nothing.
 */
export function mergedRegistry(
  latest: Manifest,
  loadedDefs: ReadonlyMap<string, DatasetDef>,
  old: DatasetRegistry,
): DatasetRegistry {
  const datasets = latest.datasets.map((def) => {
    const next = loadedDefs.get(def.id) ?? def;
    const previous = old.has(def.id) ? old.get(def.id) : undefined;
    return previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
  });
  const listed = new Set(datasets.map((def) => def.id));
  for (const def of loadedDefs.values()) if (!listed.has(def.id)) datasets.push(def);
  return new DatasetRegistry({ ...latest, datasets });
}
