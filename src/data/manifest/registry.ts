/**
 * The manifest, validated, and the registry that hands out table and column names.
 *
 * SQL builders get every identifier from {@link DatasetRegistry}: a name that is not in the
 * manifest's schema fails here, with a message, instead of inside DuckDB.
 */
import { DataFileError, JsonObjectReader, isIsoTimestamp } from './json-fields';
import { entryLabel, parseDataset, parseFileName, skipUnknownKeys } from './manifest-entry';
import type { ColumnDef, DatasetDef, LeftOutEntry, Manifest, PreviewDef } from './manifest-types';
import { quoteIdent } from '../sql';

export { DATASET_ID_PATTERN } from './manifest-entry';

const MANIFEST_KEYS = ['version', 'generatedAt', 'datasets', 'preview'];

/** The DuckDB table (unquoted) that holds a dataset. */
export function datasetTableName(def: DatasetDef): string {
  return def.id;
}

/**
 * Validates a parsed manifest.json and returns a frozen copy holding only the contract's fields.
 * One bad entry never takes the others down: an entry that fails validation (or repeats an id,
 * or summarises a dataset that is not there) is left out and described in `leftOut`; fields this
 * app does not know (a newer manifest's) are skipped and listed in `ignoredFields`.
 * @param sourceName the file name used in messages, e.g. "manifest.json".
 * @throws DataFileError when the file is not a manifest of version 1, its generatedAt or preview
 *   is unusable, or it has no usable entry.
 */
export function parseManifest(json: unknown, sourceName: string): Manifest {
  const root = JsonObjectReader.of(json, sourceName, '');
  const ignored: string[] = [];
  skipUnknownKeys(root, MANIFEST_KEYS, ignored);
  const version = root.required('version', 'use 1');
  if (version !== 1) {
    throw root.fail(
      `version must be 1, found ${JSON.stringify(version)}; this app reads version 1`,
    );
  }
  const leftOut: LeftOutEntry[] = [];
  const generatedAt = parseGeneratedAt(root);
  const list = root.array('datasets', 'one entry per data file');
  if (list.length === 0) throw root.fail('datasets is empty; list at least one data file');
  const datasets = parseEntries(list, sourceName, ignored, leftOut);
  if (datasets.length === 0) {
    const why = leftOut.map((left) => left.message).join('\n');
    throw root.fail(`no dataset entry is usable; fix at least one:\n${why}`);
  }
  // The preview is a file of its own: it still paints the map when its dataset's entry was left
  // out (that dataset's notice says why its figures do not come from the database).
  const declared = new Set(list.map((entry, index) => entryName(entry, index)));
  const preview = parsePreviewDef(
    root.object('preview', 'the first-paint file'),
    declared,
    ignored,
  );
  return Object.freeze({
    version: 1,
    generatedAt,
    datasets: Object.freeze(datasets),
    preview,
    ...(leftOut.length === 0 ? {} : { leftOut: Object.freeze(leftOut) }),
    ...(ignored.length === 0 ? {} : { ignoredFields: Object.freeze(ignored) }),
  });
}

/** `read()`, or undefined with its DataFileError recorded under `entry`. */
function readOrNote<T>(read: () => T, entry: string, leftOut: LeftOutEntry[]): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    leftOut.push(Object.freeze({ entry, message: error.message }));
    return undefined;
  }
}

function parseGeneratedAt(root: JsonObjectReader): string {
  const generatedAt = root.string('generatedAt', 'when the manifest was written');
  if (!isIsoTimestamp(generatedAt)) {
    throw root.fail(
      `generatedAt '${generatedAt}' is not an ISO timestamp such as 2025-06-01T08:00:00Z`,
    );
  }
  return generatedAt;
}

