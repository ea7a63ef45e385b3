/**
 * The value per province of a province-keyed table: the sum of a numeric column over each
 * province's rows, or the row count. The import worker sums every numeric column of a file's
 * table before sending it, and the page looks the sums up by the table (a million rows summed on
 * the page held it for a quarter of a second); any other table is summed when asked.
 */
import { DataType, type Table } from 'apache-arrow';
import { PROVINCE_BY_CODE } from '../places/provinces';

/** Province code → value (null when the province has rows but none with a value). */
export type ProvinceValues = Map<number, number | null>;

/** The sums of one column (null: the row count), as plain pairs that cross to the page. */
export interface ColumnSums {
  readonly column: string | null;
  readonly values: readonly (readonly [code: number, value: number | null])[];
}

/** The sums of a table's numeric columns and its row count per province, keyed by `codeColumn`. */
export interface ProvinceSums {
  readonly codeColumn: string;
  readonly columns: readonly ColumnSums[];
}

/** A cell as a finite number, or null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** Sums made in the worker, by the table the page made from them (see {@link rememberSums}). */
const known = new WeakMap<Table, ProvinceSums>();

/** Records the worker's sums for `table`, so {@link valuesByProvince} need not read its rows. */
export function rememberSums(table: Table, sums: ProvinceSums): void {
  known.set(table, sums);
}

function rememberedValues(
  table: Table,
  codeColumn: string,
  column: string | null,
): ProvinceValues | null {
  const sums = known.get(table);
  if (sums?.codeColumn !== codeColumn) return null;
  const found = sums.columns.find((c) => c.column === column);
  return found ? new Map(found.values) : null;
}

/** Sums `column` (the row count when null) over the rows of each province, reading every row. */
function sumRows(table: Table, codeColumn: string, column: string | null): ProvinceValues {
  const result: ProvinceValues = new Map();
  const codes = table.getChild(codeColumn);
  if (!codes) return result;
  const values = column === null ? null : table.getChild(column);
  // Iterators walk the record batches directly: far cheaper than get(row) on a long table.
  const valueCells = values ? values[Symbol.iterator]() : null;
  for (const cell of codes) {
    const value = valueCells ? toNumber(valueCells.next().value) : 1;
    const code = toNumber(cell);
    if (code === null || !PROVINCE_BY_CODE.has(code)) continue;
    const before = result.get(code);
    if (value === null) {
      if (before === undefined) result.set(code, null);
    } else {
      result.set(code, (before ?? 0) + value);
    }
  }
  return result;
}

/**
 * The value per province: the sum of `column` over the province's rows (the row count when
 * `column` is null). Rows whose code is not a province are left out. Provinces come in the order
 * of their first row.
 */
export function valuesByProvince(
  table: Table,
  codeColumn: string,
  column: string | null,
): ProvinceValues {
  return rememberedValues(table, codeColumn, column) ?? sumRows(table, codeColumn, column);
}

/** The row count and the sums of every numeric column but the code column, per province. */
export function provinceSums(table: Table, codeColumn: string): ProvinceSums {
  const numeric = table.schema.fields
    .filter(
      (field) =>
        field.name !== codeColumn &&
        (DataType.isInt(field.type) ||
          DataType.isFloat(field.type) ||
          DataType.isDecimal(field.type)),
    )
    .map((field) => field.name);
  const columns = [null, ...numeric].map((column) => ({
    column,
    values: [...sumRows(table, codeColumn, column)],
  }));
  return { codeColumn, columns };
}
