/**
 * Reading the cells of a source file: columns found by header (any case, spaces, dots and
 * underscores ignored), numbers and dates in the spellings Thai files use, and each row's
 * province through the app's one normaliser. Problems go to the report with their place.
 */
import { headerKey } from '../import/detect-columns';
import { matchProvinces } from '../import/match-province';
import { isoOfDate, parseDate } from '../import/parse-date';
import { isMissing, parseNumber } from '../import/parse-number';
import { cellText, type RawCell } from '../import/raw-table';
import type { IngestContext, ReadSource } from './ingest-types';
import type { ReportBuilder } from './report-builder';

/** Index of the first column whose header is one of `names` (compared by headerKey), or null. */
export function findColumn(source: ReadSource, names: readonly string[]): number | null {
  const wanted = new Set(names.map(headerKey));
  const index = source.table.headers.findIndex((header) => wanted.has(headerKey(header)));
  return index < 0 ? null : index;
}

/** True when every one of `groups` (alternative spellings of one column) is in the header. */
export function hasColumns(source: ReadSource, groups: readonly (readonly string[])[]): boolean {
  return groups.every((names) => findColumn(source, names) !== null);
}

/** The header names of a file, for "found: ..." messages. */
export function headerList(source: ReadSource): string {
  return source.table.headers.map((h) => (h.trim() === '' ? '(blank)' : h.trim())).join(', ');
}

/** A cell of row `r`, or null past the row's end. */
export function cellAt(source: ReadSource, r: number, index: number | null): RawCell {
  if (index === null) return null;
  return source.table.rows[r]?.[index] ?? null;
}

/** A number cell: the number, null when empty, or undefined when it is not a number. */
export function numberCell(cell: RawCell): number | null | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell);
  if (text === '' || isMissing(text)) return null;
  const parsed = parseNumber(text);
  return parsed === null ? undefined : parsed.value;
}

/** A date cell as YYYY-MM-DD: null when empty, undefined when it is no date. */
export function dateCell(cell: RawCell): string | null | undefined {
  if (cell instanceof Date) return isoOfDate(cell) ?? undefined;
  const text = cellText(cell);
  if (text === '') return null;
  return parseDate(text)?.iso ?? undefined;
}

/** The name of column `index` as the report shows it. */
export function columnName(source: ReadSource, index: number): string {
  return source.table.names[index] ?? `column_${index + 1}`;
}

/**
 * The province code of every row (null where none matched: each such row is in the report), or
 * null when the file has no province column (an error is noted).
 */
export function provinceCodes(
  source: ReadSource,
  context: IngestContext,
  report: ReportBuilder,
): readonly (number | null)[] | null {
  const match = matchProvinces(source.name, source.table, context.normalise);
  if (match === null) {
    report.error({
      th: `${source.name}: ไม่พบคอลัมน์จังหวัด (ชื่อหรือรหัสจังหวัด) — คอลัมน์ที่พบ: ${headerList(source)}`,
      en: `${source.name}: no province column (a province name or code) — columns found: ${headerList(source)}`,
    });
    return null;
  }
  for (const row of match.unmatched) {
    report.unmatchedRow(
      {
        file: source.name,
        location: row.location,
        unit: row.unit,
        field: row.column,
        value: row.value,
      },
      { th: row.th, en: row.en },
    );
  }
  for (const warning of match.warnings) report.warn(warning);
  return match.codes;
}
