/**
 * Arrow vectors and tables built straight into Arrow's buffers. apache-arrow's builders
 * (vectorFromArray, tableFromJSON) compile a null check with `new Function`, which the app's
 * Content-Security-Policy forbids (no 'unsafe-eval'); they are also slow for a million strings.
 */
import {
  Bool,
  DataType,
  DateDay,
  Float64,
  Int32,
  Precision,
  RecordBatch,
  Schema,
  Field,
  Struct,
  Table,
  Utf8,
  makeData,
  makeVector,
  type Data,
  type Vector,
} from 'apache-arrow';
import { jsonText } from './arrow-rows';

/** The validity bitmap of `values` (bit set = not null) and how many are null. */
export function validity(values: readonly unknown[]): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nulls = 0;
  values.forEach((value, i) => {
    if (value === null || value === undefined) nulls += 1;
    else bitmap[i >> 3] = (bitmap[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return { bitmap, nulls };
}

/** Text (anything not a string is null) written straight into Arrow's buffers. */
export function utf8Vector(values: readonly unknown[]): Vector {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  let bytes = new Uint8Array(1024);
  let end = 0;
  values.forEach((value, i) => {
    if (typeof value === 'string') {
      const needed = end + value.length * 3;
      if (needed > bytes.length) {
        const grown = new Uint8Array(Math.max(needed, bytes.length * 2));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(value, bytes.subarray(end)).written;
    }
    offsets[i + 1] = end;
  });
  const { bitmap, nulls } = validity(values);
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: bitmap,
      valueOffsets: offsets,
      data: bytes.subarray(0, end),
    }),
  );
}

const DAY_MS = 86_400_000;

/** Dates (ISO YYYY-MM-DD) as days since 1970 in Arrow's buffers (no builder: it needs eval). */
export function dateDayVector(values: readonly (string | null)[]): Vector {
  const days = new Int32Array(values.length);
  values.forEach((iso, i) => {
    if (iso !== null) days[i] = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
  });
  const { bitmap, nulls } = validity(values);
  return makeVector(
    makeData({
      type: new DateDay(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: bitmap,
      data: days,
    }),
  );
}

/** Booleans as Arrow's bit-packed buffer (no builder: it needs eval). */
export function boolVector(values: readonly (boolean | null)[]): Vector {
  const bits = new Uint8Array((values.length + 7) >> 3);
  values.forEach((value, i) => {
    if (value === true) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  });
  const { bitmap, nulls } = validity(values);
  return makeVector(
    makeData({
      type: new Bool(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: bitmap,
      data: bits,
    }),
  );
}

/**
 * An Arrow vector of `type` holding `values` (null = missing). Text, Float64 and Int32 are
 * written straight into Arrow's buffers: apache-arrow's generic builder takes seconds for a
 * million strings.
 */
export function vectorOf(values: readonly unknown[], type: DataType): Vector {
  if (DataType.isUtf8(type)) return utf8Vector(values);
  const int32 = DataType.isInt(type) && type.bitWidth === 32 && type.isSigned;
  const float64 = DataType.isFloat(type) && type.precision === Precision.DOUBLE;
  if (int32 || float64) {
    const { bitmap, nulls } = validity(values);
    const base = { length: values.length, nullCount: nulls, nullBitmap: bitmap };
    const numbers = (data: Float64Array | Int32Array) => {
      values.forEach((value, i) => {
        if (typeof value === 'number') data[i] = value;
      });
      return data;
    };
    return float64
      ? makeVector(
          makeData({
            ...base,
            type: new Float64(),
            data: numbers(new Float64Array(values.length)),
          }),
        )
      : makeVector(
          makeData({ ...base, type: new Int32(), data: numbers(new Int32Array(values.length)) }),
        );
  }
  throw new Error(`vectorOf: Arrow type id ${type.typeId} is written by reorderedVector only`);
}

/** Fixed-width types whose values sit in one typed array, `stride` elements per row. */
function isFixedWidth(type: DataType): boolean {
  return (
    DataType.isInt(type) ||
    DataType.isFloat(type) ||
    DataType.isDate(type) ||
    DataType.isTimestamp(type) ||
    DataType.isTime(type) ||
    DataType.isDecimal(type) ||
    DataType.isInterval(type) ||
    DataType.isDuration(type)
  );
}

/** Text of a value for a column that can only be shown: strings as they are, the rest as JSON. */
function shownText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return jsonText(value);
}

/**
 * `vector`'s rows in `order` (row indexes into `vector`), as one chunk of the same type: numbers,
 * dates, times and decimals are copied bit for bit, booleans bit by bit; text, dictionaries and
 * nested values become text (JSON for nested ones).
 */
export function reorderedVector(vector: Vector, order: ArrayLike<number>): Vector {
  const type = vector.type as DataType;
  const length = order.length;
  const rows = Array.from({ length }, (_, i) => order[i] ?? 0);
  if (!isFixedWidth(type) && !DataType.isBool(type)) {
    return utf8Vector(rows.map((row) => shownText(vector.get(row))));
  }
  const nullBitmap = new Uint8Array((length + 7) >> 3);
  let nullCount = 0;
  rows.forEach((row, i) => {
    if (vector.isValid(row)) nullBitmap[i >> 3] = (nullBitmap[i >> 3] ?? 0) | (1 << (i & 7));
    else nullCount += 1;
  });
  if (DataType.isBool(type)) {
    const bits = new Uint8Array((length + 7) >> 3);
    rows.forEach((row, i) => {
      if (vector.get(row) === true) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
    });
    return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap, data: bits }));
  }
  const chunks = vector.data as Data[];
  const stride = chunks[0]?.stride ?? 1;
  // Float64Array stands for whichever typed array the type keeps its values in.
  const firstValues = chunks[0]?.values as Float64Array | undefined;
  const ArrayType = (firstValues?.constructor ?? Float64Array) as new (
    length: number,
  ) => Float64Array;
  // The chunks' values, one after another (a chunk's values start at its first row).
  const all = new ArrayType(vector.length * stride);
  let at = 0;
  for (const chunk of chunks) {
    all.set((chunk.values as Float64Array).subarray(0, chunk.length * stride), at);
    at += chunk.length * stride;
  }
  const values = new ArrayType(length * stride);
  rows.forEach((row, i) => {
    for (let s = 0; s < stride; s++) values[i * stride + s] = all[row * stride + s] ?? 0;
  });
  return makeVector(makeData({ type, length, nullCount, nullBitmap, data: values } as never));
}

