/**
 * Which reader a file needs, judged by its first bytes before its name: a workbook renamed to
 * .csv is still read as a workbook (with a warning), an old binary .xls is refused with advice.
 */
import { msg } from './import-messages';
import type { ImportFormat, ImportMessage } from './import-types';

/** The reader to use, or a failure; `warning` is set when the name and the content disagree. */
export type FormatChoice =
  | { readonly ok: true; readonly format: ImportFormat; readonly warning: ImportMessage | null }
  | { readonly ok: false; readonly error: ImportMessage };

const FORMAT_BY_EXTENSION: ReadonlyMap<string, ImportFormat> = new Map([
  ['csv', 'csv'],
  ['txt', 'tsv'],
  ['tsv', 'tsv'],
  ['tab', 'tsv'],
  ['xlsx', 'xlsx'],
  ['xlsm', 'xlsx'],
  ['parquet', 'parquet'],
  ['pq', 'parquet'],
  ['geojson', 'geojson'],
  ['json', 'geojson'],
]);

const LABEL: Readonly<Record<ImportFormat, string>> = {
  csv: 'CSV',
  tsv: 'TSV',
  xlsx: 'Excel (.xlsx)',
  parquet: 'Parquet',
  geojson: 'GeoJSON',
  json: 'JSON',
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/** The format the bytes show, if they show one. */
function sniff(bytes: Uint8Array): ImportFormat | 'xls' | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  return null;
}

/** Lower-case extension of a file name ('' when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Chooses the reader for a file from its bytes and name. */
export function detectFormat(fileName: string, bytes: Uint8Array): FormatChoice {
  const extension = extensionOf(fileName);
  const named = FORMAT_BY_EXTENSION.get(extension) ?? null;
  const sniffed = sniff(bytes);
  if (sniffed === 'xls') return { ok: false, error: msg.oldExcel(fileName) };
  if (sniffed !== null) {
    const mismatch = named !== null && named !== sniffed;
    const namedLabel =
      extension === 'xls' ? '.xls' : named === null ? `.${extension}` : LABEL[named];
    const warning =
      mismatch || extension === 'xls'
        ? msg.formatMismatch(fileName, namedLabel, LABEL[sniffed])
        : null;
    return { ok: true, format: sniffed, warning };
  }
  if (extension === 'xls') return { ok: false, error: msg.oldExcel(fileName) };
  if (named === null) return { ok: false, error: msg.unsupported(fileName) };
  return { ok: true, format: named, warning: null };
}
