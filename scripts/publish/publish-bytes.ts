/**
 * The publish step for raw files held in memory (the demo generator): the raw bytes go to a
 * temporary folder for DuckDB to read, and come back as the published file set.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetDef, PreviewDef } from '../../src/data/manifest/manifest-types';
import { publishAggregates, type PublishResult } from './publish';

/** The published data files by name, in manifest order, and what the publish step reported. */
export interface PublishedBytes {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly result: PublishResult;
}

/**
 * Publishes raw datasets whose files are in memory.
 * @param datasets the raw manifest entries; `file` names their bytes in `rawFiles`.
 * @param rawFiles raw file bytes by file name.
 */
export async function publishBytes(
  datasets: readonly DatasetDef[],
  rawFiles: ReadonlyMap<string, Uint8Array>,
  preview?: PreviewDef,
): Promise<PublishedBytes> {
  const dir = mkdtempSync(join(tmpdir(), 'war-room-raw-'));
  try {
    const sources = datasets.map((def, index) => {
      const bytes = rawFiles.get(def.file);
      if (!bytes) throw new Error(`no bytes for raw dataset '${def.id}' (${def.file})`);
      // Numbered names: raw file names need not be unique or plain.
      const location = join(dir, `${index}.${def.format}`);
      writeFileSync(location, bytes);
      return { def, location };
    });
    const result = await publishAggregates(sources, preview);
    const files = new Map<string, Uint8Array>();
    for (const def of result.datasets) {
      const bytes = result.files.get(def.file) ?? rawFiles.get(def.file);
      if (!bytes) throw new Error(`no bytes for published dataset '${def.id}' (${def.file})`);
      files.set(def.file, bytes);
    }
    return { files, result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