/**
 * A table of `columns` in this order and with these names exactly (a name may be `__proto__`,
 * `2564` or appear twice: a plain object would drop, reorder or merge those).
 */
export function tableOfColumns(columns: readonly (readonly [string, Vector])[]): Table {
  const fields = columns.map(([name, vector]) => new Field(name, vector.type as DataType, true));
  const schema = new Schema(fields);
  const length = columns[0]?.[1].length ?? 0;
  const chunkLengths = (vector: Vector) => vector.data.map((d) => d.length).join(',');
  const first = columns[0] ? chunkLengths(columns[0][1]) : '';
  const aligned = columns.every(([, vector]) => chunkLengths(vector) === first);
  const vectors = aligned
    ? columns.map(([, vector]) => vector)
    : columns.map(([, vector]) =>
        reorderedVector(
          vector,
          Uint32Array.from({ length }, (_, i) => i),
        ),
      );
  const chunkCount = vectors[0]?.data.length ?? 0;
  const batches = Array.from({ length: chunkCount }, (_, c) => {
    const children = vectors.map((vector) => vector.data[c] as Data);
    const rows = children[0]?.length ?? 0;
    return new RecordBatch(
      schema,
      makeData({ type: new Struct(fields), length: rows, nullCount: 0, children }),
    );
  });
  return new Table(schema, batches);
}
