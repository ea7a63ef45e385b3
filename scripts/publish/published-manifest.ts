/**
 * What is published, as manifest entries: the raw datasets that may be published as they are,
 * the aggregates of src/data/published/aggregates.ts, and the registry of the raw datasets those
 * aggregates are built from. Pure functions: no DuckDB, no files.
 */
import { AGGREGATES, publishesRaw, type AggregateDef } from '../../src/data/published/aggregates';
import {
  CORE_DATASET_IDS,
  type DatasetDef,
  type Manifest,
  type PreviewDef,
} from '../../src/data/manifest/manifest-types';
import { datasetEntryJson } from '../../src/data/manifest/manifest-entry-json';
import { RESTRICTED_FOLDER } from '../../src/data/manifest/manifest-entry';
import { DatasetRegistry, parseManifest } from '../../src/data/manifest/registry';

/** Placeholder timestamp of a raw registry built from dataset entries only. */
const RAW_GENERATED_AT = '1970-01-01T00:00:00.000Z';

/**
 * The validated registry of the raw datasets (the aggregates' SELECTs take names from it).
 * @param preview the raw manifest's preview; defaults to one naming the first dataset.
 * @throws DataFileError when an entry breaks the manifest contract, or Error when an entry is
 *   already an aggregate (aggregateOf) or takes the id of a published aggregate.
 */
export function rawRegistry(
  datasets: readonly DatasetDef[],
  preview?: PreviewDef,
  sourceName = 'raw datasets',
): DatasetRegistry {
  const first = datasets[0]?.id ?? '';
  const manifest = parseManifest(
    {
      version: 1,
      generatedAt: RAW_GENERATED_AT,
      datasets: datasets.map(datasetEntryJson),
      preview: preview ?? { dataset: first, file: 'preview.json' },
    },
    sourceName,
  );
  const ids = new Set(manifest.datasets.map((def) => def.id));
  for (const def of manifest.datasets) {
    if (def.aggregateOf !== undefined) {
      throw new Error(
        `${sourceName}: '${def.id}' is a published aggregate (aggregateOf '${def.aggregateOf}'); list the raw dataset instead`,
      );
    }
    const clash = AGGREGATES.find((a) => a.id === def.id && a.of !== def.id && ids.has(a.of));
    if (clash) {
      throw new Error(
        `${sourceName}: '${def.id}' is the id of the aggregate of '${clash.of}'; give the dataset another id`,
      );
    }
  }
  return new DatasetRegistry(manifest);
}

/**
 * The registry of dataset entries without dates (data/datasets.json): for printing SQL only, as
 * the dates never enter an aggregate's SQL.
 */
export function schemaOnlyRegistry(
  datasets: readonly Omit<DatasetDef, 'asOf' | 'period'>[],
  sourceName: string,
): DatasetRegistry {
  const epoch = RAW_GENERATED_AT.slice(0, 10);
  const dated = datasets.map((def) => ({
    ...def,
    asOf: epoch,
    period: { from: epoch, to: epoch },
  }));
  return rawRegistry(dated, undefined, sourceName);
}

/** The aggregates whose raw dataset the registry lists, in {@link AGGREGATES} order. */
export function plannedAggregates(raw: DatasetRegistry): readonly AggregateDef[] {
  return AGGREGATES.filter((aggregate) => raw.has(aggregate.of));
}

/** File name of a published aggregate, next to the manifest. */
export function aggregateFileName(aggregate: AggregateDef): string {
  // The folder the web server guards (scripts/deploy/): only signed-in people may fetch it.
  return `${aggregate.restricted ? RESTRICTED_FOLDER : ''}${aggregate.id}.parquet`;
}

/** True when the aggregate replaces its raw dataset under the same id (households). */
export function replacesRaw(aggregate: AggregateDef): boolean {
  return aggregate.id === aggregate.of;
}

/**
 * The manifest entry of a published aggregate: the raw dataset's metadata, title + ' — ' +
 * suffix, the aggregate's columns, and `aggregateOf` unless it replaces its raw dataset.
 */
