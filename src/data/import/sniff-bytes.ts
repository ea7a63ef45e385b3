/**
 * What a file's bytes are, whatever its name says: the formats the importer reads, and the
 * files people pick by mistake (a picture, a PDF, a saved web page, a ZIP of something else, a
 * download cut short), so the message can say what the file is instead of "unknown encoding".
 */
import type { ImportText } from './import-types';

/** What the bytes show. */
export type Sniffed =
  | { readonly kind: 'xlsx' | 'parquet' | 'xls' }
  /** Neither a table nor anything we read: `what` names it for the message. */
  | { readonly kind: 'not-table'; readonly what: ImportText }
  /** A ZIP or Parquet file whose end is missing. */
  | { readonly kind: 'truncated'; readonly format: 'xlsx' | 'parquet' }
  /** A ZIP that holds no workbook: the first few names inside. */
  | { readonly kind: 'zip-not-workbook'; readonly names: readonly string[] }
  | null;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, i) => bytes[at + i] === byte);

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const PAR1 = [0x50, 0x41, 0x52, 0x31];
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_COMMENT = 0xffff;
const NAMES_SHOWN = 3;

const NOT_TABLES: readonly (readonly [readonly number[], ImportText])[] = [
  [[0x89, 0x50, 0x4e, 0x47], { th: 'รูปภาพ PNG', en: 'a PNG image' }],
  [[0xff, 0xd8, 0xff], { th: 'รูปภาพ JPEG', en: 'a JPEG image' }],
  [[0x47, 0x49, 0x46, 0x38], { th: 'รูปภาพ GIF', en: 'a GIF image' }],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], { th: 'เอกสาร PDF', en: 'a PDF document' }],
  [[0x1f, 0x8b], { th: 'ไฟล์บีบอัด gzip', en: 'a gzip archive' }],
  [[0x52, 0x61, 0x72, 0x21], { th: 'ไฟล์บีบอัด RAR', en: 'a RAR archive' }],
  [[0x37, 0x7a, 0xbc, 0xaf], { th: 'ไฟล์บีบอัด 7z', en: 'a 7z archive' }],
];

const WEB_PAGE = /^(?:\uFEFF)?\s*<(?:!doctype\s+html|html|head|body|table)[\s>]/i;
const WEB_PAGE_TEXT: ImportText = { th: 'หน้าเว็บ (HTML)', en: 'a web page (HTML)' };

/** One entry of a ZIP archive's central directory: its name, its sizes and where it is. */
export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size as the central directory declares it (0xffffffff for a ZIP64 entry). */
  readonly size: number;
  /** Compression method: 0 stored, 8 deflated. */
  readonly method: number;
  /** Compressed size as declared (0xffffffff for a ZIP64 entry). */
  readonly compressedSize: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
}

/**
 * The entries of a ZIP archive as its central directory lists them (read without inflating
 * anything), or null when the directory is missing (the file was cut short).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i -= 1) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      size,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The names inside a ZIP archive, or null when its central directory is missing (cut short). */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((entry) => entry.name) ?? null;
}

/** A ZIP archive: a workbook, an Office file that is no workbook, another archive, or cut short. */
function sniffZip(bytes: Uint8Array): Sniffed {
  const names = zipEntryNames(bytes);
  if (names === null) return { kind: 'truncated', format: 'xlsx' };
  if (names.some((name) => name.toLowerCase() === 'xl/workbook.xml')) return { kind: 'xlsx' };
  if (names.some((name) => name.startsWith('word/'))) {
    return {
      kind: 'not-table',
      what: { th: 'เอกสาร Word (.docx)', en: 'a Word document (.docx)' },
    };
  }
  if (names.some((name) => name.startsWith('ppt/'))) {
    return {
      kind: 'not-table',
      what: { th: 'งานนำเสนอ PowerPoint (.pptx)', en: 'a PowerPoint file (.pptx)' },
    };
  }
  const files = names.filter((name) => !name.endsWith('/'));
  return { kind: 'zip-not-workbook', names: files.slice(0, NAMES_SHOWN) };
}

/** The kind of file the bytes are, or null for text (CSV, TSV, JSON) and anything unknown. */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWith(bytes, PAR1)) {
    const whole = bytes.length >= 12 && startsWith(bytes, PAR1, bytes.length - 4);
    return whole ? { kind: 'parquet' } : { kind: 'truncated', format: 'parquet' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'xls' };
  for (const [magic, what] of NOT_TABLES) {
    if (startsWith(bytes, magic)) return { kind: 'not-table', what };
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  if (WEB_PAGE.test(head)) return { kind: 'not-table', what: WEB_PAGE_TEXT };
  return null;
}

const JSON_CONTAINER = /^\uFEFF?\s*[[{]/;
const JSON_VALUE = /^\uFEFF?\s*(?:[[{"\-\d]|true\b|false\b|null\b)/;

/**
 * Does the text (after a BOM and spaces) start like JSON: an object or array, or with
 * `'any value'` also a string, number, true, false or null?
 */
export function looksLikeJson(bytes: Uint8Array, accept: 'container' | 'any value' = 'container') {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64));
  return (accept === 'container' ? JSON_CONTAINER : JSON_VALUE).test(head);
}
