/**
 * Merging an ingest's entries into a deployment's manifest.json, shared by the builder in the
 * browser and the command line: the entries of the ingested dataset (the same id, or
 * `aggregateOf` it) are replaced where the first of them stood, every other entry is kept as it
 * was written (fields this app does not read included), in its order. The result must pass the
 * app's own manifest parser with every new entry accepted. Pure: no file or network access.
 */
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import type { DatasetDef, LocalText, Manifest } from '../../manifest/manifest-types';
import { parseManifest } from '../../manifest/registry';

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The merged manifest, or why it cannot be written. */
export type ManifestMerge =
  | {
      readonly ok: true;
      /** The manifest as JSON, ready to be written. */
      readonly json: JsonObject;
      /** The same, as the app reads it (for the preview file's name). */
      readonly manifest: Manifest;
    }
  | { readonly ok: false; readonly error: LocalText };

/**
 * `existing` (a manifest's `datasets` list as written) with `datasetId`'s entries replaced by
 * `entries`. An entry whose id is one of the new ones is replaced too, so no id appears twice.
 */
export function mergeDatasetEntries(
  existing: readonly unknown[],
  datasetId: string,
  entries: readonly DatasetDef[],
): unknown[] {
  const newIds = new Set(entries.map((entry) => entry.id));
  const isReplaced = (entry: unknown): boolean =>
    isObject(entry) &&
    (entry.id === datasetId ||
      entry.aggregateOf === datasetId ||
      (typeof entry.id === 'string' && newIds.has(entry.id)));
  const merged: unknown[] = [];
  let placed = false;
  for (const entry of existing) {
    if (!isReplaced(entry)) {
      merged.push(entry);
    } else if (!placed) {
      merged.push(...entries.map(datasetEntryJson));
      placed = true;
    }
  }
  if (!placed) merged.push(...entries.map(datasetEntryJson));
  return merged;
}

/**
 * `manifestJson` (a parsed manifest.json named `sourceName`) with `entries` merged in and
 * `generatedAt` set. Never throws: a manifest that is not one, or a new entry the app would
 * leave out, gives a message saying what to do.
 */
export function mergeManifest(
  manifestJson: unknown,
  sourceName: string,
  datasetId: string,
  entries: readonly DatasetDef[],
  generatedAt: string,
): ManifestMerge {
  if (!isObject(manifestJson) || !Array.isArray(manifestJson.datasets)) {
    return {
      ok: false,
      error: {
        th: `${sourceName}: ไม่ใช่ manifest ของ War Room (ไม่มีรายการ "datasets") — ใช้ไฟล์ manifest.json จากโฟลเดอร์ข้อมูลของระบบที่ใช้งานอยู่`,
        en: `${sourceName}: not a War Room manifest (no "datasets" list) — use the manifest.json of the deployment's data folder`,
      },
    };
  }
  const datasets = mergeDatasetEntries(manifestJson.datasets as unknown[], datasetId, entries);
  const json: JsonObject = { ...manifestJson, generatedAt, datasets };
  let manifest: Manifest;
  try {
    manifest = parseManifest(json, sourceName);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        th: `${sourceName}: manifest ที่รวมแล้วอ่านไม่ได้ (${why}) — แก้ไขหรือคืนไฟล์ manifest.json เดิมก่อน`,
        en: `${sourceName}: the merged manifest does not read (${why}) — fix or restore manifest.json first`,
      },
    };
  }
  const refused = (manifest.leftOut ?? []).filter((left) =>
    entries.some((entry) => entry.id === left.entry),
  );
  if (refused.length > 0) {
    const why = refused.map((left) => left.message).join('; ');
    return {
      ok: false,
      error: {
        th: `ระบบจะไม่อ่านรายการใหม่ใน manifest: ${why}`,
        en: `the app would leave the new entry out of the manifest: ${why}`,
      },
    };
  }
  return { ok: true, json, manifest };
}
