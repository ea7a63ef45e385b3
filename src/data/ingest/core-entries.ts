/**
 * The manifest entry an ingest writes for a core dataset: title, unit, file and columns from
 * data/datasets.json (the contract the app's queries read), the source and licence the adapter
 * or the user names, the dates found in the data, and `demo: false`.
 */
import staticDatasets from '../../../data/datasets.json';
import type { Cadence, ColumnDef, DatasetDef, LocalText } from '../manifest/manifest-types';

interface StaticEntry {
  readonly id: string;
  readonly title: LocalText;
  readonly unit: LocalText;
  readonly cadence: string;
  readonly minGroupSize?: number;
  readonly file: string;
  readonly columns: readonly ColumnDef[];
}

const STATIC = staticDatasets as readonly StaticEntry[];

/** The contract columns of core dataset `id`. */
export function coreColumns(id: string): readonly ColumnDef[] {
  const entry = STATIC.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`data/datasets.json has no dataset '${id}'`);
  return entry.columns;
}

/** What the adapter knows of the data it read. */
export interface EntryFacts {
  readonly source: LocalText;
  readonly licence: string;
  readonly asOf: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly cadence?: Cadence;
  readonly caveats?: readonly LocalText[];
}

/** The manifest entry of core dataset `id` written from real data. */
export function coreEntry(id: string, facts: EntryFacts): DatasetDef {
  const entry = STATIC.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`data/datasets.json has no dataset '${id}'`);
  return {
    id,
    title: entry.title,
    unit: entry.unit,
    source: facts.source,
    licence: facts.licence,
    asOf: facts.asOf,
    period: facts.period,
    cadence: facts.cadence ?? (entry.cadence as Cadence),
    demo: false,
    ...(entry.minGroupSize === undefined ? {} : { minGroupSize: entry.minGroupSize }),
    file: entry.file,
    format: 'parquet',
    columns: entry.columns,
    ...(facts.caveats === undefined || facts.caveats.length === 0
      ? {}
      : { caveats: facts.caveats }),
  };
}
