/**
 * Generates every demo dataset, the manifest and the first-paint preview.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_DATASET_IDS, type DatasetDef } from '../../src/data/manifest-types';
import { generateComplaints } from './complaints';
import type { GeneratedDataset, GeneratorContext } from './context';
import { ProvincePointSampler, readProvinceShapes } from './geography';
import { highwayLegsOf } from './highways';
import { generateHouseholds } from './households';
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

/** Generates all files in memory. The same options always give byte-identical files. */
export function buildDemoFiles(options: GeneratorOptions): DemoFiles {
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
  const entries: DatasetDef[] = [];
  for (const id of CORE_DATASET_IDS) {
    const definition = staticDatasets.find((dataset) => dataset.id === id);
    const dataset = generated.get(id);
    if (!definition || !dataset) throw new Error(`data/datasets.json has no dataset "${id}"`);
    files.set(definition.file, writeParquetBytes(definition.columns, dataset.store));
    entries.push(datasetEntry(definition, dataset));
  }
  files.set(PREVIEW_FILE, jsonBytes(buildVaccinationPreview(vaccination.dataset)));
  files.set('manifest.json', jsonBytes(buildManifest(entries)));
  return files;
}

/** Writes the files into `outDir` (created if needed). */
export function writeDemoFiles(outDir: string, files: DemoFiles): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(outDir, name), bytes);
}
