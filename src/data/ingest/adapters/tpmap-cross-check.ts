/**
 * The 11111 file repeats each single-dimension count in its own columns
 * (poor.JPT.MOFval.health ... .accessibility): on the published 2561 files they equal the
 * single-dimension files' poor.JPT.MOFval.CNT in every province. A difference means files of
 * different downloads or years were put together under the same names, so it is listed; the
 * rows are kept, as the source wrote them.
 */
import type { ReadSource } from '../ingest-types';
import type { ReportBuilder } from '../report-builder';
import { cellAt, findColumn, numberCell } from '../source-cells';
import type { CountedRow } from './tpmap-base';
import { tpmapText } from './tpmap-messages';

/** The 11111 file's column of each dimension (TPMAP spells access out). */
const ANY_FILE_COLUMN: Readonly<Record<string, string>> = {
  health: 'poor.JPT.MOFval.health',
  living: 'poor.JPT.MOFval.living',
  education: 'poor.JPT.MOFval.education',
  income: 'poor.JPT.MOFval.income',
  access: 'poor.JPT.MOFval.accessibility',
};

/** Lists every single-dimension row whose people differ from the 11111 file's column. */
export function checkAgainstAny(
  anySource: ReadSource,
  rows: readonly CountedRow[],
  report: ReportBuilder,
): void {
  const anyRow = new Map(rows.filter((k) => k.dimension === 'any').map((k) => [k.code, k.row]));
  for (const k of rows) {
    const column = ANY_FILE_COLUMN[k.dimension];
    const r = anyRow.get(k.code);
    if (column === undefined || r === undefined) continue;
    const index = findColumn(anySource, [column]);
    const there = numberCell(cellAt(anySource, r, index));
    if (typeof there !== 'number' || there === k.people) continue;
    report.outOfRangeValue(
      { ...k.place, field: 'poor.JPT.MOFval.CNT', value: String(k.people) },
      tpmapText.notOneSet(k.dimension, anySource.name, column, there),
    );
  }
}
