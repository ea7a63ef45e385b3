/** CSV and TSV files: decoded (see decode-text.ts), split with papaparse, lines counted. */
import Papa from 'papaparse';
import { decodeText, lineOfByte } from './decode-text';
import { msg, where } from './import-messages';
import type { ImportMessage } from './import-types';
import { tableFromGrid, type ReadOutcome } from './raw-table';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** Rows between two progress reports while splitting. */
const PROGRESS_EVERY_ROWS = 20_000;

/** The delimiter that splits the first line into the most fields (outside quotes). */
function guessDelimiter(text: string, preferTab: boolean): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (preferTab && counts.find(([d]) => d === '\t')?.[1]) return '\t';
  return best[1] > 0 ? best[0] : preferTab ? '\t' : ',';
}

/** 1-based line of each character offset, from the offsets of the line feeds. */
function lineLocator(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/**
 * Reads a delimited text file. Line endings (CRLF, CR) are made LF first, so mixed endings
 * split right; each row's location is the line it starts on, counting newlines inside quotes.
 * A quote that is never closed, or is followed by other text, fails the file at its line.
 * `onProgress` hears every {@link PROGRESS_EVERY_ROWS} rows how many characters are split.
 */
export function readDelimited(
  fileName: string,
  bytes: Uint8Array,
  tsv: boolean,
  onProgress?: (done: number, total: number) => void,
): ReadOutcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const at = where('line', lineOfByte(bytes, decoded.badByteOffset));
    return { ok: false, error: msg.unknownEncoding(fileName, at) };
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, error: msg.emptyFile(fileName) };
  const lineOf = lineLocator(text);
  const rows: string[][] = [];
  const locations: number[] = [];
  let start = 0;
  const quoteErrors: number[] = [];
  const delimiter = guessDelimiter(text, tsv);
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result, parser) => {
      const quoteError = result.errors.find((error) => error.type === 'Quotes');
      if (quoteError) {
        quoteErrors.push(lineOf(quoteError.index ?? start));
        parser.abort();
        return;
      }
      // Leading newlines of a step belong to blank lines skipped before the row.
      let rowStart = start;
      while (text[rowStart] === '\n') rowStart += 1;
      rows.push(result.data);
      locations.push(lineOf(rowStart));
      start = result.meta.cursor;
      if (onProgress && rows.length % PROGRESS_EVERY_ROWS === 0) onProgress(start, text.length);
    },
  });
  const [quoteErrorLine] = quoteErrors;
  if (quoteErrorLine !== undefined) {
    return { ok: false, error: msg.quoteError(fileName, where('line', quoteErrorLine)) };
  }
  const warnings: ImportMessage[] = [];
  if (decoded.encoding === 'windows-874') warnings.push(msg.thaiLegacyEncoding(fileName));
  return tableFromGrid(fileName, {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    encoding: decoded.encoding,
    sheet: null,
    unit: 'line',
    rows,
    locations,
    warnings,
  });
}
