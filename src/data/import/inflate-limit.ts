/**
 * The real expanded size of a ZIP (a workbook), counted while inflating it, for an archive whose
 * headers lie: the declared sizes (expanded-size.ts) cost nothing to read, but a crafted file can
 * declare a few kilobytes for an entry that inflates to gigabytes. Each entry is inflated a small
 * slice of input at a time with fflate's streaming inflater and the output only counted, never
 * kept; the count stops the moment it passes the limit, so the bomb is never inflated in full.
 */
import { Inflate } from 'fflate';
import { zipEntries, type ZipEntry } from './sniff-bytes';

/**
 * Compressed bytes given to the inflater per step. Deflate expands at most about 1,032 times, so
 * one step adds at most ~4 MB of output before the count is checked again.
 */
export const INFLATE_STEP = 4 * 1024;

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** What counting found: the total when it stayed within the limit, else the size reached. */
export type InflatedSize =
  | { readonly over: false; readonly size: number }
  | { readonly over: true; readonly reached: number };

/** Where an entry's data is: after its local header (whose name and extra lengths may differ). */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start > bytes.length) return null;
  // A lying or ZIP64 compressed size: read to the end of the file (deflate ends by itself).
  const end = Math.min(bytes.length, start + entry.compressedSize);
  return bytes.subarray(start, end);
}

/**
 * Output bytes of one deflated entry, counted from `before`; stops as soon as the running total
 * passes `limit`. A corrupt stream ends the count where it broke (the reader reports it).
 */
function countDeflated(data: Uint8Array, before: number, limit: number): number {
  let total = before;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && total <= limit; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch {
    // Not a valid deflate stream past this point: what was counted stands.
  }
  return total;
}

/**
 * Inflates a ZIP's entries, counting their output against `limit` (bytes); null when the bytes
 * are not a ZIP with a central directory. Stored entries count their stored size, and entries
 * of other methods are left to the reader, which cannot read them.
 */
export function inflatedSizeWithin(bytes: Uint8Array, limit: number): InflatedSize | null {
  const entries = zipEntries(bytes);
  if (entries === null) return null;
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (data === null) continue;
    if (entry.method === STORED) total += data.length;
    else if (entry.method === DEFLATED) total = countDeflated(data, total, limit);
    if (total > limit) return { over: true, reached: total };
  }
  return { over: false, size: total };
}
