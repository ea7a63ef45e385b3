/**
 * Writes column arrays to Parquet bytes: an Apache Arrow table with explicit types built from the
 * dataset's column definitions (data/datasets.json), then parquet-wasm. The bytes depend only on
 * the values, so equal data gives equal files.
 */
import {
  Bool,
  DateDay,
  Field,
  Float64,
  Int32,
  RecordBatch,
  Schema,
  Struct,
  Table as ArrowTable,
  TimestampMillisecond,
  Utf8,
  makeData,
  tableToIPC,
  type Data,
  type DataType,
} from 'apache-arrow';
import { Compression, Table, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import type { ColumnDef } from '../../src/data/manifest/manifest-types';

/**
 * The values of one column, by its contract type:
 * INTEGER and DATE (days since 1970-01-01): Int32Array, or (number | null)[] when nullable;
 * DOUBLE and TIMESTAMP (milliseconds since 1970-01-01, local time): Float64Array;
 * VARCHAR: (string | null)[]; BOOLEAN: boolean[].
 */
export type ColumnValues =
  | Int32Array
  | Float64Array
  | readonly (number | null)[]
  | readonly (string | null)[]
  | readonly boolean[];

/** A table as named column arrays of equal length. */
export type ColumnStore = Readonly<Record<string, ColumnValues>>;

const ROWS_PER_ROW_GROUP = 131_072;

/** Packs a per-row flag into an Arrow bitmap (least significant bit first). */
function bitmap(length: number, isSet: (index: number) => boolean): Uint8Array {
  const bits = new Uint8Array(Math.ceil(length / 8));
  for (let i = 0; i < length; i++) {
    if (isSet(i)) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  }
  return bits;
}

function nullableNumbers(values: readonly unknown[], name: string): Int32Array {
  return Int32Array.from(values, (value) => {
    if (value === null) return 0;
    if (typeof value !== 'number') throw new Error(`column ${name}: ${typeof value} is no number`);
    return value;
  });
}

interface Int32Props {
  readonly length: number;
  readonly data: Int32Array;
  readonly nullCount: number;
  readonly nullBitmap?: Uint8Array;
}

function int32Props(values: ColumnValues, name: string): Int32Props {
  if (values instanceof Int32Array) return { length: values.length, data: values, nullCount: 0 };
  if (values instanceof Float64Array) throw new Error(`column ${name}: expected integers`);
  return {
    length: values.length,
    data: nullableNumbers(values, name),
    nullCount: values.filter((value) => value === null).length,
    nullBitmap: bitmap(values.length, (i) => values[i] !== null),
  };
}

function float64Array(values: ColumnValues, name: string): Float64Array {
  if (values instanceof Float64Array) return values;
  throw new Error(`column ${name}: expected a Float64Array`);
}

function utf8Data(values: ColumnValues, name: string): Data {
  if (!Array.isArray(values)) throw new Error(`column ${name}: expected an array of strings`);
  const encoder = new TextEncoder();
  const encodedByText = new Map<string, Uint8Array>();
  const offsets = new Int32Array(values.length + 1);
  const parts: Uint8Array[] = [];
  let size = 0;
  values.forEach((value: unknown, i) => {
    if (value !== null) {
      if (typeof value !== 'string') throw new Error(`column ${name}: ${typeof value} is no text`);
      let bytes = encodedByText.get(value);
      if (!bytes) {
        bytes = encoder.encode(value);
        encodedByText.set(value, bytes);
      }
      parts.push(bytes);
      size += bytes.length;
    }
    offsets[i + 1] = size;
  });
  const data = new Uint8Array(size);
  let position = 0;
  for (const part of parts) {
    data.set(part, position);
    position += part.length;
  }
  const nullCount = values.filter((value) => value === null).length;
  const nullBitmap = bitmap(values.length, (i) => values[i] !== null);
  return makeData({
    type: new Utf8(),
    length: values.length,
    valueOffsets: offsets,
    data,
    nullCount,
    nullBitmap,
  });
}

function columnData(column: ColumnDef, values: ColumnValues): Data {
  switch (column.type) {
    case 'INTEGER':
      return makeData({ type: new Int32(), ...int32Props(values, column.name) });
    case 'DATE':
      return makeData({ type: new DateDay(), ...int32Props(values, column.name) });
    case 'DOUBLE': {
      const data = float64Array(values, column.name);
      return makeData({ type: new Float64(), length: data.length, data });
    }
    case 'TIMESTAMP': {
      const millis = float64Array(values, column.name);
      const data = BigInt64Array.from(millis, (ms) => BigInt(Math.round(ms)));
      return makeData({ type: new TimestampMillisecond(), length: millis.length, data });
    }
    case 'VARCHAR':
      return utf8Data(values, column.name);
    case 'BOOLEAN': {
      if (!Array.isArray(values)) throw new Error(`column ${column.name}: expected booleans`);
      const flags = values as readonly unknown[];
      return makeData({
        type: new Bool(),
        length: flags.length,
        data: bitmap(flags.length, (i) => flags[i] === true),
      });
    }
    case 'BIGINT':
      throw new Error(`column ${column.name}: BIGINT is not used by the demo data`);
  }
}

/** Builds the Arrow table of `store` with exactly the names, types and order of `columns`. */
export function toArrowTable(columns: readonly ColumnDef[], store: ColumnStore): ArrowTable {
  const children = columns.map((column) => {
    const values = store[column.name];
    if (!values) throw new Error(`no values for column ${column.name}`);
    const data = columnData(column, values);
    if (!column.nullable && data.nullCount > 0) {
      throw new Error(`column ${column.name} is not nullable but holds ${data.nullCount} nulls`);
    }
    return data;
  });
  const extra = Object.keys(store).filter((name) => !columns.some((c) => c.name === name));
  if (extra.length > 0) throw new Error(`columns not in the definition: ${extra.join(', ')}`);
  const length = children[0]?.length ?? 0;
  if (children.some((child) => child.length !== length))
    throw new Error('columns differ in length');
  const fields = columns.map(
    (column, i) => new Field(column.name, children[i]?.type as DataType, column.nullable),
  );
  const struct = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return new ArrowTable([new RecordBatch(new Schema(fields), struct)]);
}

/** Parquet bytes (ZSTD, dictionary-encoded where it helps) of `store` laid out as `columns`. */
export function writeParquetBytes(columns: readonly ColumnDef[], store: ColumnStore): Uint8Array {
  const ipc = tableToIPC(toArrowTable(columns, store), 'stream');
  const properties = new WriterPropertiesBuilder()
    .setCompression(Compression.ZSTD)
    .setMaxRowGroupSize(ROWS_PER_ROW_GROUP)
    .setCreatedBy('War Room demo generator (parquet-wasm 0.8)')
    .build();
  return writeParquet(Table.fromIPCStream(ipc), properties);
}
