/**
 * Generates every demo dataset, publishes it (raw records in, the small tables of
 * src/data/published/aggregates.ts out; scripts/publish/) and adds the manifest and the first-paint preview.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CORE_DATASET_IDS,
  type DatasetDef,
  type ProvincePreview,
} from '../../src/data/manifest/manifest-types';
import { publishBytes } from '../publish/publish-bytes';
import type { PublishResult } from '../publish/publish';
import { publishedManifest } from '../publish/published-manifest';
import { generateComplaints } from './complaints';
import type { GeneratedDataset, GeneratorContext } from './context';
import { generateDrought } from './drought';
import { ProvincePointSampler, readProvinceShapes } from './geography';
import { highwayLegsOf } from './highways';
import { generateHouseholds } from './households';
import type { GeneratedIndicator } from './indicator-entry';
import { manifestWithIndicators } from './indicator-manifest';
import { GROUPINGS_FILE, groupingsBytes } from './groupings';
import { generateInspection } from './inspection';
import { PREVIEW_FILE, buildManifest, buildVaccinationPreview, datasetEntry } from './manifest';
import type { GeneratorOptions } from './options';
import { writeParquetBytes } from './parquet-writer';
import { generatePoverty } from './poverty';
import { Rng } from './random';
import { readProvinces, readStaticDatasets } from './reference-data';
import { generateRoadSafety } from './road-safety';
import { generateVaccination } from './vaccination';

/** The generated files by name (relative to the output directory), in writing order. */
export type DemoFiles = ReadonlyMap<string, Uint8Array>;

function buildContext(options: GeneratorOptions): GeneratorContext {
  const provinces = readProvinces(
    join(options.dataDir, 'provinces.csv'),
    join(options.dataDir, 'population-2020.csv'),
  );
  const shapes = readProvinceShapes(options.geoPath, options.geoObject);
  const missing = provinces.filter((province) => !shapes.has(province.code));
  if (missing.length > 0 || shapes.size !== provinces.length) {
    throw new Error(
      `${options.geoPath} must have the ${provinces.length} provinces of provinces.csv` +
        ` (missing: ${missing.map((p) => p.code).join(', ') || 'none'}; has ${shapes.size})`,
    );
  }
  const centres = new Map([...shapes].map(([code, shape]) => [code, shape.centre]));
  const samplers = new Map<number, ProvincePointSampler>();
  for (const [code, shape] of shapes) {
    // One network per province and seed, shared by every dataset that places points.
    const networkRng = new Rng(options.seed, `geo/${code}`);
    samplers.set(code, new ProvincePointSampler(shape, highwayLegsOf(code, centres), networkRng));
  }
  return { seed: options.seed, provinces, samplers };
}

function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

/** The raw demo datasets: their manifest entries, Parquet bytes by file name and the preview. */
export interface RawDemoSet {
  /** Raw manifest entries (asOf and period from the data), in CORE_DATASET_IDS order. */
  readonly datasets: readonly DatasetDef[];
  /** Raw Parquet bytes by file name, households included: never published as they are. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly preview: ProvincePreview;
  /** Indicator datasets (CSV + manifest entry, no code under src/): published as they are. */
  readonly indicators: readonly GeneratedIndicator[];
}

/** Generates the raw datasets in memory. The same options always give byte-identical files. */
export function buildRawDemoSet(options: GeneratorOptions): RawDemoSet {
  const context = buildContext(options);
  const staticDatasets = readStaticDatasets(join(options.dataDir, 'datasets.json'));
  const vaccination = generateVaccination(context);
  const generated = new Map<string, GeneratedDataset>([
    ['vaccination', vaccination.dataset],
    ['poverty', generatePoverty(context)],
    ['road_safety', generateRoadSafety(context, options.incidents)],
    ['complaints', generateComplaints(context, options.complaints)],
    ['households', generateHouseholds(context, options.households, vaccination.dose1CoverageOn)],
  ]);

  const files = new Map<string, Uint8Array>();
  const datasets: DatasetDef[] = [];
  for (const id of CORE_DATASET_IDS) {
    const definition = staticDatasets.find((dataset) => dataset.id === id);
    const dataset = generated.get(id);
    if (!definition || !dataset) throw new Error(`data/datasets.json has no dataset "${id}"`);
    files.set(definition.file, writeParquetBytes(definition.columns, dataset.store));
    datasets.push(datasetEntry(definition, dataset));
  }
  return {
    datasets,
    files,
    preview: buildVaccinationPreview(vaccination.dataset),
    indicators: [generateInspection(context), generateDrought(context)],
  };
}

/** A whole demo run: the raw set, what the publish step made of it, and the published files. */
export interface DemoOutput {
  readonly raw: RawDemoSet;
  readonly published: PublishResult;
  /** What goes to public/data: published data files, the preview, the indicators' CSV files, then manifest.json. */
  readonly files: DemoFiles;
}

/**
 * Generates the raw datasets and publishes them (src/data/published/aggregates.ts on native DuckDB): the
 * output holds no raw personal records. The same options always give byte-identical files.
 */
export async function buildDemoOutput(options: GeneratorOptions): Promise<DemoOutput> {
  const raw = buildRawDemoSet(options);
  const manifest = buildManifest(raw.datasets);
  const { files: dataFiles, result } = await publishBytes(
    raw.datasets,
    raw.files,
    manifest.preview,
  );
  const published = publishedManifest(result.datasets, manifest.generatedAt, manifest.preview);
  const files = new Map(dataFiles);
  files.set(PREVIEW_FILE, jsonBytes(raw.preview));
  files.set(GROUPINGS_FILE, groupingsBytes(options.dataDir));
  for (const indicator of raw.indicators) files.set(indicator.entry.file, indicator.bytes);
  files.set('manifest.json', jsonBytes(manifestWithIndicators(published, raw.indicators)));
  return { raw, published: result, files };
}

/** Generates and publishes all files in memory (see {@link buildDemoOutput}). */
export async function buildDemoFiles(options: GeneratorOptions): Promise<DemoFiles> {
  return (await buildDemoOutput(options)).files;
}

/** Writes the files into `outDir` (created if needed). */
export function writeDemoFiles(outDir: string, files: DemoFiles): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of files) {
    // Restricted tables go to their own folder (restricted/), which the web server guards.
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), bytes);
  }
}
