/**
 * How big a compressed file becomes once inflated, read from its own directory before anything
 * is inflated: a workbook's or ZIP's central directory (the sum of the entries' declared sizes),
 * a Parquet footer (the sum of its row groups' uncompressed sizes). A file over the limit is
 * refused at once, so a zip bomb never reaches the inflater.
 */
import { limitMsg, type PackedKind } from './limit-messages';
import type { ImportFailure } from './import-types';
import { inflatedSizeWithin } from './inflate-limit';
import { zipEntries } from './sniff-bytes';
import { CompactReader, CompactType } from './thrift-compact';

/** Largest expanded size of a workbook, ZIP or Parquet file: 200 MB. */
export const MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, i) => bytes[at + i] === byte);

/** Sum of the declared uncompressed sizes of a ZIP's entries, or null without a directory. */
export function zipExpandedSize(bytes: Uint8Array): number | null {
  const entries = zipEntries(bytes);
  return entries === null ? null : entries.reduce((sum, entry) => sum + entry.size, 0);
}

/** FileMetaData field 4 (row_groups) and RowGroup field 2 (total_byte_size, uncompressed). */
const ROW_GROUPS_FIELD = 4;
const TOTAL_BYTE_SIZE_FIELD = 2;

/**
 * Sum of the row groups' uncompressed sizes (RowGroup.total_byte_size) from a Parquet footer,
 * or null when the footer cannot be read (the decoder then reports the file as it finds it).
 */
export function parquetExpandedSize(bytes: Uint8Array): number | null {
  if (bytes.length < 12 || !startsWith(bytes, PAR1, bytes.length - 4)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const footerLength = view.getUint32(bytes.length - 8, true);
  const start = bytes.length - 8 - footerLength;
  if (start < 4) return null;
  const reader = new CompactReader(bytes.subarray(start, bytes.length - 8));
  let total = 0;
  try {
    reader.struct((id, type) => {
      if (id !== ROW_GROUPS_FIELD || type !== CompactType.list) return false;
      const { size, type: element } = reader.listHeader();
      if (element !== CompactType.struct) throw new Error('row groups are not structs');
      for (let i = 0; i < size; i += 1) {
        reader.struct((field, fieldType) => {
          if (field !== TOTAL_BYTE_SIZE_FIELD || fieldType !== CompactType.i64) return false;
          total += Math.max(0, reader.zigzag());
          return true;
        });
      }
      return true;
    });
  } catch {
    return null;
  }
  return total;
}

/** A workbook's, ZIP's or Parquet file's expanded size, or null for anything else. */
export function expandedSize(
  fileName: string,
  bytes: Uint8Array,
): { kind: PackedKind; size: number } | null {
  if (startsWith(bytes, ZIP_LOCAL)) {
    const size = zipExpandedSize(bytes);
    const kind = /\.xls[xm]$/i.test(fileName) ? 'xlsx' : 'zip';
    return size === null ? null : { kind, size };
  }
  if (startsWith(bytes, PAR1)) {
    const size = parquetExpandedSize(bytes);
    return size === null ? null : { kind: 'parquet', size };
  }
  return null;
}

/**
 * Refuses a workbook, ZIP or Parquet file whose expanded size is over `limit`, naming the file,
 * the size and the limit; null for a file within it (or one whose size cannot be read here).
 */
export function checkExpandedSize(
  fileName: string,
  bytes: Uint8Array,
  limit = MAX_EXPANDED_BYTES,
): ImportFailure | null {
  const found = expandedSize(fileName, bytes);
  if (found === null || found.size <= limit) return null;
  return {
    ok: false,
    fileName,
    error: limitMsg.expandedTooLarge(fileName, found.kind, found.size, limit),
  };
}

/**
 * Refuses a workbook or ZIP whose entries, inflated and counted, pass `limit` though its headers
 * declared less: the message gives the size reached when the count stopped. Null within it.
 */
export function checkInflatedSize(
  fileName: string,
  bytes: Uint8Array,
  limit = MAX_EXPANDED_BYTES,
): ImportFailure | null {
  if (!startsWith(bytes, ZIP_LOCAL)) return null;
  const counted = inflatedSizeWithin(bytes, limit);
  if (counted === null || !counted.over) return null;
  const kind = /\.xls[xm]$/i.test(fileName) ? 'xlsx' : 'zip';
  return {
    ok: false,
    fileName,
    error: limitMsg.expandedTooLarge(fileName, kind, counted.reached, limit, true),
  };
}
