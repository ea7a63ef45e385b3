/**
 * The manifest, validated, and the registry that hands out table and column names.
 *
 * SQL builders get every identifier from {@link DatasetRegistry}: a name that is not in the
 * manifest's schema fails here, with a message, instead of inside DuckDB.
 */
import { DataFileError, JsonObjectReader, isIsoTimestamp } from './json-fields';
import {
  COLUMN_TYPES,
  type Cadence,
  type ColumnDef,
  type DataFormat,
  type DatasetDef,
  type LocalText,
  type Manifest,
  type PreviewDef,
} from './manifest-types';
import { quoteIdent } from './sql';

/**
 * Dataset ids double as table names: lower-case letters, digits and `_`, starting with a letter.
 * `__` is reserved for the loader's staging tables (`<id>__staging`).
 */
export const DATASET_ID_PATTERN = /^(?!.*__)[a-z][a-z0-9_]{0,62}$/;

const CADENCES: readonly Cadence[] = ['daily', 'weekly', 'monthly', 'yearly', 'once'];
const FORMATS: readonly DataFormat[] = ['parquet', 'csv'];
const MANIFEST_KEYS = ['version', 'generatedAt', 'datasets', 'preview'];
const DATASET_KEYS = [
  'id',
  'title',
  'unit',
  'source',
  'licence',
  'asOf',
  'period',
  'cadence',
  'demo',
  'minGroupSize',
  'aggregateOf',
  'deferred',
  'file',
  'version',
  'rows',
  'format',
  'columns',
];
const COLUMN_KEYS = ['name', 'type', 'nullable', 'description'];

/** The DuckDB table (unquoted) that holds a dataset. */
export function datasetTableName(def: DatasetDef): string {
  return def.id;
}

/**
 * Validates a parsed manifest.json and returns a frozen copy holding only the contract's fields.
 * @param sourceName the file name used in error messages, e.g. "manifest.json".
 * @throws DataFileError naming the file, the dataset and the field, and what to do.
 */
export function parseManifest(json: unknown, sourceName: string): Manifest {
  const root = JsonObjectReader.of(json, sourceName, '');
  root.rejectUnknownKeys(MANIFEST_KEYS);
  const version = root.required('version', 'use 1');
  if (version !== 1) {
    throw root.fail(
      `version must be 1, found ${JSON.stringify(version)}; this app reads version 1`,
    );
  }
  const generatedAt = root.string('generatedAt', 'when the manifest was written');
  if (!isIsoTimestamp(generatedAt)) {
    throw root.fail(
      `generatedAt '${generatedAt}' is not an ISO timestamp such as 2025-06-01T08:00:00Z`,
    );
  }
  const list = root.array('datasets', 'one entry per data file');
  if (list.length === 0) throw root.fail('datasets is empty; list at least one data file');
  const datasets: DatasetDef[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const def = parseDataset(entry, sourceName, index);
    if (seen.has(def.id)) {
      throw new DataFileError(
        `${sourceName}: datasets[${index}] (${def.id}): id '${def.id}' is used twice; give each dataset its own id`,
      );
    }
    seen.add(def.id);
    datasets.push(def);
  });
  checkAggregates(datasets, sourceName);
  const preview = parsePreviewDef(root.object('preview', 'the first-paint file'), seen);
  return Object.freeze({ version: 1, generatedAt, datasets: Object.freeze(datasets), preview });
}

function parseDataset(entry: unknown, source: string, index: number): DatasetDef {
  const rawId = JsonObjectReader.of(entry, source, `datasets[${index}]`).raw('id');
  const label = `datasets[${index}]${typeof rawId === 'string' ? ` (${rawId})` : ''}`;
  const reader = JsonObjectReader.of(entry, source, label);
  reader.rejectUnknownKeys(DATASET_KEYS);
  const id = reader.string('id', 'the table name, e.g. road_safety');
  if (!DATASET_ID_PATTERN.test(id)) {
    throw reader.fail(
      `id '${id}' must be lower-case letters, digits and single _ and start with a letter (it becomes a table name)`,
    );
  }
  const period = reader.object('period', 'the dates the data covers: { "from", "to" }');
  period.rejectUnknownKeys(['from', 'to']);
  const from = period.isoDate('from', 'first day covered');
  const to = period.isoDate('to', 'last day covered');
  if (from > to) throw period.fail(`from '${from}' is after to '${to}'; swap them`);
  const minGroupSize =
    reader.raw('minGroupSize') === undefined
      ? undefined
      : reader.integer('minGroupSize', 2, 'smallest group of records that may be shown');
  const aggregateOf =
    reader.raw('aggregateOf') === undefined
      ? undefined
      : reader.string('aggregateOf', 'the id of the dataset this table summarises');
  const deferred =
    reader.raw('deferred') === undefined
      ? undefined
      : reader.boolean('deferred', 'true to load the file after every other dataset');
  const version = reader.optionalString('version', 'a label of the file contents, e.g. a hash');
  const rows =
    reader.raw('rows') === undefined
      ? undefined
      : reader.integer('rows', 0, 'the number of rows in the file');
  const def: DatasetDef = {
    id,
    title: parseLocalText(reader, 'title'),
    unit: parseLocalText(reader, 'unit'),
    source: parseLocalText(reader, 'source'),
    licence: reader.string('licence', 'the licence name, e.g. CC-BY-4.0'),
    asOf: reader.isoDate('asOf', 'the date of the newest data'),
    period: Object.freeze({ from, to }),
    cadence: reader.oneOf('cadence', CADENCES),
    demo: reader.boolean('demo', 'true when the numbers are generated'),
    ...(minGroupSize === undefined ? {} : { minGroupSize }),
    ...(aggregateOf === undefined ? {} : { aggregateOf }),
    ...(deferred === undefined ? {} : { deferred }),
    file: parseFileName(reader, 'file'),
    ...(version === undefined ? {} : { version }),
    ...(rows === undefined ? {} : { rows }),
    format: reader.oneOf('format', FORMATS),
    columns: parseColumns(reader),
  };
  return Object.freeze(def);
}

