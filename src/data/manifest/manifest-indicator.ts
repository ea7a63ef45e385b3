/**
 * Validation of the indicator part of a manifest entry (`"kind": "indicator"`, issue 14): its
 * `keys`, its `measures` and the table schema they imply. A ministry adds such a dataset with a
 * file and an entry, no code, so every field is checked here with a message that names it.
 */
import { AGGREGATES } from '../published/aggregates';
import { describeValue, JsonObjectReader } from './json-fields';
import {
  CORE_DATASET_IDS,
  type ColumnDef,
  type ColumnType,
  type IndicatorAggregate,
  type IndicatorMeasure,
  type IndicatorSpec,
  type LocalText,
} from './manifest-types';

/** Indicator ids: any such id (they are not bound to code); also a table name. */
export const INDICATOR_ID_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

const AGGREGATES_ALLOWED: readonly IndicatorAggregate[] = ['sum', 'mean', 'weighted', 'ratio'];
const BETTER: readonly ('higher' | 'lower')[] = ['higher', 'lower'];
const MEASURE_KEYS = [
  'column',
  'title',
  'unit',
  'better',
  'aggregate',
  'weight',
  'numerator',
  'denominator',
  'scale',
];
/** Column types a figure can be summed from. */
const NUMBER_TYPES: readonly ColumnType[] = ['INTEGER', 'BIGINT', 'DOUBLE'];

/** Reads one `{ "th", "en" }` text; passed in so this file shares manifest-entry.ts's reader. */
export type LocalTextReader = (parent: JsonObjectReader, key: string) => LocalText;
/** Skips unknown fields the way manifest-entry.ts does. */
export type UnknownKeySkipper = (reader: JsonObjectReader, allowed: readonly string[]) => void;

/**
 * The indicator spec of entry `reader` and its table columns: `declared` (the entry's own
 * `columns`, checked against the keys and measures) or, when absent, columns derived from them.
 * The province key column is always INTEGER and nullable: the loader turns names and codes into
 * TIS-1099 codes, NULL where no province matches.
 * @throws DataFileError naming the entry, the field and what to do.
 */
export function parseIndicator(
  reader: JsonObjectReader,
  id: string,
  declared: readonly ColumnDef[] | undefined,
  readText: LocalTextReader,
  skip: UnknownKeySkipper,
): { readonly spec: IndicatorSpec; readonly columns: readonly ColumnDef[] } {
  checkIndicatorId(reader, id);
  if (reader.raw('aggregateOf') !== undefined) {
    throw reader.fail('aggregateOf is not for an indicator; remove it');
  }
  const keysReader = reader.object('keys', '{ "province": "<column>", "date": "<column>" }');
  skip(keysReader, ['province', 'date']);
  const province = keysReader.string('province', 'the column holding province codes or names');
  const date =
    keysReader.raw('date') === undefined || keysReader.raw('date') === null
      ? null
      : keysReader.string('date', 'the column holding the date; leave out for a snapshot');
  if (date !== null && sameName(date, province)) {
    throw keysReader.fail(`date '${date}' is the province column too; name the date column`);
  }
  const list = reader.array('measures', 'the figures of the dataset');
  if (list.length === 0) throw reader.fail('measures is empty; list at least one figure');
  const measures = list.map((entry, index) =>
    parseMeasure(
      JsonObjectReader.of(entry, reader.source, `${reader.where}: measures[${index}]`),
      readText,
      skip,
    ),
  );
  const used = [province, ...(date === null ? [] : [date])];
  measures.forEach((measure, index) => {
    const clash = used.find((name) => sameName(name, measure.column));
    if (clash !== undefined) {
      throw reader.fail(
        `measures[${index}].column '${measure.column}' is used already (by a key or another measure); give each measure its own column`,
      );
    }
    used.push(measure.column);
  });
  const spec: IndicatorSpec = Object.freeze({
    keys: Object.freeze({ province, date }),
    measures: Object.freeze(measures),
  });
  const columns =
    declared === undefined ? derivedColumns(spec) : checkedColumns(reader, spec, declared);
  return { spec, columns };
}

function checkIndicatorId(reader: JsonObjectReader, id: string): void {
  if (!INDICATOR_ID_PATTERN.test(id)) {
    throw reader.fail(
      `id '${id}' of an indicator must be at most 32 lower-case letters, digits and _, starting with a letter`,
    );
  }
  const reserved: readonly string[] = [...CORE_DATASET_IDS, ...AGGREGATES.map((a) => a.id)];
  if (reserved.includes(id)) {
    throw reader.fail(
      `id '${id}' belongs to a dataset the app ships; give the indicator another id`,
    );
  }
}

