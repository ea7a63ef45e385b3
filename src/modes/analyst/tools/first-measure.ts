/**
 * The measure a new user layer is first coloured by. Real files lead with identifiers (`id`,
 * `province_ID`, `pro_code`, `column_1`, a row number, a year): a map coloured by them means
 * nothing, so they are passed over; a column named like a key or holding only a year or a
 * running number is one. With nothing else numeric, the layer counts rows (column null).
 */
import type { Table } from 'apache-arrow';
import { toNumber } from './user-layer-model';

/**
 * Names of key-like columns: ids and codes (`id`, `province_ID`, `pro_code`, `provinceId`), order
 * numbers (`no`, `row_no`, `seq`, `column_1`), years (`year`, `fiscal_year`, `ปีงบประมาณ`) and the
 * Thai รหัส (code) and ลำดับ (order). "number_of_cases" or "income" stay measures.
 */
const KEY_NAMES: readonly RegExp[] = [
  /^(id|no|num|number|seq|index|idx|row|rownum|key|pk|fy|column_?\d*|field_?\d*)$/i,
  /(^|[_\s.-])(id|code|cd)$/i,
  /^(id|code)[_\s.-]/i,
  /[a-z](Id|ID|Code)$/,
  /(^|[_\s.-])(no|seq|index|idx)$/i,
  /(^|[_\s.-])(year|yr|fiscal_?year)$|^(year|yr)[_\s.-]/i,
  /รหัส|ลำดับ|^ปี/,
];

/** How many rows are read to judge a column's values (a file's head says enough). */
const SAMPLE_ROWS = 500;

function sampledNumbers(table: Table, column: string): number[] {
  const vector = table.getChild(column);
  if (!vector) return [];
  const values: number[] = [];
  for (let row = 0; row < Math.min(table.numRows, SAMPLE_ROWS); row += 1) {
    const value = toNumber(vector.get(row));
    if (value !== null) values.push(value);
  }
  return values;
}

/** Whole numbers that are all years (Gregorian 1900–2100 or Buddhist-era 2443–2643). */
function allYears(values: readonly number[]): boolean {
  return (
    values.length > 0 &&
    values.every(
      (v) => Number.isInteger(v) && ((v >= 1900 && v <= 2100) || (v >= 2443 && v <= 2643)),
    )
  );
}

/** 1, 2, 3 … (or 0, 1, 2 …) in file order: a row number. */
function runningNumber(values: readonly number[]): boolean {
  if (values.length < 3) return false;
  const start = values[0];
  return (start === 0 || start === 1) && values.every((v, i) => v === start + i);
}

/** True when `column` names or holds a key rather than a measure. */
export function isKeyLikeColumn(table: Table, column: string): boolean {
  if (KEY_NAMES.some((pattern) => pattern.test(column))) return true;
  const values = sampledNumbers(table, column);
  return allYears(values) || runningNumber(values);
}

/** The first of `numericColumns` that is a measure, or null to count rows. */
export function firstMeasure(table: Table, numericColumns: readonly string[]): string | null {
  return numericColumns.find((column) => !isKeyLikeColumn(table, column)) ?? null;
}
