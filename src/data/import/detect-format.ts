/**
 * Which reader a file needs, judged by its bytes before its name: a workbook renamed to .csv is
 * still read as a workbook, CSV text named .xlsx as CSV and JSON named .parquet as JSON (each with
 * a warning); an old binary .xls, a picture, a PDF, a web page, a ZIP of something else and a
 * workbook or Parquet file cut short are refused with a message saying what the file is.
 */
import { decodeText } from './decode-text';
import { msg } from './import-messages';
import type { ImportFormat, ImportMessage } from './import-types';
import { looksLikeJson, sniffBytes } from './sniff-bytes';

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

const BINARY_FORMATS: ReadonlySet<ImportFormat> = new Set(['xlsx', 'parquet']);
const JSON_FORMATS: ReadonlySet<ImportFormat> = new Set(['geojson', 'json']);

/** Lower-case extension of a file name ('' when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const chosen = (
  format: ImportFormat,
  warning: ImportMessage | null = null,
): Extract<FormatChoice, { ok: true }> => ({ ok: true, format, warning });

/** A text file whose name says otherwise: read by its content, with a warning. */
function textByContent(fileName: string, named: ImportFormat, bytes: Uint8Array): FormatChoice {
  const binary = BINARY_FORMATS.has(named);
  const json = JSON_FORMATS.has(named) ? looksLikeJson(bytes, 'any value') : looksLikeJson(bytes);
  if (!binary && JSON_FORMATS.has(named) === json) return chosen(named);
  if (binary && !json && !decodeText(bytes).ok) {
    return { ok: false, error: msg.notFormat(fileName, LABEL[named]) };
  }
  const actual: ImportFormat = json ? 'geojson' : 'csv';
  return chosen(actual, msg.formatMismatch(fileName, LABEL[named], json ? 'JSON' : LABEL.csv));
}

/** Chooses the reader for a file from its bytes and name. */
export function detectFormat(fileName: string, bytes: Uint8Array): FormatChoice {
  const extension = extensionOf(fileName);
  const named = FORMAT_BY_EXTENSION.get(extension) ?? null;
  const sniffed = sniffBytes(bytes);
  if (sniffed?.kind === 'xls') return { ok: false, error: msg.oldExcel(fileName) };
  if (sniffed?.kind === 'not-table') {
    return { ok: false, error: msg.notATable(fileName, sniffed.what) };
  }
  if (sniffed?.kind === 'truncated') {
    return { ok: false, error: msg.truncated(fileName, LABEL[sniffed.format]) };
  }
  if (sniffed?.kind === 'zip-not-workbook') {
    return { ok: false, error: msg.zipNotWorkbook(fileName, sniffed.names) };
  }
  if (sniffed !== null) {
    const mismatch = named !== null && named !== sniffed.kind;
    const namedLabel =
      extension === 'xls' ? '.xls' : named === null ? `.${extension}` : LABEL[named];
    const warning =
      mismatch || extension === 'xls'
        ? msg.formatMismatch(fileName, namedLabel, LABEL[sniffed.kind])
        : null;
    return chosen(sniffed.kind, warning);
  }
  if (extension === 'xls') return { ok: false, error: msg.oldExcel(fileName) };
  if (named === null) return { ok: false, error: msg.unsupported(fileName) };
  return textByContent(fileName, named, bytes);
}