export function aggregateEntry(raw: DatasetDef, aggregate: AggregateDef): DatasetDef {
  if (raw.id !== aggregate.of) {
    throw new Error(`aggregate '${aggregate.id}' summarises '${aggregate.of}', not '${raw.id}'`);
  }
  return {
    id: aggregate.id,
    // No suffix: a tier that stands for the dataset itself (the public complaints).
    title: {
      th: aggregate.titleSuffix.th ? `${raw.title.th} — ${aggregate.titleSuffix.th}` : raw.title.th,
      en: aggregate.titleSuffix.en ? `${raw.title.en} — ${aggregate.titleSuffix.en}` : raw.title.en,
    },
    unit: raw.unit,
    source: raw.source,
    licence: raw.licence,
    asOf: raw.asOf,
    period: { from: raw.period.from, to: raw.period.to },
    cadence: raw.cadence,
    demo: raw.demo,
    ...(raw.minGroupSize === undefined ? {} : { minGroupSize: raw.minGroupSize }),
    ...(replacesRaw(aggregate) ? {} : { aggregateOf: aggregate.of }),
    ...(aggregate.restricted ? { restricted: true } : {}),
    file: aggregateFileName(aggregate),
    ...(raw.version === undefined ? {} : { version: raw.version }),
    format: 'parquet',
    columns: aggregate.columns,
    // An aggregate says what its raw data says: the same caveats, from the same files.
    ...(raw.caveats === undefined ? {} : { caveats: raw.caveats }),
    ...(raw.provenance === undefined ? {} : { provenance: raw.provenance }),
  };
}

/** The published entries and the raw datasets left out. */
export interface PublishedDatasets {
  /** Layer datasets (core ids in CORE_DATASET_IDS order, then others), then the aggregates. */
  readonly datasets: readonly DatasetDef[];
  /** Raw datasets published as they are (their files are copied as they are). */
  readonly asIs: readonly string[];
  /** Personal raw datasets (minGroupSize) that no aggregate replaces: not published at all. */
  readonly withheld: readonly string[];
}

/**
 * Every published manifest entry, in order: raw datasets that {@link publishesRaw} as they are
 * (with the file they are published under; `deferred` when aggregates summarise them) or replaced
 * by their same-id aggregate, then the other aggregates.
 * @throws Error if two published entries share a file name.
 */
export function publishedDatasets(raw: DatasetRegistry): PublishedDatasets {
  const aggregates = plannedAggregates(raw);
  const core: readonly string[] = CORE_DATASET_IDS;
  const rank = (id: string): number => (core.includes(id) ? core.indexOf(id) : core.length);
  const layers = [...raw.list()].sort((a, b) => rank(a.id) - rank(b.id));
  const datasets: DatasetDef[] = [];
  const asIs: string[] = [];
  const withheld: string[] = [];
  for (const def of layers) {
    const replacement = aggregates.find((a) => a.id === def.id && replacesRaw(a));
    if (replacement) datasets.push(aggregateEntry(def, replacement));
    else if (publishesRaw(raw, def.id)) {
      // A raw table whose views all read aggregates loads only when a view asks for its rows.
      const summarised = aggregates.some((a) => a.of === def.id);
      datasets.push(summarised ? { ...def, deferred: true } : def);
      asIs.push(def.id);
    } else withheld.push(def.id);
  }
  for (const aggregate of aggregates.filter((a) => !replacesRaw(a))) {
    datasets.push(aggregateEntry(raw.get(aggregate.of), aggregate));
  }
  const files = new Map<string, string>();
  for (const def of datasets) {
    const other = files.get(def.file);
    if (other !== undefined) {
      throw new Error(`'${def.id}' and '${other}' would both be published as ${def.file}`);
    }
    files.set(def.file, def.id);
  }
  return { datasets, asIs, withheld };
}

/** The published manifest, validated by the app's own parser. */
export function publishedManifest(
  datasets: readonly DatasetDef[],
  generatedAt: string,
  preview: PreviewDef,
): Manifest {
  return parseManifest(
    { version: 1, generatedAt, datasets: datasets.map(datasetEntryJson), preview },
    'published manifest',
  );
}
