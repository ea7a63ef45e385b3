/**
 * Validation of one dataset entry of the manifest. An entry that fails throws a DataFileError
 * naming the entry and the field; parseManifest (registry.ts) then leaves that entry out and
 * loads the others. Fields this app does not know are not errors: a newer manifest may add them,
 * so they are recorded in `ignored` and skipped. `"kind": "indicator"` entries also carry `keys`
 * and `measures` (manifest-indicator.ts).
 */
import { JsonObjectReader } from './json-fields';
import { parseIndicator } from './manifest-indicator';
import { parseCaveats, parseProvenance } from './manifest-provenance';
import {
  COLUMN_TYPES,
  type Cadence,
  type ColumnDef,
  type DataFormat,
  type DatasetDef,
  type LocalText,
} from './manifest-types';

/**
 * Dataset ids double as table names: lower-case letters, digits and `_`, starting with a letter.
 * `__` is reserved for the loader's staging tables (`<id>__staging`).
 */
export const DATASET_ID_PATTERN = /^(?!.*__)[a-z][a-z0-9_]{0,62}$/;

const CADENCES: readonly Cadence[] = ['daily', 'weekly', 'monthly', 'yearly', 'once'];
const FORMATS: readonly DataFormat[] = ['parquet', 'csv'];
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
  'restricted',
  'file',
  'version',
  'rows',
  'format',
  'columns',
  'kind',
  'keys',
  'measures',
  'caveats',
  'provenance',
];
/** Values of `kind`; absent means a dataset the app has code for. */
const KINDS = ['indicator'] as const;
const COLUMN_KEYS = ['name', 'type', 'nullable', 'description'];

/**
 * Skips the fields outside `allowed`, noting each in `ignored` as "<where>: <field>". A field that
 * differs from a known one only in case (say `minGroupsize`) is a misspelling, not a newer field:
 * ignoring it could drop a privacy setting, so it fails the entry.
 */
export function skipUnknownKeys(
  reader: JsonObjectReader,
  allowed: readonly string[],
  ignored: string[],
): void {
  for (const key of reader.keys()) {
    if (allowed.includes(key)) continue;
    const meant = allowed.find((known) => known.toLowerCase() === key.toLowerCase());
    if (meant !== undefined) {
      throw reader.fail(`field '${key}' is misspelt; write '${meant}'`);
    }
    ignored.push(reader.where ? `${reader.where}: ${key}` : key);
  }
}

/** The label of entry `index` in messages: "datasets[2] (road_safety)", or "datasets[2]" with no readable id. */
export function entryLabel(entry: unknown, index: number): string {
  const rawId =
    typeof entry === 'object' &&
    entry !== null &&
    !Array.isArray(entry) &&
    Object.hasOwn(entry, 'id')
      ? (entry as Record<string, unknown>).id
      : undefined;
  return `datasets[${index}]${typeof rawId === 'string' && rawId.trim() !== '' ? ` (${rawId})` : ''}`;
}

/**
 * Validates dataset entry `index`; unknown fields go to `ignored`.
 * @throws DataFileError naming the entry, the field and what to do.
 */
export function parseDataset(
  entry: unknown,
  source: string,
  index: number,
  ignored: string[],
): DatasetDef {
  const reader = JsonObjectReader.of(entry, source, entryLabel(entry, index));
  skipUnknownKeys(reader, DATASET_KEYS, ignored);
  const id = reader.string('id', 'the table name, e.g. road_safety');
  if (!DATASET_ID_PATTERN.test(id)) {
    throw reader.fail(
      `id '${id}' must be lower-case letters, digits and single _ and start with a letter (it becomes a table name)`,
    );
  }
  const period = reader.object('period', 'the dates the data covers: { "from", "to" }');
  skipUnknownKeys(period, ['from', 'to'], ignored);
  const from = period.isoDate('from', 'first day covered');
  const to = period.isoDate('to', 'last day covered');
  if (from > to) throw period.fail(`from '${from}' is after to '${to}'; swap them`);
  const minGroupSize =
    reader.raw('minGroupSize') === undefined
      ? undefined
      : reader.integer('minGroupSize', 2, 'smallest group of records that may be shown');
  const aggregateOf = reader.optionalString(
    'aggregateOf',
    'the id of the dataset this table summarises',
  );
  const deferred =
    reader.raw('deferred') === undefined
      ? undefined
      : reader.boolean('deferred', 'true to load the file after every other dataset');
  const restricted =
    reader.raw('restricted') === undefined
      ? undefined
      : reader.boolean('restricted', 'true for a file only signed-in people may fetch');
  const file = parseFileName(reader, 'file');
  checkRestrictedPath(reader, file, restricted === true);
  const version = reader.optionalString('version', 'a label of the file contents, e.g. a hash');
  const rows =
    reader.raw('rows') === undefined
      ? undefined
      : reader.integer('rows', 0, 'the number of rows in the file');
  const indicator = parseKind(reader, id, ignored);
  const caveats = parseCaveats(reader, (parent, key) => parseLocalText(parent, key, ignored));
  const provenance = parseProvenance(reader, (object, allowed) => {
    skipUnknownKeys(object, allowed, ignored);
  });
  const def: DatasetDef = {
    id,
    title: parseLocalText(reader, 'title', ignored),
    unit: parseLocalText(reader, 'unit', ignored),
    source: parseLocalText(reader, 'source', ignored),
    licence: reader.string('licence', 'the licence name, e.g. CC-BY-4.0'),
    asOf: reader.isoDate('asOf', 'the date of the newest data'),
    period: Object.freeze({ from, to }),
    cadence: reader.oneOf('cadence', CADENCES),
    demo: reader.boolean('demo', 'true when the numbers are generated'),
    ...(minGroupSize === undefined ? {} : { minGroupSize }),
    ...(aggregateOf === undefined ? {} : { aggregateOf }),
    ...(deferred === undefined ? {} : { deferred }),
    ...(restricted === undefined ? {} : { restricted }),
    file,
    ...(version === undefined ? {} : { version }),
    ...(rows === undefined ? {} : { rows }),
    format: reader.oneOf('format', FORMATS),
    columns: indicator?.columns ?? parseColumns(reader, ignored),
    ...(indicator === undefined ? {} : { indicator: indicator.spec }),
    ...(caveats === undefined ? {} : { caveats }),
    ...(provenance === undefined ? {} : { provenance }),
  };
  return Object.freeze(def);
}

