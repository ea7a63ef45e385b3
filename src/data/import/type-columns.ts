/**
 * Types the columns of the usable rows: numbers ("1,234", "๑๒๓", "45.2%", negatives), ISO dates
 * (BE or CE, see parse-date.ts), booleans, or text. Placeholders such as "-", "" and "N/A" are
 * missing values. A column that is at least 90 % numbers (or dates) is typed so, and its few
 * other values are read as missing with a warning naming them.
 */
import { msg, TYPE_NAMES, whereList } from './import-messages';
import type { ImportedColumn, ImportMessage, LocationUnit } from './import-types';
import { isMissing, parseNumber } from './parse-number';
import { isoOfDate, parseDate, type ParsedDate } from './parse-date';
import { cellText, type RawCell } from './raw-table';

const MAJORITY = 0.9;
const LEADING_ZERO = /^0\d/;

/** The rows to type, with their column names and where each row is. */
export interface TypingInput {
  readonly fileName: string;
  readonly headers: readonly string[];
  readonly names: readonly string[];
  readonly rows: readonly (readonly RawCell[])[];
  readonly locations: readonly number[];
  readonly unit: LocationUnit;
}

type Read =
  | { kind: 'missing' }
  | { kind: 'number'; value: number; percent: boolean; leadingZero: boolean }
  | { kind: 'date'; value: string; parsed: ParsedDate | null }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text'; value: string };

function readCell(cell: RawCell): Read {
  if (cell === null) return { kind: 'missing' };
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { kind: 'number', value: cell, percent: false, leadingZero: false }
      : { kind: 'missing' };
  }
  if (typeof cell === 'boolean') return { kind: 'boolean', value: cell };
  if (cell instanceof Date) {
    const iso = isoOfDate(cell);
    return iso === null ? { kind: 'missing' } : { kind: 'date', value: iso, parsed: null };
  }
  const text = cellText(cell);
  if (isMissing(text)) return { kind: 'missing' };
  const number = parseNumber(text);
  if (number) return { kind: 'number', ...number, leadingZero: LEADING_ZERO.test(text) };
  const date = parseDate(text);
  if (date) return { kind: 'date', value: date.iso, parsed: date };
  return { kind: 'text', value: text };
}

const textOf = (read: Read, cell: RawCell): string | null =>
  read.kind === 'missing'
    ? null
    : read.kind === 'date' && read.parsed === null
      ? read.value
      : cellText(cell);

/** Warnings about the dates of one column: mixed eras, two-digit years, dropped times. */
function dateWarnings(fileName: string, name: string, reads: readonly Read[]): ImportMessage[] {
  const dates = reads.flatMap((r) => (r.kind === 'date' && r.parsed ? [r.parsed] : []));
  const warnings: ImportMessage[] = [];
  const eras = new Set(dates.filter((d) => !d.twoDigitYear).map((d) => d.era));
  if (eras.size > 1) warnings.push(msg.mixedEra(fileName, name));
  if (dates.some((d) => d.twoDigitYear)) warnings.push(msg.twoDigitYears(fileName, name));
  if (dates.some((d) => d.hadTime)) warnings.push(msg.timesDropped(fileName, name));
  return warnings;
}

function typeColumn(input: TypingInput, index: number, warnings: ImportMessage[]): ImportedColumn {
  const name = input.names[index] ?? '';
  const header = input.headers[index] ?? '';
  const cells = input.rows.map((row) => row[index] ?? null);
  const reads = cells.map(readCell);
  const present = reads.filter((r) => r.kind !== 'missing');
  const share = (kind: Read['kind']): number =>
    present.length === 0 ? 0 : present.filter((r) => r.kind === kind).length / present.length;
  const leadingZero = reads.some((r) => r.kind === 'number' && r.leadingZero);
  const report = (kind: 'number' | 'date'): void => {
    const bad = reads.flatMap((r, i) => (r.kind !== 'missing' && r.kind !== kind ? [i] : []));
    const [first] = bad;
    if (first === undefined) return;
    const at = whereList(
      input.unit,
      bad.map((i) => input.locations[i] ?? i + 1),
    );
    warnings.push(
      msg.badCells(input.fileName, name, TYPE_NAMES[kind], at, cellText(cells[first] ?? null)),
    );
  };
  if (present.length > 0 && !leadingZero && share('number') >= MAJORITY) {
    report('number');
    return {
      name,
      header,
      type: 'number',
      values: reads.map((r) => (r.kind === 'number' ? r.value : null)),
      percent: reads.some((r) => r.kind === 'number' && r.percent),
    };
  }
  if (present.length > 0 && share('date') >= MAJORITY) {
    report('date');
    warnings.push(...dateWarnings(input.fileName, name, reads));
    return {
      name,
      header,
      type: 'date',
      values: reads.map((r) => (r.kind === 'date' ? r.value : null)),
    };
  }
  if (present.length > 0 && share('boolean') === 1) {
    return {
      name,
      header,
      type: 'boolean',
      values: reads.map((r) => (r.kind === 'boolean' ? r.value : null)),
    };
  }
  return { name, header, type: 'text', values: reads.map((r, i) => textOf(r, cells[i] ?? null)) };
}

/** Every column of `input.rows` typed, and the warnings about values that did not fit. */
export function typeColumns(input: TypingInput): {
  columns: ImportedColumn[];
  warnings: ImportMessage[];
} {
  const warnings: ImportMessage[] = [];
  const columns = input.names.map((_, index) => typeColumn(input, index, warnings));
  return { columns, warnings };
}
