import type { Table } from 'apache-arrow';
import { tableRows } from '../../data/formats/arrow-rows';
import type { AppState } from '../app/app-state';

const rowsByTable = new WeakMap<Table, readonly Record<string, unknown>[]>();

/** The rows of a query result (converted once per result table). Empty before the first result. */
export function resultRows(state: AppState, key: string): readonly Record<string, unknown>[] {
  const table = state.results[key];
  if (!table) return [];
  let rows = rowsByTable.get(table);
  if (!rows) {
    rows = tableRows(table);
    rowsByTable.set(table, rows);
  }
  return rows;
}

/** `column` of `rows` as a number per province code (rows without a finite value are skipped). */
export function valueByProvince(
  rows: readonly Record<string, unknown>[],
  column: string,
): Map<number, number> {
  const result = new Map<number, number>();
  for (const row of rows) {
    const value = Number(row[column]);
    if (Number.isFinite(value)) result.set(Number(row.province_code), value);
  }
  return result;
}

/** An ISO date from a DATE result value (epoch milliseconds). */
export function isoDay(value: unknown): string {
  return new Date(Number(value)).toISOString().slice(0, 10);
}
