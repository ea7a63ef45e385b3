/**
 * Public types of the file importer ("your own files"): what the UI passes in and what it gets
 * back. The importer never throws for bad input: every problem is a message in Thai and English.
 */
import type { ParquetDecoder } from '../engine/engine';

/** The file formats the importer reads. */
export type ImportFormat = 'csv' | 'tsv' | 'xlsx' | 'parquet' | 'geojson' | 'json';

/** How a text file was decoded. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

/** What a usable file becomes: a value per province (choropleth) or a point per row. */
export type ImportKind = 'province' | 'points';

/**
 * What a location number counts: `line` = physical line of a text file (1 = first line, quoted
 * newlines counted), `row` = spreadsheet row as Excel numbers it, or data row of a Parquet file,
 * `feature` = 1-based position of a GeoJSON feature (or JSON array item).
 */
export type LocationUnit = 'line' | 'row' | 'feature';

/** A text for people, in both languages of the app. */
export interface ImportText {
  readonly th: string;
  readonly en: string;
}

/** A failure or warning: a stable code for tests and the UI, and the text to show. */
export interface ImportMessage extends ImportText {
  readonly code: string;
}

/** Why a row was left out of the layer. */
export type UnmatchedReason =
  | 'province-unmatched'
  | 'total-row'
  | 'ragged'
  | 'coordinates-missing'
  | 'outside-thailand'
  | 'swapped'
  | 'geometry';

/** A row that is not in the layer, with where it is and the value at fault. */
export interface UnmatchedRow extends ImportText {
  readonly location: number;
  readonly unit: LocationUnit;
  /** The column whose value did not match, or null when the whole row is at fault. */
  readonly column: string | null;
  /** The offending value as text ('' for an empty cell). */
  readonly value: string;
  readonly reason: UnmatchedReason;
}

/** A row identical to an earlier one (all cells equal after trimming). */
export interface DuplicateRow {
  readonly location: number;
  readonly firstLocation: number;
}

interface ColumnBase {
  /** Unique, non-empty column name (the header trimmed; blanks become column_N, repeats get _2). */
  readonly name: string;
  /** The header as it was in the file. */
  readonly header: string;
}

/** A typed column of the usable rows, in row order. */
export type ImportedColumn =
  | (ColumnBase & {
      readonly type: 'number';
      readonly values: readonly (number | null)[];
      /** True when the values were written as percentages ("45.2%" is stored as 45.2). */
      readonly percent: boolean;
    })
  | (ColumnBase & { readonly type: 'date'; readonly values: readonly (string | null)[] })
  | (ColumnBase & { readonly type: 'text'; readonly values: readonly (string | null)[] })
  | (ColumnBase & { readonly type: 'boolean'; readonly values: readonly (boolean | null)[] });

/** How each usable row is placed on the map. */
export type ImportKey =
  | {
      readonly kind: 'province';
      /** The column the codes were read from (other province columns fill its gaps). */
      readonly column: string;
      /** TIS-1099 province code per usable row. */
      readonly codes: Int32Array;
    }
  | {
      readonly kind: 'points';
      /** The lon/lat columns, or null when the points are GeoJSON geometry. */
      readonly columns: { readonly lon: string; readonly lat: string } | null;
      /** True when the file's lon and lat were the wrong way round and were swapped back. */
      readonly swapped: boolean;
      readonly lon: Float64Array;
      readonly lat: Float64Array;
    };

/** A file that can become a layer. */
export interface ImportSuccess {
  readonly ok: true;
  readonly fileName: string;
  readonly format: ImportFormat;
  /** How the text was decoded; null for Excel and Parquet. */
  readonly encoding: TextEncodingName | null;
  /** The worksheet read, for Excel; else null. */
  readonly sheet: string | null;
  readonly kind: ImportKind;
  readonly key: ImportKey;
  /** The usable rows' columns, every one of length {@link rowCount}. */
  readonly columns: readonly ImportedColumn[];
  readonly rowCount: number;
  /** Data rows read from the file (usable and unmatched). */
  readonly rowsRead: number;
  readonly unit: LocationUnit;
  /** Where each usable row is in the file. */
  readonly locations: readonly number[];
  readonly unmatched: readonly UnmatchedRow[];
  readonly duplicates: readonly DuplicateRow[];
  readonly warnings: readonly ImportMessage[];
}

/** A file that cannot be used: the message names the file, where and what to do. */
export interface ImportFailure {
  readonly ok: false;
  readonly fileName: string;
  readonly error: ImportMessage;
}

/** The outcome of {@link importFile}. */
export type ImportResult = ImportSuccess | ImportFailure;

/** A file as the UI holds it after reading it. */
export interface ImportInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Options of {@link importFile}. */
export interface ImportOptions {
  /** The app's Parquet decoder (see `createParquetDecoder`); Parquet files fail without it. */
  readonly decodeParquet?: ParquetDecoder;
  /** Refuse larger files; default {@link MAX_IMPORT_BYTES}. */
  readonly maxBytes?: number;
  /** Force a kind; by default points when coordinates are found, else provinces. */
  readonly kind?: ImportKind;
  /** Worksheet name to read from a workbook; by default the first with data. */
  readonly sheet?: string;
  /** Refuse a workbook, ZIP or Parquet file that expands past this; default 200 MB. */
  readonly maxExpandedBytes?: number;
  /** Refuse a GeoJSON file whose shapes hold more vertices; default 250,000. */
  readonly maxVertices?: number;
  /** Told how far a text file has been split into rows: characters done of the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Largest file the importer reads: 50 MB. Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
