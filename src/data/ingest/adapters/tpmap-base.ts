/**
 * The common file's survey base (households and people surveyed per province) against the
 * dimension files: the poor cannot outnumber the surveyed, so a count above the base means
 * files of different years or a damaged file. Such rows are kept (they are the source's
 * figures) and listed as out of range.
 */
import type { LocalText } from '../../manifest/manifest-types';
import type { IngestContext, ReadSource } from '../ingest-types';
import type { Place, ReportBuilder } from '../report-builder';
import { cellAt, findColumn, numberCell, provinceCodes } from '../source-cells';
import { SURVEY_HOUSEHOLDS_COLUMN, SURVEY_PEOPLE_COLUMN } from './tpmap-files';
import { tpmapText } from './tpmap-messages';

/** The counts of one dimension file row, as the adapter keeps them. */
export interface CountedRow {
  readonly code: number;
  readonly dimension: string;
  readonly people: number;
  readonly households: number;
  /** Where the row is, for the report. */
  readonly place: Place;
  /** The row's index in its file. */
  readonly row: number;
}

interface Base {
  readonly households: number | null;
  readonly people: number | null;
}

const PEOPLE: LocalText = { th: 'จำนวนคนจนเป้าหมาย', en: 'target people' };
const HOUSEHOLDS: LocalText = { th: 'จำนวนครัวเรือน', en: 'households' };

/** The base of each province in the common file (the first row of a province counts). */
function basesOf(
  common: ReadSource,
  context: IngestContext,
  report: ReportBuilder,
): Map<number, Base> {
  const bases = new Map<number, Base>();
  const codes = provinceCodes(common, context, report);
  if (codes === null) return bases;
  const householdIndex = findColumn(common, SURVEY_HOUSEHOLDS_COLUMN);
  const peopleIndex = findColumn(common, SURVEY_PEOPLE_COLUMN);
  codes.forEach((code, r) => {
    if (code === null || bases.has(code)) return;
    const count = (index: number | null) => numberCell(cellAt(common, r, index)) ?? null;
    bases.set(code, { households: count(householdIndex), people: count(peopleIndex) });
  });
  return bases;
}

/** Lists every row of `rows` whose people or households exceed its province's base. */
export function checkAgainstBase(
  common: ReadSource,
  rows: readonly CountedRow[],
  context: IngestContext,
  report: ReportBuilder,
): void {
  const bases = basesOf(common, context, report);
  for (const row of rows) {
    const base = bases.get(row.code);
    if (base === undefined) continue;
    const over: [string, LocalText, number, number | null][] = [
      ['poor.JPT.MOFval.CNT', PEOPLE, row.people, base.people],
      ['poor.household.CNT', HOUSEHOLDS, row.households, base.households],
    ];
    for (const [field, what, count, limit] of over) {
      if (limit === null || count <= limit) continue;
      report.outOfRangeValue(
        { ...row.place, field, value: String(count) },
        tpmapText.overBase(what, count, limit),
      );
    }
  }
}
