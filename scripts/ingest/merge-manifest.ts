/**
 * Merges an ingest's entries into an existing manifest.json: the entries of the same dataset
 * (same id, or `aggregateOf` it) are replaced where they stood, every other entry is kept as it
 * was written (fields this app does not know included), and the result must pass the app's own
 * parser with every new entry accepted before it is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { datasetEntryJson } from '../../src/data/manifest/manifest-entry-json';
import type { DatasetDef, PreviewDef } from '../../src/data/manifest/manifest-types';
import { parseManifest } from '../../src/data/manifest/registry';

/** The manifest to write. */
export interface MergedManifest {
  readonly text: string;
  readonly preview: PreviewDef;
}

type Entry = Readonly<Record<string, unknown>>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The raw entries with `datasetId`'s replaced by `entries` (at the first replaced place). */
export function mergeEntries(
  existing: readonly unknown[],
  datasetId: string,
  entries: readonly DatasetDef[],
): unknown[] {
  const newIds = new Set(entries.map((e) => e.id));
  const replaced = (entry: unknown): boolean =>
    isEntry(entry) &&
    (entry.id === datasetId || entry.aggregateOf === datasetId || newIds.has(String(entry.id)));
  const at = existing.findIndex(replaced);
  const kept = existing.filter((entry) => !replaced(entry));
  const json = entries.map(datasetEntryJson);
  const position = at < 0 ? kept.length : existing.slice(0, at).filter((e) => !replaced(e)).length;
  return [...kept.slice(0, position), ...json, ...kept.slice(position)];
}

/**
 * The manifest at `path` with the ingested entries merged in.
 * @throws Error naming the manifest when it is missing or unreadable, or the entry the app refuses.
 */
export function mergeIntoManifest(
  path: string,
  datasetId: string,
  entries: readonly DatasetDef[],
  generatedAt: string,
): MergedManifest {
  if (!existsSync(path)) {
    throw new Error(
      `${path}: no manifest here — give --out the deployment's data folder (public/data or dist/data)`,
    );
  }
  let manifest: Entry;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!isEntry(parsed) || !Array.isArray(parsed.datasets)) throw new Error('no "datasets" list');
    manifest = parsed;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: not a readable manifest (${why}); fix or restore it first`, {
      cause: error,
    });
  }
  const datasets = mergeEntries(manifest.datasets as unknown[], datasetId, entries);
  const merged = { ...manifest, generatedAt, datasets };
  const parsed = parseManifest(merged, path);
  const refused = (parsed.leftOut ?? []).filter((l) => entries.some((e) => e.id === l.entry));
  if (refused.length > 0) {
    throw new Error(refused.map((l) => l.message).join('\n'));
  }
  return { text: `${JSON.stringify(merged, null, 2)}\n`, preview: parsed.preview };
}
