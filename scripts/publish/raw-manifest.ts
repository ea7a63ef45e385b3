/**
 * `npm run aggregate`: publishes a ministry's raw data. The raw manifest has the shape of
 * public/data/manifest.json but lists the raw files (paths relative to it, or http(s) URLs);
 * the output folder gets the aggregates, copies of the raw files that may be published as they
 * are, the preview and the published manifest.json.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Manifest, PreviewDef } from '../../src/data/manifest/manifest-types';
import { datasetEntryJson } from '../../src/data/manifest/manifest-entry-json';
import { parseManifest } from '../../src/data/manifest/registry';
import { publishAggregates, type PublishResult } from './publish';
import { publishedDatasets, publishedManifest, rawRegistry } from './published-manifest';
import { isRemote, type RawSource } from './raw-tables';

/** Reads and validates a raw manifest (the app's own parser). */
export function readRawManifest(path: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${path}: not a readable JSON file (${message})`, { cause: error });
  }
  return parseManifest(json, path);
}

/** Where a raw file is read from: its URL, or its path resolved against the manifest's folder. */
export function rawLocation(file: string, manifestDir: string): string {
  return isRemote(file) ? file : resolve(manifestDir, file);
}

/**
 * The raw sources of a manifest. A local raw file is published (if at all) as `<id>.<format>`
 * next to the published manifest; a URL stays a URL.
 */
export function rawSources(manifest: Manifest, manifestDir: string): RawSource[] {
  return manifest.datasets.map((def): RawSource => {
    const location = rawLocation(def.file, manifestDir);
    const file = isRemote(def.file) ? def.file : `${def.id}.${def.format}`;
    return { def: { ...def, file }, location };
  });
}

/** One file copied into the output folder. */
interface Copy {
  readonly from: string;
  readonly to: string;
}

/** What a run wrote. */
export interface RawManifestRun {
  readonly result: PublishResult;
  readonly manifest: Manifest;
  /** Files written, relative to the output folder, manifest.json last. */
  readonly written: readonly string[];
}

function previewOf(manifest: Manifest, manifestDir: string): { preview: PreviewDef; copy?: Copy } {
  const { dataset, file } = manifest.preview;
  if (isRemote(file)) return { preview: { dataset, file } };
  const name = basename(file);
  return { preview: { dataset, file: name }, copy: { from: resolve(manifestDir, file), to: name } };
}

/**
 * Publishes the raw manifest at `rawPath` into `outDir`.
 * @throws Error if a file in `outDir` would overwrite one of the raw inputs, or as
 *   {@link publishAggregates} does.
 */
export async function publishRawManifest(rawPath: string, outDir: string): Promise<RawManifestRun> {
  const manifestDir = dirname(resolve(rawPath));
  const raw = readRawManifest(rawPath);
  const sources = rawSources(raw, manifestDir);
  const { preview, copy: previewCopy } = previewOf(raw, manifestDir);
  // What will be written is known before DuckDB runs: check it first.
  const planned = publishedDatasets(
    rawRegistry(
      sources.map((s) => s.def),
      raw.preview,
      rawPath,
    ),
  );
  const copies: Copy[] = sources
    .filter((s) => planned.asIs.includes(s.def.id) && !isRemote(s.location))
    .map((s) => ({ from: s.location, to: s.def.file }));
  if (previewCopy) copies.push(previewCopy);
  const aggregateFiles = planned.datasets
    .filter((def) => !planned.asIs.includes(def.id))
    .map((def) => def.file);
  const inputs = new Set([...sources.map((s) => s.location), resolve(rawPath)]);
  const outputs = [...aggregateFiles, ...copies.map((c) => c.to), 'manifest.json'];
  if (!planned.datasets.some((def) => def.id === preview.dataset)) {
    throw new Error(`${rawPath}: preview.dataset '${preview.dataset}' is not published`);
  }
  for (const [index, name] of outputs.entries()) {
    if (outputs.indexOf(name) !== index) {
      throw new Error(`${rawPath}: two published files would be named ${name}; rename one`);
    }
    if (inputs.has(resolve(outDir, name))) {
      throw new Error(
        `--out ${outDir}: writing ${name} there would overwrite a raw input; choose another folder`,
      );
    }
  }

  const result = await publishAggregates(sources, raw.preview);
  const manifest = publishedManifest(result.datasets, raw.generatedAt, preview);
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of result.files) {
    // Restricted tables go to their own folder (restricted/), which the web server guards.
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), bytes);
  }
  for (const { from, to } of copies) copyFileSync(from, join(outDir, to));
  const json = { ...manifest, datasets: manifest.datasets.map(datasetEntryJson) };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(json, null, 2)}\n`);
  return { result, manifest, written: outputs };
}
