/**
 * Just enough of Thrift's compact protocol to read a Parquet footer's row-group sizes without
 * decoding the file: a cursor over the bytes that reads varints and skips any value it does not
 * need. Every read is bounds-checked; a footer that runs past its end or nests too deep throws.
 */

/** Thrift compact type ids (the low nibble of a field header). */
export const CompactType = {
  stop: 0,
  boolTrue: 1,
  boolFalse: 2,
  byte: 3,
  i16: 4,
  i32: 5,
  i64: 6,
  double: 7,
  binary: 8,
  list: 9,
  set: 10,
  map: 11,
  struct: 12,
} as const;

/** Structs nested deeper than this are refused (a real footer nests a handful of levels). */
const MAX_DEPTH = 32;

/** A read position in compact-protocol bytes. */
export class CompactReader {
  private at: number;

  constructor(
    private readonly bytes: Uint8Array,
    start = 0,
  ) {
    this.at = start;
  }

  /** One byte. @throws Error past the end. */
  byte(): number {
    const value = this.bytes[this.at];
    if (value === undefined) throw new Error('footer ends early');
    this.at += 1;
    return value;
  }

  /**
   * An unsigned varint as a Number (exact below 2^53, which any real size is; larger values
   * come out approximate but still huge, which is all a limit needs).
   */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let n = 0; n < 10; n += 1) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new Error('varint longer than 10 bytes');
  }

  /** A zigzag-encoded signed varint (i16, i32, i64). */
  zigzag(): number {
    const raw = this.varint();
    // (raw >>> 1) ^ -(raw & 1), in Number arithmetic so 64-bit values keep their size.
    return raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2;
  }

  /** A field header: its id (from `lastId` and the delta) and type; type 0 ends the struct. */
  fieldHeader(lastId: number): { id: number; type: number } {
    const header = this.byte();
    const type = header & 0x0f;
    if (type === CompactType.stop) return { id: 0, type };
    const delta = header >> 4;
    return { id: delta === 0 ? this.zigzag() : lastId + delta, type };
  }

  /** A list or set header: its size and element type. */
  listHeader(): { size: number; type: number } {
    const header = this.byte();
    const short = header >> 4;
    return { size: short === 15 ? this.varint() : short, type: header & 0x0f };
  }

  private skipBytes(count: number): void {
    if (this.at + count > this.bytes.length) throw new Error('footer ends early');
    this.at += count;
  }

  /** Skips one value of `type` (a whole struct, list or map with what it holds). */
  skip(type: number, depth = 0): void {
    if (depth > MAX_DEPTH) throw new Error('footer nests too deep');
    switch (type) {
      case CompactType.boolTrue:
      case CompactType.boolFalse:
        return;
      case CompactType.byte:
        this.skipBytes(1);
        return;
      case CompactType.i16:
      case CompactType.i32:
      case CompactType.i64:
        this.varint();
        return;
      case CompactType.double:
        this.skipBytes(8);
        return;
      case CompactType.binary:
        this.skipBytes(this.varint());
        return;
      case CompactType.list:
      case CompactType.set: {
        const { size, type: element } = this.listHeader();
        for (let i = 0; i < size; i += 1) {
          // Booleans inside a list take one byte each, unlike a boolean field.
          if (element === CompactType.boolTrue || element === CompactType.boolFalse) this.byte();
          else this.skip(element, depth + 1);
        }
        return;
      }
      case CompactType.map: {
        const size = this.varint();
        if (size === 0) return;
        const kinds = this.byte();
        for (let i = 0; i < size; i += 1) {
          this.skip(kinds >> 4, depth + 1);
          this.skip(kinds & 0x0f, depth + 1);
        }
        return;
      }
      case CompactType.struct:
        this.struct(() => false, depth + 1);
        return;
      default:
        throw new Error(`unknown compact type ${String(type)}`);
    }
  }

  /**
   * Reads a struct field by field: `onField` reads the fields it wants (returning true) and
   * the rest are skipped.
   */
  struct(onField: (id: number, type: number) => boolean, depth = 0): void {
    if (depth > MAX_DEPTH) throw new Error('footer nests too deep');
    let lastId = 0;
    for (;;) {
      const { id, type } = this.fieldHeader(lastId);
      if (type === CompactType.stop) return;
      if (!onField(id, type)) this.skip(type, depth);
      lastId = id;
    }
  }
}