/** Every aggregateOf names a dataset of the manifest that is not an aggregate itself. */
function checkAggregates(datasets: readonly DatasetDef[], source: string): void {
  const byId = new Map(datasets.map((def) => [def.id, def]));
  datasets.forEach((def, index) => {
    if (def.aggregateOf === undefined) return;
    const parent = byId.get(def.aggregateOf);
    const where = `${source}: datasets[${index}] (${def.id})`;
    if (!parent) {
      throw new DataFileError(
        `${where}: aggregateOf '${def.aggregateOf}' is not a dataset of the manifest; list that dataset or remove aggregateOf`,
      );
    }
    if (parent.aggregateOf !== undefined) {
      throw new DataFileError(
        `${where}: aggregateOf '${def.aggregateOf}' is itself an aggregate; name the dataset it summarises`,
      );
    }
  });
}

function parseLocalText(parent: JsonObjectReader, key: string): LocalText {
  const reader = parent.object(key, 'a text in Thai and English: { "th", "en" }');
  reader.rejectUnknownKeys(['th', 'en']);
  return Object.freeze({
    th: reader.string('th', 'the Thai text'),
    en: reader.string('en', 'the English text'),
  });
}

/** A path relative to the manifest, or an absolute http(s) URL; nothing that escapes either. */
function parseFileName(reader: JsonObjectReader, key: string): string {
  const file = reader.string(key, 'a file name next to the manifest or an http(s) URL');
  const bad = (why: string): DataFileError =>
    reader.fail(`${key} '${file}' ${why}; use a name relative to the manifest or an http(s) URL`);
  if (file.includes('\\')) throw bad('contains a backslash');
  if (file.startsWith('/'))
    throw bad('starts with /, which breaks when the app is not at the root');
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) {
    let url: URL;
    try {
      url = new URL(file);
    } catch {
      throw bad('is not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw bad(`uses ${url.protocol}, which the app does not fetch`);
    }
  }
  return file;
}

function parseColumns(reader: JsonObjectReader): readonly ColumnDef[] {
  const list = reader.array('columns', 'the table schema');
  if (list.length === 0) throw reader.fail('columns is empty; list every column of the file');
  const seen = new Set<string>();
  const columns = list.map((entry, index) => {
    const rawName = JsonObjectReader.of(entry, reader.source, `${reader.where}: columns[${index}]`);
    const name = rawName.raw('name');
    const where = `${reader.where}: columns[${index}]${typeof name === 'string' ? ` (${name})` : ''}`;
    const column = JsonObjectReader.of(entry, reader.source, where);
    column.rejectUnknownKeys(COLUMN_KEYS);
    const def = parseColumn(column);
    // DuckDB identifiers are case-insensitive, so "Lat" and "lat" would collide in one table.
    const key = def.name.toLowerCase();
    if (seen.has(key)) throw column.fail(`column '${def.name}' is listed twice; keep one`);
    seen.add(key);
    return def;
  });
  return Object.freeze(columns);
}

function parseColumn(column: JsonObjectReader): ColumnDef {
  const name = column.string('name', 'the column name in the file');
  const description = column.optionalString('description', 'what the column holds');
  const def: ColumnDef = {
    name,
    type: column.oneOf('type', COLUMN_TYPES),
    nullable: column.boolean('nullable', 'may the column hold empty values?'),
    ...(description === undefined ? {} : { description }),
  };
  return Object.freeze(def);
}

function parsePreviewDef(reader: JsonObjectReader, ids: ReadonlySet<string>): PreviewDef {
  reader.rejectUnknownKeys(['dataset', 'file']);
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
