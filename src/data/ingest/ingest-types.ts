/**
 * Types of the ingest core (issue 15): files a source published in, the war room's dataset
 * files and manifest entries out, with a validation report. Pure: the node CLI
 * (scripts/ingest.ts) and the browser give it the bytes, the province reference and today's date.
 */
import type { LocationUnit } from '../import/import-types';
import type { RawTable, RowPoint } from '../import/raw-table';
import type { ProvinceNormaliser } from '../places/normalise-province';
import type { ProvinceRecord } from '../places/province-table';
import type { DatasetDef, LocalText } from '../manifest/manifest-types';

/** A value of a written row, in the contract's form: DATE and TIMESTAMP as ISO text. */
export type IngestValue = number | string | boolean | null;

/** One row of a written table, by column name. */
export type IngestRow = Readonly<Record<string, IngestValue>>;

/** A file handed to the ingest. */
export interface SourceFile {
  /** The file's name (no folder): every message names it. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A file read into rows, not yet understood. */
export interface ReadSource {
  readonly name: string;
  readonly table: RawTable;
  /** A GeoJSON file's point per row (null where a feature has none); null for other files. */
  readonly points: readonly RowPoint[] | null;
}

/** Where the bundled population (data/population-2020.csv) comes from, for source lines. */
export const DOPA_2020_SOURCE: LocalText = {
  th: 'ประชากรตามทะเบียนราษฎร์ กรมการปกครอง ณ 31 ธ.ค. 2563',
  en: 'DOPA registered population, 31 Dec 2020',
};

/** What the ingest needs to know of the world. */
export interface IngestContext {
  readonly normalise: ProvinceNormaliser;
  /** The 77 provinces, by code. */
  readonly provinces: readonly ProvinceRecord[];
  /** Registered population per province code (DOPA, or the file given with --population). */
  readonly population: ReadonlyMap<number, number>;
  /** Where {@link population} comes from, for the dataset's source line. */
  readonly populationSource: LocalText;
  /** Today as YYYY-MM-DD: a date after it is "in the future". */
  readonly today: string;
}

/** Choices made on the command line or in the builder. */
export interface IngestOptions {
  /** Overrides of the adapter's defaults for the manifest entry. */
  readonly source?: LocalText;
  readonly licence?: string;
  /** For the generic indicator adapter: the column mapping (see adapters/indicator-mapping.ts). */
  readonly mapping?: unknown;
}

/** One table an ingest writes: its manifest entry (before provenance) and its rows. */
export interface IngestedTable {
  readonly def: DatasetDef;
  readonly rows: readonly IngestRow[];
}

/** A problem found in the files: where it is and what to do, in both languages. */
export interface Finding extends LocalText {
  readonly file: string;
  /** Line, row or feature number, or null for the file as a whole. */
  readonly location: number | null;
  readonly unit: LocationUnit | null;
  readonly field: string | null;
  readonly value: string | null;
}

/** What one file contributed. */
export interface FileSummary {
  readonly name: string;
  readonly format: string;
  readonly encoding: string | null;
  readonly sheet: string | null;
  readonly rows: number;
}

/** The validation report of one ingest: printed, saved as JSON next to the data, shown in the builder. */
export interface ValidationReport {
  readonly dataset: string;
  readonly adapter: string | null;
  /** False when nothing was written: {@link errors} says why. */
  readonly ok: boolean;
  readonly files: readonly FileSummary[];
  readonly rowsRead: number;
  readonly rowsWritten: number;
  /** Distinct provinces with at least one row. */
  readonly provincesMatched: number;
  readonly missingProvinces: readonly { readonly code: number; readonly name: string }[];
  readonly duplicates: readonly Finding[];
  readonly outOfRange: readonly Finding[];
  readonly unmatched: readonly Finding[];
  readonly asOf: string | null;
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly errors: readonly LocalText[];
  readonly warnings: readonly LocalText[];
  /** Carried into the manifest entry and shown with the figures. */
  readonly caveats: readonly LocalText[];
}

/** What an adapter gives back. */
export type AdapterOutcome =
  | {
      readonly ok: true;
      readonly tables: readonly IngestedTable[];
      readonly report: ValidationReport;
    }
  | { readonly ok: false; readonly report: ValidationReport };

/** Reads the files one kind of source publishes. */
export interface Adapter {
  /** Stable name, written into the provenance, e.g. "moph-vaccination". */
  readonly id: string;
  /** The dataset it fills; '*' for the indicator adapter, which fills the id it is given. */
  readonly dataset: string;
  /** The files it reads, for the "no adapter recognises this file" message. */
  readonly describe: LocalText;
  /** The columns it needs, as a person would look for them in the header. */
  readonly needs: readonly string[];
  /**
   * Does this file have the shape this adapter reads? Decided from the headers (and, for the
   * indicator adapter, from whether a column mapping was given).
   */
  recognises(source: ReadSource, options: IngestOptions): boolean;
  ingest(
    sources: readonly ReadSource[],
    context: IngestContext,
    options: IngestOptions,
    datasetId: string,
  ): AdapterOutcome;
}
