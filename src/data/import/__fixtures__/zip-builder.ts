/**
 * A ZIP archive made byte by byte for tests and the import bench: each part's local header and
 * central-directory entry declare `declared` as its expanded size, the truth or a lie (a lying
 * archive is how a zip bomb slips past a check of declared sizes). Names are UTF-8. A part's CRC
 * is 0 unless given: a bomb is never meant to be inflated to the end and verified.
 */

/** One stored (`method` 0) or deflated (8) entry of the archive. */
export interface ZipPart {
  readonly name: string;
  /** The bytes as stored (deflated when `method` is 8). */
  readonly data: Uint8Array;
  /** The expanded size the headers declare. */
  readonly declared: number;
  readonly method: 0 | 8;
  /** CRC-32 of the expanded bytes (0 when not given). */
  readonly crc?: number;
}

/** General-purpose flag: the entry's name is UTF-8. */
const UTF8_NAMES = 0x0800;

/** The archive of `parts`, in order, with its central directory and end record. */
export function zipOf(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, UTF8_NAMES, true);
    local.setUint16(8, part.method, true);
    local.setUint32(14, part.crc ?? 0, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, part.declared, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, UTF8_NAMES, true);
    entry.setUint16(10, part.method, true);
    entry.setUint32(16, part.crc ?? 0, true);
    entry.setUint32(20, part.data.length, true);
    entry.setUint32(24, part.declared, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, part.data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of all) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