/**
 * The indicator part of an entry with `"kind": "indicator"`, or undefined for an entry without
 * `kind`; `keys` and `measures` without it are a mistake, not a newer field.
 */
function parseKind(reader: JsonObjectReader, id: string, ignored: string[]) {
  if (reader.raw('kind') === undefined) {
    for (const field of ['keys', 'measures']) {
      if (reader.raw(field) !== undefined) {
        throw reader.fail(
          `${field} is read only with "kind": "indicator"; add kind or remove ${field}`,
        );
      }
    }
    return undefined;
  }
  reader.oneOf('kind', KINDS);
  const declared = reader.raw('columns') === undefined ? undefined : parseColumns(reader, ignored);
  return parseIndicator(
    reader,
    id,
    declared,
    (parent, key) => parseLocalText(parent, key, ignored),
    (object, allowed) => {
      skipUnknownKeys(object, allowed, ignored);
    },
  );
}

function parseLocalText(parent: JsonObjectReader, key: string, ignored: string[]): LocalText {
  const reader = parent.object(key, 'a text in Thai and English: { "th", "en" }');
  skipUnknownKeys(reader, ['th', 'en'], ignored);
  return Object.freeze({
    th: reader.string('th', 'the Thai text'),
    en: reader.string('en', 'the English text'),
  });
}

/** The folder next to the manifest that the web server guards (scripts/deploy/). */
export const RESTRICTED_FOLDER = 'restricted/';

/**
 * A restricted file must sit in the guarded folder (anywhere else anyone could fetch it), and a
 * file there must be marked restricted (the app would take the server's refusal for a failure).
 */
function checkRestrictedPath(reader: JsonObjectReader, file: string, restricted: boolean): void {
  const guarded = file.startsWith(RESTRICTED_FOLDER);
  if (restricted && !guarded) {
    throw reader.fail(
      `restricted is true but file '${file}' is not under ${RESTRICTED_FOLDER}, the folder the web server guards; move it to ${RESTRICTED_FOLDER}${file.split('/').pop() ?? file}`,
    );
  }
  if (!restricted && guarded) {
    throw reader.fail(
      `file '${file}' is under ${RESTRICTED_FOLDER}, the folder the web server guards; add "restricted": true or move the file out`,
    );
  }
}

/** A path relative to the manifest, or an absolute http(s) URL; nothing that escapes either. */
export function parseFileName(reader: JsonObjectReader, key: string): string {
  const file = reader.string(key, 'a file name next to the manifest or an http(s) URL');
  const bad = (why: string) =>
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

function parseColumns(reader: JsonObjectReader, ignored: string[]): readonly ColumnDef[] {
  const list = reader.array('columns', 'the table schema');
  if (list.length === 0) throw reader.fail('columns is empty; list every column of the file');
  const seen = new Set<string>();
  const columns = list.map((entry, index) => {
    const rawName = JsonObjectReader.of(entry, reader.source, `${reader.where}: columns[${index}]`);
    const name = rawName.raw('name');
    const where = `${reader.where}: columns[${index}]${typeof name === 'string' ? ` (${name})` : ''}`;
    const column = JsonObjectReader.of(entry, reader.source, where);
    skipUnknownKeys(column, COLUMN_KEYS, ignored);
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
