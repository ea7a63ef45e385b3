/**
 * Builds public/data/manifest.json and the first-paint preview from the generated datasets and
 * the static metadata in data/datasets.json.
 */
import type { DatasetDef, Manifest, ProvincePreview } from '../../src/data/manifest/manifest-types';
import type { GeneratedDataset } from './context';
import type { StaticDatasetDef } from './reference-data';

/** File name of the first-paint preview, relative to the manifest. */
export const PREVIEW_FILE = 'vaccination-latest.json';

/** The manifest entry of one dataset: its static metadata plus the generated asOf and period. */
export function datasetEntry(
  definition: StaticDatasetDef,
  generated: GeneratedDataset,
): DatasetDef {
  return {
    id: definition.id,
    title: definition.title,
    unit: definition.unit,
    source: definition.source,
    licence: definition.licence,
    asOf: generated.asOf,
    period: { from: generated.period.from, to: generated.period.to },
    cadence: definition.cadence,
    demo: definition.demo,
    ...(definition.minGroupSize === undefined ? {} : { minGroupSize: definition.minGroupSize }),
    file: definition.file,
    format: definition.format,
    columns: definition.columns,
  };
}

/**
 * The manifest. `generatedAt` is derived from the newest as-of date (its midnight UTC) rather
 * than the clock, so that the same data always gives the same manifest.
 */
export function buildManifest(datasets: readonly DatasetDef[]): Manifest {
  const newest = datasets
    .map((dataset) => dataset.asOf)
    .sort()
    .at(-1);
  if (newest === undefined) throw new Error('a manifest needs at least one dataset');
  return {
    version: 1,
    generatedAt: `${newest}T00:00:00.000Z`,
    datasets,
    preview: { dataset: 'vaccination', file: PREVIEW_FILE },
  };
}

function int32Column(dataset: GeneratedDataset, name: string): Int32Array {
  const values = dataset.store[name];
  if (!(values instanceof Int32Array))
    throw new Error(`${dataset.id}.${name} is not an Int32Array`);
  return values;
}

/** The newest week's row of every province, from the generated vaccination table. */
export function buildVaccinationPreview(vaccination: GeneratedDataset): ProvincePreview {
  const codes = int32Column(vaccination, 'province_code');
  const weeks = int32Column(vaccination, 'week_end');
  const population = int32Column(vaccination, 'population');
  const [dose1, dose2, dose3] = ['dose1', 'dose2', 'dose3'].map((name) =>
    int32Column(vaccination, name),
  );
  const newestWeek = weeks.reduce((max, week) => Math.max(max, week), -Infinity);
  const rows: ProvincePreview['rows'][number][] = [];
  weeks.forEach((week, i) => {
    if (week !== newestWeek) return;
    rows.push({
      province_code: codes[i] ?? 0,
      population: population[i] ?? 0,
      dose1: dose1?.[i] ?? 0,
      dose2: dose2?.[i] ?? 0,
      dose3: dose3?.[i] ?? 0,
    });
  });
  rows.sort((a, b) => a.province_code - b.province_code);
  return { dataset: vaccination.id, asOf: vaccination.asOf, rows };
}
