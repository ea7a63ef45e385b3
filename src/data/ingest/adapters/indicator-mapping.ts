/**
 * The column mapping of the generic indicator adapter: a manifest indicator entry (issue 14,
 * src/data/manifest/manifest-indicator.ts) without `file`, `columns` and dates, e.g.
 *
 *   { "title": { "th", "en" }, "unit": { "th", "en" }, "province": "<column>",
 *     "date": "<column>" | null, "measures": [{ "column", "title", "unit", "better",
 *     "aggregate", ... }], "source": { "th", "en" }, "licence", "cadence", "asOf" }
 *
 * It is checked by the manifest's own parser (parseDataset), so a mapping that passes gives an
 * entry the app loads; messages name the mapping's field. `mappingFromFlags` builds the same
 * object from command-line flags.
 */
import { DataFileError, JsonObjectReader } from '../../manifest/json-fields';
import { parseDataset } from '../../manifest/manifest-entry';
import type {
  Cadence,
  DatasetDef,
  IndicatorMeasure,
  LocalText,
} from '../../manifest/manifest-types';
import type { IngestOptions } from '../ingest-types';

/** The fields a mapping may have. */
export const MAPPING_FIELDS = [
  'title',
  'unit',
  'province',
  'date',
  'measures',
  'source',
  'licence',
  'cadence',
  'asOf',
] as const;

/** Placeholder dates for the parser; the adapter puts the dates found in the data. */
const SOME_DAY = '2000-01-01';
const NO_LICENCE = 'no licence stated';

/** A mapping checked and turned into the dataset's entry (dates still to come from the data). */
export interface CheckedMapping {
  readonly def: DatasetDef;
  /** The mapping's "asOf" (a snapshot's date), or null. */
  readonly asOf: string | null;
  /** False when the mapping leaves cadence out: it is then judged from the dates. */
  readonly cadenceGiven: boolean;
  /** Fields of the mapping the parser did not know and skipped. */
  readonly ignored: readonly string[];
}

export type MappingCheck =
  | { readonly ok: true; readonly mapping: CheckedMapping }
  | { readonly ok: false; readonly error: LocalText };

function failure(detail: string): MappingCheck {
  return {
    ok: false,
    error: {
      th: `ไฟล์จับคู่คอลัมน์ (--mapping) ใช้ไม่ได้: ${detail} — แก้ฟิลด์ที่ระบุแล้วนำเข้าใหม่`,
      en: `the column mapping (--mapping) is not usable: ${detail} — correct that field and ingest again`,
    },
  };
}

/** The parser's message with the entry label and `keys` taken out: the mapping has neither. */
function mappingMessage(message: string, name: string): string {
  return message
    .replace(/^.*?: datasets\[0\](?: \([^)]*\))?: /, `${name}: `)
    .replace(/keys: (province|date)/g, '$1')
    .replace(/keys\.(province|date)/g, '$1')
    .replace(/^(.*?): keys: /, '$1: ');
}

/**
 * Checks `mapping` and builds the entry of indicator `datasetId` from it.
 * @param name how messages name the mapping (its file name, or "mapping").
 */
export function checkMapping(
  mapping: unknown,
  datasetId: string,
  options: IngestOptions,
  name = 'mapping',
): MappingCheck {
  try {
    const reader = JsonObjectReader.of(mapping, name, '');
    reader.rejectUnknownKeys(MAPPING_FIELDS);
    const asOf =
      reader.raw('asOf') === undefined ? null : reader.isoDate('asOf', 'the date of a snapshot');
    const source = options.source ?? reader.raw('source');
    if (source === undefined) {
      return failure(
        `${name}: missing field 'source' (who published the figures, { "th", "en" }); add it or give --source-th and --source-en`,
      );
    }
    const date = reader.raw('date') ?? null;
    const entry = {
      id: datasetId,
      kind: 'indicator',
      title: reader.raw('title'),
      unit: reader.raw('unit'),
      source,
      licence: options.licence ?? reader.raw('licence') ?? NO_LICENCE,
      asOf: SOME_DAY,
      period: { from: SOME_DAY, to: SOME_DAY },
      cadence: reader.raw('cadence') ?? (date === null ? 'once' : 'monthly'),
      demo: false,
      file: `${datasetId}.csv`,
      format: 'csv',
      keys: { province: reader.raw('province'), ...(date === null ? {} : { date }) },
      measures: reader.raw('measures'),
    };
    const ignored: string[] = [];
    const def = parseDataset(entry, name, 0, ignored);
    return {
      ok: true,
      mapping: { def, asOf, cadenceGiven: reader.raw('cadence') !== undefined, ignored },
    };
  } catch (error) {
    if (error instanceof DataFileError) return failure(mappingMessage(error.message, name));
    throw error;
  }
}

