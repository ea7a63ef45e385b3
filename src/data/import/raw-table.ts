/**
 * The shape every reader produces before matching and typing: named columns, rows of raw cells,
 * and where each row is in the file. Also finds the header row of a grid (spreadsheets and
 * reports often carry a title above it) and sets aside ragged rows.
 */
import type {
  ImportFormat,
  ImportMessage,
  LocationUnit,
  TextEncodingName,
  UnmatchedRow,
} from './import-types';
import { msg, where } from './import-messages';
import { unmatchedText } from './unmatched-text';

/** A cell as a reader found it. Text is untrimmed; Excel and Parquet give numbers and dates. */
export type RawCell = string | number | boolean | Date | null;

/** Coordinates carried by a row's geometry (GeoJSON points), or null. */
export type RowPoint = readonly [number, number] | null;

/** A read file: columns named, rows of raw cells, nothing matched or typed yet. */
export interface RawTable {
  readonly format: ImportFormat;
  readonly encoding: TextEncodingName | null;
  readonly sheet: string | null;
  readonly unit: LocationUnit;
  /** Headers as written in the file. */
  readonly headers: readonly string[];
  /** Unique, non-empty names, one per header. */
  readonly names: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  readonly locations: readonly number[];
  /** Rows already set aside by the reader (ragged rows, bad geometry). */
  readonly rejected: readonly UnmatchedRow[];
  readonly warnings: readonly ImportMessage[];
}

/** What a reader gives back: a table, or a failure message. */
export type ReadOutcome =
  | { readonly ok: true; readonly table: RawTable }
  | { readonly ok: false; readonly error: ImportMessage };

const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;

/** A cell as trimmed text ('' for null). Dates become ISO timestamps. */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).replace(INVISIBLE, '').trim();
}

// Names that, used as a key of a plain object (as Arrow's Table constructor and row objects
// are built), would set its prototype instead of a property.
const RESERVED_NAMES: ReadonlyMap<string, string> = new Map([['__proto__', 'proto_']]);

/**
 * Unique, non-empty column names: blanks become column_N (1-based), `__proto__` becomes `proto_`,
 * repeats get _2, _3...
 */
export function columnNames(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, index) => {
    const trimmed = header.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    const base = RESERVED_NAMES.get(trimmed) ?? (trimmed || `column_${index + 1}`);
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

const HEADER_SCAN_ROWS = 20;

const filled = (row: readonly RawCell[]): number =>
  row.reduce<number>((n, cell) => (cellText(cell) === '' ? n : n + 1), 0);

/**
 * Index of the header row: the first row filled at least half as wide as the widest of the
 * first rows, and with at least as many text cells as number cells (titles above a table fill
 * one cell; data rows are mostly numbers).
 */
function headerIndex(grid: readonly (readonly RawCell[])[]): number {
  const head = grid.slice(0, HEADER_SCAN_ROWS);
  const widest = Math.max(0, ...head.map(filled));
  const needed = Math.max(1, Math.ceil(widest / 2));
  const index = head.findIndex((row) => {
    const n = filled(row);
    const numbers = row.filter((cell) => typeof cell === 'number').length;
    return n >= needed && numbers * 2 <= n;
  });
  return Math.max(0, index);
}

/** The grid a delimited-text or spreadsheet reader collected, with each row's location. */
export interface Grid {
  readonly format: ImportFormat;
  readonly encoding: TextEncodingName | null;
  readonly sheet: string | null;
  readonly unit: LocationUnit;
  readonly rows: readonly (readonly RawCell[])[];
  readonly locations: readonly number[];
  readonly warnings: readonly ImportMessage[];
}

/**
 * Turns a grid into a table: skips empty rows and any title above the header, names the columns,
 * and sets aside rows with more filled cells than the header has columns (or, for text files,
 * a different number of fields). Fails for an empty grid and for a header without data rows.
 */
export function tableFromGrid(fileName: string, grid: Grid): ReadOutcome {
  const kept = grid.rows.flatMap((row, i) =>
    filled(row) > 0 ? [{ row, location: grid.locations[i] ?? i + 1 }] : [],
  );
  if (kept.length === 0) return { ok: false, error: msg.emptyFile(fileName) };
  const h = headerIndex(kept.map((k) => k.row));
  const header = kept[h];
  if (header === undefined) return { ok: false, error: msg.emptyFile(fileName) };
  const warnings = [...grid.warnings];
  if (h > 0) warnings.push(msg.rowsAboveHeader(fileName, where(grid.unit, header.location)));
  const lastFilled = header.row.reduce<number>(
    (last, cell, i) => (cellText(cell) === '' ? last : i),
    -1,
  );
  const width = lastFilled + 1;
  const headers = header.row.slice(0, width).map(cellText);
  const strict = grid.unit === 'line';
  const rows: RawCell[][] = [];
  const locations: number[] = [];
  const rejected: UnmatchedRow[] = [];
  for (const { row, location } of kept.slice(h + 1)) {
    const extra = row.slice(width).some((cell) => cellText(cell) !== '');
    if (extra || (strict && row.length !== header.row.length)) {
      const detail = {
        th: `${row.length} ช่อง หัวตารางมี ${header.row.length} ช่อง`,
        en: `${row.length} fields, the header has ${header.row.length}`,
      };
      const text = unmatchedText('ragged', null, '', detail);
      rejected.push({
        location,
        unit: grid.unit,
        column: null,
        value: '',
        reason: 'ragged',
        ...text,
      });
      continue;
    }
    const cells = row.slice(0, width);
    while (cells.length < width) cells.push(null);
    rows.push(cells);
    locations.push(location);
  }
  if (rows.length === 0 && rejected.length === 0) {
    return { ok: false, error: msg.headerOnly(fileName, where(grid.unit, header.location)) };
  }
  return {
    ok: true,
    table: {
      format: grid.format,
      encoding: grid.encoding,
      sheet: grid.sheet,
      unit: grid.unit,
      headers,
      names: columnNames(headers),
      rows,
      locations,
      rejected,
      warnings,
    },
  };
}
