/**
 * Reads what a Parquet file declares about its size (rows, uncompressed bytes) from its footer,
 * in plain JavaScript, before any decoder sees the file: a small file that would expand to
 * millions of rows is refused without spending the memory. The footer is Thrift's compact
 * protocol; only the few fields needed are kept, the rest are skipped.
 */
import type { DatasetDef } from '../manifest/manifest-types';
import { DatasetFileError } from '../engine/engine-errors';

/** What the footer says the file holds. */
export interface ParquetDeclaredSize {
  readonly rows: number;
  /** Sum of the row groups' uncompressed column data. */
  readonly uncompressedBytes: number;
}

/** How far a file may expand. */
export interface ExpansionLimits {
  readonly maxRows: number;
  readonly maxDecodedBytes: number;
}

/** Without `rows` in the manifest: far above any demo or provincial file, far below a tab's memory. */
export const DEFAULT_MAX_ROWS = 5_000_000;
export const DEFAULT_MAX_DECODED_BYTES = 512 * 1024 * 1024;
/** With `rows` in the manifest: this much per value, plus a little for the file's own overhead. */
const BYTES_PER_VALUE = 1024;
const SLACK_BYTES = 16 * 1024 * 1024;

/** The limits for a dataset: its manifest `rows` when given, else the defaults. */
export function expansionLimits(def: DatasetDef): ExpansionLimits {
  if (def.rows === undefined) {
    return { maxRows: DEFAULT_MAX_ROWS, maxDecodedBytes: DEFAULT_MAX_DECODED_BYTES };
  }
  const perRow = Math.max(1, def.columns.length) * BYTES_PER_VALUE;
  return {
    maxRows: def.rows,
    maxDecodedBytes: Math.min(DEFAULT_MAX_DECODED_BYTES, def.rows * perRow + SLACK_BYTES),
  };
}

/**
 * Refuses a file whose footer declares more rows or bytes than `limits` allow, or whose footer
 * cannot be read at all.
 * @throws DatasetFileError naming the file, the declared size and the limit.
 */
export function checkParquetExpansion(
  file: string,
  bytes: Uint8Array,
  limits: ExpansionLimits,
  manifestRows?: number,
): void {
  let declared: ParquetDeclaredSize;
  try {
    declared = readParquetDeclaredSize(bytes);
  } catch (error) {
    throw new DatasetFileError(
      file,
      `not a readable Parquet file (its footer is damaged: ${error instanceof Error ? error.message : String(error)}); send the file again`,
      { cause: error },
    );
  }
  const source =
    manifestRows === undefined ? 'the default limit' : `the manifest's rows (${manifestRows})`;
  if (declared.rows > limits.maxRows) {
    throw new DatasetFileError(
      file,
      `declares ${declared.rows} rows, more than ${limits.maxRows} allowed by ${source}; it was not decoded. Check the file, or set its rows in the manifest`,
    );
  }
  if (declared.uncompressedBytes > limits.maxDecodedBytes) {
    throw new DatasetFileError(
      file,
      `would expand to ${declared.uncompressedBytes} bytes, more than ${limits.maxDecodedBytes} allowed by ${source}; it was not decoded. Check the file`,
    );
  }
}

const MAGIC = 'PAR1';

/** Reads the declared row count and uncompressed size. @throws Error on a damaged footer. */
export function readParquetDeclaredSize(bytes: Uint8Array): ParquetDeclaredSize {
  const magic = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || magic(0) !== MAGIC || magic(bytes.length - 4) !== MAGIC) {
    throw new Error('no PAR1 marks at its start and end');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const footerLength = view.getUint32(bytes.length - 8, true);
  if (footerLength > bytes.length - 12) throw new Error('its footer length is out of range');
  const reader = new CompactReader(bytes.subarray(bytes.length - 8 - footerLength, -8));
  const meta = reader.struct(0);
  const rowGroups = meta.get(4);
  let uncompressedBytes = 0;
  if (Array.isArray(rowGroups)) {
    for (const group of rowGroups) {
      if (group instanceof Map) uncompressedBytes += numberField(group, 2);
    }
  }
  return { rows: numberField(meta, 3), uncompressedBytes };
}

function numberField(struct: ThriftStruct, id: number): number {
  const value = struct.get(id);
  if (typeof value !== 'number' || value < 0) throw new Error(`field ${id} is missing`);
  return value;
}

type ThriftValue = number | boolean | ThriftStruct | ThriftValue[] | null;
type ThriftStruct = Map<number, ThriftValue>;

/** Nesting deeper than this is a damaged (or hostile) footer, not a Parquet writer. */
const MAX_DEPTH = 32;

/** Thrift compact protocol, reading only; binary values are skipped (kept as null). */
class CompactReader {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  struct(depth: number): ThriftStruct {
    if (depth > MAX_DEPTH) throw new Error('its footer nests too deeply');
    const fields: ThriftStruct = new Map();
    let id = 0;
    for (;;) {
      const header = this.byte();
      const type = header & 0x0f;
      if (type === 0) return fields;
      const delta = header >> 4;
      id = delta === 0 ? this.zigzag() : id + delta;
      if (type === 1 || type === 2) fields.set(id, type === 1);
      else fields.set(id, this.value(type, depth));
    }
  }

  private value(type: number, depth: number): ThriftValue {
    switch (type) {
      case 1:
      case 2:
        return this.byte() === 1;
      case 3:
        return this.byte();
      case 4:
      case 5:
      case 6:
        return this.zigzag();
      case 7:
        this.skip(8);
        return null;
      case 8:
        this.skip(this.varint());
        return null;
      case 9:
      case 10:
        return this.list(depth);
      case 11:
        return this.map(depth);
      case 12:
        return this.struct(depth + 1);
      default:
        throw new Error(`its footer has an unknown Thrift type ${type}`);
    }
  }

  private list(depth: number): ThriftValue[] {
    const header = this.byte();
    const size = header >> 4 === 15 ? this.varint() : header >> 4;
    const items: ThriftValue[] = [];
    // Each element takes at least one byte: a larger size is a lie, caught before looping on it.
    if (size > this.bytes.length - this.at) throw new Error('a list in its footer is cut short');
    for (let i = 0; i < size; i++) items.push(this.value(header & 0x0f, depth + 1));
    return items;
  }

  private map(depth: number): null {
    const size = this.varint();
    if (size === 0) return null;
    if (size > this.bytes.length - this.at) throw new Error('a map in its footer is cut short');
    const types = this.byte();
    for (let i = 0; i < size; i++) {
      this.value(types >> 4, depth + 1);
      this.value(types & 0x0f, depth + 1);
    }
    return null;
  }

  private byte(): number {
    const value = this.bytes[this.at];
    if (value === undefined) throw new Error('its footer ends too early');
    this.at += 1;
    return value;
  }

  private skip(count: number): void {
    if (count > this.bytes.length - this.at) throw new Error('its footer ends too early');
    this.at += count;
  }

  /** An unsigned varint (up to 64 bits, as a number: exact up to 2^53, which is plenty here). */
  private varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new Error('its footer has a malformed number');
  }

  private zigzag(): number {
    const raw = this.varint();
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
  }
}