/** The file columns one measure reads (a ratio reads its numerator and denominator). */
export function measureInputs(measure: IndicatorMeasure): readonly string[] {
  switch (measure.aggregate) {
    case 'sum':
    case 'mean':
      return [measure.column];
    case 'weighted':
      return [measure.column, measure.weight ?? ''];
    case 'ratio':
      return [measure.numerator ?? '', measure.denominator ?? ''];
  }
}

/** The cadence the dates suggest: the smallest gap between two of them. */
export function cadenceOfDates(dates: readonly string[]): Cadence {
  const days = [...new Set(dates)].sort().map((d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000);
  let gap = Infinity;
  for (let i = 1; i < days.length; i++) gap = Math.min(gap, (days[i] ?? 0) - (days[i - 1] ?? 0));
  if (gap === Infinity) return 'once';
  if (gap <= 1) return 'daily';
  if (gap <= 7) return 'weekly';
  if (gap <= 31) return 'monthly';
  return 'yearly';
}

/** The flags {@link mappingFromFlags} reads (without the leading --). */
export const MAPPING_FLAGS = [
  'province',
  'date',
  'measure',
  'title-th',
  'title-en',
  'unit-th',
  'unit-en',
  'better',
  'cadence',
  'as-of',
] as const;

/**
 * The mapping object the flags describe, for `npm run ingest -- <id> <file> --province จังหวัด
 * --measure villages:sum ...` without a mapping file. Flags (values as the CLI collects them;
 * a flag given twice arrives as two lines):
 * - `--province <column>`: the province column (required);
 * - `--measure <column>[:sum|mean]`: a figure, summed over provinces by default; repeat the flag
 *   or separate with commas for several; each measure's title is its column name;
 * - `--date <column>`: the date column; leave out for a snapshot, dated with `--as-of YYYY-MM-DD`;
 * - `--title-th`, `--title-en`, `--unit-th`, `--unit-en`: the dataset's title and unit (one
 *   language is used for both when the other is missing); the unit is each measure's unit too;
 * - `--better higher|lower`: which way is better for every measure (default higher);
 * - `--cadence daily|weekly|monthly|yearly|once`: judged from the dates when left out.
 * The source and licence come from `--source-th`/`--source-en`/`--licence` (IngestOptions).
 * Returns undefined when no mapping flag is given.
 * @throws Error naming a flag it does not know.
 */
export function mappingFromFlags(
  flags: Readonly<Record<string, string>>,
): Record<string, unknown> | undefined {
  const known: readonly string[] = MAPPING_FLAGS;
  const unknown = Object.keys(flags).filter((flag) => !known.includes(flag));
  if (unknown.length > 0) {
    throw new Error(
      `unknown flag ${unknown.map((f) => `--${f}`).join(', ')}; a mapping takes ${MAPPING_FLAGS.map((f) => `--${f}`).join(', ')}`,
    );
  }
  if (Object.keys(flags).length === 0) return undefined;
  const pair = (th: string | undefined, en: string | undefined) =>
    th === undefined && en === undefined ? undefined : { th: th ?? en, en: en ?? th };
  const title = pair(flags['title-th'], flags['title-en']);
  const unit = pair(flags['unit-th'], flags['unit-en']);
  const measures = (flags.measure ?? '')
    .split(/[\n,]/)
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '')
    .map((spec) => {
      const cut = spec.lastIndexOf(':');
      const column = cut < 0 ? spec : spec.slice(0, cut);
      const aggregate = cut < 0 ? 'sum' : spec.slice(cut + 1);
      return {
        column,
        title: { th: column, en: column },
        ...(unit === undefined ? {} : { unit }),
        better: flags.better ?? 'higher',
        aggregate,
      };
    });
  return {
    ...(title === undefined ? {} : { title }),
    ...(unit === undefined ? {} : { unit }),
    ...(flags.province === undefined ? {} : { province: flags.province }),
    date: flags.date ?? null,
    measures,
    ...(flags.cadence === undefined ? {} : { cadence: flags.cadence }),
    ...(flags['as-of'] === undefined ? {} : { asOf: flags['as-of'] }),
  };
}
