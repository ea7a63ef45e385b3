/**
 * The manifest entry of an indicator dataset as it is written to manifest.json (`"kind":
 * "indicator"`, issue 14 item 3): the JSON shape a ministry writes by hand, not the app's parsed
 * form. The demo generator builds its two indicator datasets with it, so they are added the way a
 * new dataset is added in production: a CSV file and an entry, with no code under src/.
 */
import type { Cadence, ColumnDef, LocalText } from '../../src/data/manifest/manifest-types';
import type { IsoPeriod } from './dates';

/** One measure of an indicator: a column and how a region or the nation sums it up. */
export interface IndicatorMeasureJson {
  readonly column: string;
  readonly title: LocalText;
  readonly unit: LocalText;
  readonly better: 'higher' | 'lower';
  readonly aggregate: 'sum' | 'mean' | 'weighted' | 'ratio';
  readonly weight?: string;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly scale?: number;
}

/** A `"kind": "indicator"` entry of manifest.json. */
export interface IndicatorEntryJson {
  readonly id: string;
  readonly kind: 'indicator';
  readonly title: LocalText;
  readonly unit: LocalText;
  readonly source: LocalText;
  readonly licence: string;
  readonly asOf: string;
  readonly cadence: Cadence;
  readonly period: IsoPeriod;
  readonly demo: boolean;
  readonly file: string;
  readonly format: 'csv';
  readonly keys: { readonly province: string; readonly date?: string };
  readonly measures: readonly IndicatorMeasureJson[];
  /** Optional for indicators; written out so that the SQL console and readers see every column. */
  readonly columns: readonly ColumnDef[];
}

/** A generated indicator dataset: its entry and its CSV bytes (named by `entry.file`). */
export interface GeneratedIndicator {
  readonly entry: IndicatorEntryJson;
  readonly bytes: Uint8Array;
  readonly rowCount: number;
}
