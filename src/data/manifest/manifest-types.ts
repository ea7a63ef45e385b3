/**
 * The data contract between the files in public/data/ and the app.
 *
 * public/data/manifest.json lists every dataset the war room shows. A ministry swaps demo data
 * for real data by replacing the data files and this manifest; no rebuild is needed.
 */

/** A text in both UI languages. Thai is shown first; English is the fallback. */
export interface LocalText {
  readonly th: string;
  readonly en: string;
}

/** The ids of the datasets the war room ships. User files get other ids (issue 6). */
export const CORE_DATASET_IDS = [
  'vaccination',
  'poverty',
  'road_safety',
  'complaints',
  'households',
] as const;

/** One of the ids in {@link CORE_DATASET_IDS}. */
export type CoreDatasetId = (typeof CORE_DATASET_IDS)[number];

/** Column types the contract allows (DuckDB type names). */
export const COLUMN_TYPES = [
  'INTEGER',
  'BIGINT',
  'DOUBLE',
  'VARCHAR',
  'BOOLEAN',
  'DATE',
  'TIMESTAMP',
] as const;

/** One of {@link COLUMN_TYPES}. */
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** One column of a dataset's table. */
export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  /** May the column hold NULL? */
  readonly nullable: boolean;
  readonly description?: string;
}

/** How often the source publishes: drives the freshness badge (issue 5). */
export type Cadence = 'daily' | 'weekly' | 'monthly' | 'yearly' | 'once';

/** File formats the loader reads. */
export type DataFormat = 'parquet' | 'csv';

/** One dataset of the manifest. */
export interface DatasetDef {
  readonly id: string;
  readonly title: LocalText;
  /** Unit of the dataset's main measure, e.g. "% of population". */
  readonly unit: LocalText;
  /** Who published the data (or "War Room demo generator" for demo data). */
  readonly source: LocalText;
  readonly licence: string;
  /** ISO date (YYYY-MM-DD) of the newest data in the file. */
  readonly asOf: string;
  /** Period the data covers, ISO dates inclusive. */
  readonly period: { readonly from: string; readonly to: string };
  readonly cadence: Cadence;
  /** True when the numbers are generated: every view and export then says ข้อมูลสาธิต · Demo data. */
  readonly demo: boolean;
  /** Personal data: only aggregates with at least this many records may be shown (k-anonymity). */
  readonly minGroupSize?: number;
  /**
   * Set on a published aggregate (src/data/published/aggregates.ts): the id of the dataset it summarises
   * (or, for a restricted table, whose withheld detail it holds). Aggregates are tables for the
   * builders, not layers of their own.
   */
  readonly aggregateOf?: string;
  /**
   * Loaded after every other dataset: set on raw tables whose views read published aggregates
   * (e.g. incidents, needed only for the dots when zoomed in), so a big file never holds up the
   * small ones.
   */
  readonly deferred?: boolean;
  /**
   * Only signed-in people may fetch the file (e.g. security-sensitive case detail): it lies under
   * `restricted/` next to the manifest, a folder the web server guards (scripts/deploy/). When the
   * server refuses it (401/403) the dataset is `restricted`, not failed: its place in the views
   * says จำกัดสิทธิ์ · restricted and the public data is drawn as usual.
   */
  readonly restricted?: boolean;
  /** File name relative to the manifest (or an absolute http(s) URL). */
  readonly file: string;
  /**
   * Optional label of the file's contents (e.g. a hash or a publication number): when it changes,
   * auto-refresh reloads the dataset even if `file` and `asOf` stay the same.
   */
  readonly version?: string;
  /**
   * Optional number of rows the file holds: a load with another count (e.g. a truncated CSV) is
   * refused and the last good data stays.
   */
  readonly rows?: number;
  readonly format: DataFormat;
  /** For an indicator the manifest may leave it out: it is then derived from `indicator`. */
  readonly columns: readonly ColumnDef[];
  /** Present iff the entry says `"kind": "indicator"`: a dataset declared with no code (issue 14). */
  readonly indicator?: IndicatorSpec;
  /**
   * What a reader of the figures must know, shown wherever they are shown (legend, card, export):
   * e.g. "Bangkok over 100 %: doses counted where given, population where registered".
   */
  readonly caveats?: readonly LocalText[];
  /** Where the files came from and when they were ingested (`npm run ingest`, issue 15). */
  readonly provenance?: Provenance;
}

/** One source file an ingest read. */
export interface ProvenanceFile {
  /** The file's name as given (no folder). */
  readonly name: string;
  /** SHA-256 of its bytes, lower-case hex. */
  readonly sha256: string;
  readonly bytes: number;
}

/** How a dataset's files were made from the files a source published. */
export interface Provenance {
  /** ISO timestamp of the ingest. */
  readonly ingestedAt: string;
  /** The adapter that read the files, e.g. "moph-vaccination". */
  readonly adapter: string;
  readonly files: readonly ProvenanceFile[];
}

/** How a measure is summed up over provinces (and over rows of one province). */
export type IndicatorAggregate = 'sum' | 'mean' | 'weighted' | 'ratio';

/** One figure of an indicator dataset. */
export interface IndicatorMeasure {
  /** The measure's column (for `ratio`: the measure's name; the file holds numerator/denominator). */
  readonly column: string;
  readonly title: LocalText;
  readonly unit: LocalText;
  /** Which way is good: drives the colour ramp's direction and rankings. */
  readonly better: 'higher' | 'lower';
  readonly aggregate: IndicatorAggregate;
  /** `weighted`: the column the mean is weighted by. */
  readonly weight?: string;
  /** `ratio`: value = sum(numerator) / sum(denominator) × scale. */
  readonly numerator?: string;
  readonly denominator?: string;
  /** `ratio`: the factor, e.g. 100 for a percent; default 1. */
  readonly scale?: number;
}

/** What makes a dataset an indicator: its key columns and its measures. */
export interface IndicatorSpec {
  /** `date` is null for a snapshot (one moment: the dataset's asOf). */
  readonly keys: { readonly province: string; readonly date: string | null };
  /** At least one. */
  readonly measures: readonly IndicatorMeasure[];
}

/** A small pre-aggregated file the first map paint uses before DuckDB is ready. */
export interface PreviewDef {
  /** Dataset the preview summarises. */
  readonly dataset: string;
  /** JSON file relative to the manifest: {@link ProvincePreview}. */
  readonly file: string;
}

/** A part of manifest.json left out because it failed validation. */
export interface LeftOutEntry {
  /** The dataset's id, or its position ("datasets[3]") when the id is unreadable; or "preview". */
  readonly entry: string;
  /** Names the file, the entry and the field, and says what to do. */
  readonly message: string;
}

/** public/data/manifest.json */
export interface Manifest {
  readonly version: 1;
  /** ISO timestamp at which the manifest was written. */
  readonly generatedAt: string;
  /** The usable entries only: see {@link leftOut}. */
  readonly datasets: readonly DatasetDef[];
  readonly preview: PreviewDef;
  /** Entries that failed validation and were left out, while every other dataset loads. */
  readonly leftOut?: readonly LeftOutEntry[];
  /** Fields this app does not read (a newer manifest's), as "<where>: <field>"; skipped. */
  readonly ignoredFields?: readonly string[];
}

/** The first-paint file: dose-2 coverage per province at the newest week. */
export interface ProvincePreview {
  readonly dataset: string;
  readonly asOf: string;
  readonly rows: readonly {
    readonly province_code: number;
    readonly population: number;
    readonly dose1: number;
    readonly dose2: number;
    readonly dose3: number;
  }[];
}