function parseMeasure(
  measure: JsonObjectReader,
  readText: LocalTextReader,
  skip: UnknownKeySkipper,
): IndicatorMeasure {
  skip(measure, MEASURE_KEYS);
  const column = measure.string('column', 'the column holding the figure');
  const aggregate = measure.oneOf('aggregate', AGGREGATES_ALLOWED);
  const needs = (field: string, needed: boolean): string | undefined => {
    if (!needed) {
      if (measure.raw(field) !== undefined) {
        throw measure.fail(
          `${field} is read only with aggregate ${field === 'weight' ? 'weighted' : 'ratio'}; remove it or change aggregate`,
        );
      }
      return undefined;
    }
    return measure.string(field, `the column ${aggregate} needs`);
  };
  const weight = needs('weight', aggregate === 'weighted');
  const numerator = needs('numerator', aggregate === 'ratio');
  const denominator = needs('denominator', aggregate === 'ratio');
  const scale = measure.raw('scale') === undefined ? undefined : readScale(measure, aggregate);
  if (numerator !== undefined && denominator !== undefined && sameName(numerator, denominator)) {
    throw measure.fail(`numerator and denominator are both '${numerator}'; name two columns`);
  }
  const def: IndicatorMeasure = {
    column,
    title: readText(measure, 'title'),
    unit: readText(measure, 'unit'),
    better: measure.oneOf('better', BETTER),
    aggregate,
    ...(weight === undefined ? {} : { weight }),
    ...(numerator === undefined ? {} : { numerator }),
    ...(denominator === undefined ? {} : { denominator }),
    ...(scale === undefined ? {} : { scale }),
  };
  return Object.freeze(def);
}

function readScale(measure: JsonObjectReader, aggregate: IndicatorAggregate): number {
  if (aggregate !== 'ratio') {
    throw measure.fail('scale is read only with aggregate ratio; remove it or change aggregate');
  }
  const scale = measure.raw('scale');
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0) {
    throw measure.fail(
      `scale must be a number above 0 (the ratio is multiplied by it, e.g. 100), found ${describeValue(scale)}`,
    );
  }
  return scale;
}

/** The file columns one measure reads. */
function measureInputs(measure: IndicatorMeasure): string[] {
  switch (measure.aggregate) {
    case 'sum':
    case 'mean':
      return [measure.column];
    case 'weighted':
      return [measure.column, measure.weight ?? ''];
    case 'ratio':
      return [measure.numerator ?? '', measure.denominator ?? ''];
  }
}

const provinceColumn = (name: string): ColumnDef =>
  Object.freeze({ name, type: 'INTEGER', nullable: true });

/** The columns of an entry without `columns`: keys, then every measure input as a nullable DOUBLE. */
function derivedColumns(spec: IndicatorSpec): readonly ColumnDef[] {
  const columns: ColumnDef[] = [provinceColumn(spec.keys.province)];
  if (spec.keys.date !== null) {
    columns.push(Object.freeze({ name: spec.keys.date, type: 'DATE', nullable: true }));
  }
  for (const name of spec.measures.flatMap(measureInputs)) {
    if (columns.some((column) => sameName(column.name, name))) continue;
    columns.push(Object.freeze({ name, type: 'DOUBLE', nullable: true }));
  }
  return Object.freeze(columns);
}

/** `declared` with every key and measure input present and of a fitting type. */
function checkedColumns(
  reader: JsonObjectReader,
  spec: IndicatorSpec,
  declared: readonly ColumnDef[],
): readonly ColumnDef[] {
  const find = (name: string, what: string): ColumnDef => {
    const column = declared.find((c) => c.name === name);
    if (column === undefined) {
      throw reader.fail(
        `${what} '${name}' is not in columns (it has: ${declared.map((c) => c.name).join(', ')}); add it or leave columns out`,
      );
    }
    return column;
  };
  find(spec.keys.province, 'keys.province');
  if (spec.keys.date !== null) {
    const date = find(spec.keys.date, 'keys.date');
    if (date.type !== 'DATE') {
      throw reader.fail(`keys.date column '${date.name}' is ${date.type}; declare it DATE`);
    }
  }
  spec.measures.forEach((measure, index) => {
    for (const name of measureInputs(measure)) {
      const column = find(name, `measures[${index}] column`);
      if (!NUMBER_TYPES.includes(column.type)) {
        throw reader.fail(
          `measures[${index}] column '${name}' is ${column.type}; a figure needs ${NUMBER_TYPES.join(', ')}`,
        );
      }
    }
  });
  return Object.freeze(
    declared.map((column) =>
      column.name === spec.keys.province ? provinceColumn(column.name) : column,
    ),
  );
}

/** DuckDB names are case-insensitive: "Month" and "month" are one column. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