/** The usable entries, in manifest order; each one left out is recorded, named, in `leftOut`. */
function parseEntries(
  list: readonly unknown[],
  source: string,
  ignored: string[],
  leftOut: LeftOutEntry[],
): DatasetDef[] {
  const datasets: DatasetDef[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((entry, index) => {
    const label = entryLabel(entry, index);
    const def = readOrNote(
      () => parseDataset(entry, source, index, ignored),
      entryName(entry, index),
      leftOut,
    );
    if (!def) return;
    const first = firstIndex.get(def.id);
    if (first !== undefined) {
      leftOut.push({
        entry: def.id,
        message: `${source}: ${label}: id '${def.id}' is used twice (first by datasets[${first}]); this entry is left out; give each dataset its own id`,
      });
      return;
    }
    firstIndex.set(def.id, index);
    datasets.push(def);
  });
  return withValidAggregates(datasets, firstIndex, source, leftOut);
}

/** The entry's id for a notice, or its position when the id is unreadable. */
function entryName(entry: unknown, index: number): string {
  const label = entryLabel(entry, index);
  const match = /\((.*)\)$/.exec(label);
  return match?.[1] ?? label;
}

/**
 * The datasets without the aggregates that summarise nothing usable: an aggregateOf must name a
 * dataset of the manifest that is not an aggregate itself.
 */
function withValidAggregates(
  datasets: readonly DatasetDef[],
  indexOf: ReadonlyMap<string, number>,
  source: string,
  leftOut: LeftOutEntry[],
): DatasetDef[] {
  const byId = new Map(datasets.map((def) => [def.id, def]));
  return datasets.filter((def) => {
    if (def.aggregateOf === undefined) return true;
    const parent = byId.get(def.aggregateOf);
    const where = `${source}: datasets[${String(indexOf.get(def.id))}] (${def.id})`;
    const why = !parent
      ? `aggregateOf '${def.aggregateOf}' is not a usable dataset of the manifest; list that dataset or remove aggregateOf`
      : parent.aggregateOf !== undefined
        ? `aggregateOf '${def.aggregateOf}' is itself an aggregate; name the dataset it summarises`
        : null;
    if (why !== null) leftOut.push({ entry: def.id, message: `${where}: ${why}` });
    return why === null;
  });
}

function parsePreviewDef(
  reader: JsonObjectReader,
  ids: ReadonlySet<string>,
  ignored: string[],
): PreviewDef {
  skipUnknownKeys(reader, ['dataset', 'file'], ignored);
  const dataset = reader.string('dataset', 'the id of the dataset the preview summarises');
  if (!ids.has(dataset)) {
    throw reader.fail(
      `dataset '${dataset}' is not in datasets (ids: ${[...ids].join(', ')}); use one of them`,
    );
  }
  return Object.freeze({ dataset, file: parseFileName(reader, 'file') });
}

/** Looks datasets up by id and hands out quoted table and column names. */
export class DatasetRegistry {
  private readonly byId: ReadonlyMap<string, DatasetDef>;

  /** @param manifest a manifest returned by {@link parseManifest}. */
  constructor(readonly manifest: Manifest) {
    this.byId = new Map(manifest.datasets.map((def) => [def.id, def]));
  }

  /** Every dataset, in manifest order. */
  list(): readonly DatasetDef[] {
    return this.manifest.datasets;
  }

  /** The datasets shown as layers: every dataset that is not a published aggregate. */
  layers(): readonly DatasetDef[] {
    return this.manifest.datasets.filter((def) => def.aggregateOf === undefined);
  }

  /** Does the manifest list this dataset? */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The dataset's definition. @throws Error if the manifest does not list it. */
  get(id: string): DatasetDef {
    const def = this.byId.get(id);
    if (!def) {
      throw new Error(
        `dataset '${id}' is not in the manifest (it lists: ${[...this.byId.keys()].join(', ')})`,
      );
    }
    return def;
  }

  /** The dataset's table name, quoted for SQL. */
  tableName(id: string): string {
    return quoteIdent(datasetTableName(this.get(id)));
  }

  /** The column's definition. @throws Error if the dataset's schema has no such column. */
  columnDef(id: string, name: string): ColumnDef {
    const def = this.get(id);
    const column = def.columns.find((c) => c.name === name);
    if (!column) {
      throw new Error(
        `dataset '${id}' has no column '${name}' in the manifest (it has: ${def.columns.map((c) => c.name).join(', ')})`,
      );
    }
    return column;
  }

  /** The column's name, quoted for SQL. @throws Error if the dataset's schema has no such column. */
  column(id: string, name: string): string {
    return quoteIdent(this.columnDef(id, name).name);
  }
}
