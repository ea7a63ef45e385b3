/**
 * Runs one aggregate SELECT on the raw tables and returns its result as the column arrays
 * scripts/demo-data/parquet-writer.ts writes, after checking that the result has exactly the
 * aggregate's declared columns and types.
 */
import {
  DuckDBTypeId,
  type DuckDBConnection,
  type DuckDBDateValue,
  type DuckDBType,
} from '@duckdb/node-api';
import type { ColumnDef, ColumnType } from '../../src/data/manifest/manifest-types';
import type { SqlQuery } from '../../src/data/sql';
import type { ColumnStore, ColumnValues } from '../demo-data/parquet-writer';

const CONTRACT_TYPES: ReadonlyMap<DuckDBTypeId, ColumnType> = new Map([
  [DuckDBTypeId.INTEGER, 'INTEGER'],
  [DuckDBTypeId.BIGINT, 'BIGINT'],
  [DuckDBTypeId.DOUBLE, 'DOUBLE'],
  [DuckDBTypeId.VARCHAR, 'VARCHAR'],
  [DuckDBTypeId.BOOLEAN, 'BOOLEAN'],
  [DuckDBTypeId.DATE, 'DATE'],
  [DuckDBTypeId.TIMESTAMP, 'TIMESTAMP'],
]);

/** The contract type name of a DuckDB result type, or its DuckDB name when it has none. */
function contractType(type: DuckDBType): string {
  return CONTRACT_TYPES.get(type.typeId) ?? type.toString();
}

/** `problems` when the result's names and types differ from `columns`, in order. */
export function resultSchemaProblems(
  columns: readonly ColumnDef[],
  names: readonly string[],
  types: readonly DuckDBType[],
): string[] {
  const found = names.map((name, i) => `${name} ${types[i] ? contractType(types[i]) : '?'}`);
  const wanted = columns.map((column) => `${column.name} ${column.type}`);
  if (found.join(', ') === wanted.join(', ')) return [];
  return [`the SELECT returns (${found.join(', ')}) but declares (${wanted.join(', ')})`];
}

/** Values of one nullable-number column: INTEGER as numbers, DATE as days since 1970-01-01. */
function numbers(column: ColumnDef, values: readonly unknown[]): (number | null)[] {
  return values.map((value) => {
    if (value === null) return null;
    if (column.type === 'DATE') return (value as DuckDBDateValue).days;
    if (typeof value === 'number') return value;
    throw new Error(`column ${column.name}: ${typeof value} is no ${column.type}`);
  });
}

function requireNoNulls<T>(column: ColumnDef, values: readonly (T | null)[]): T[] {
  const firstNull = values.indexOf(null);
  if (firstNull >= 0) {
    throw new Error(`column ${column.name} is declared NOT NULL but row ${firstNull} is NULL`);
  }
  return values as T[];
}

/** One result column as {@link ColumnValues} of its contract type. */
function columnValues(column: ColumnDef, values: readonly unknown[]): ColumnValues {
  switch (column.type) {
    case 'INTEGER':
    case 'DATE': {
      const list = numbers(column, values);
      return column.nullable ? list : Int32Array.from(requireNoNulls(column, list));
    }
    case 'VARCHAR':
      return values.map((value) => {
        if (value === null || typeof value === 'string') return value;
        throw new Error(`column ${column.name}: ${typeof value} is no VARCHAR`);
      });
    case 'DOUBLE':
      return Float64Array.from(requireNoNulls(column, values) as number[]);
    case 'BOOLEAN':
      return requireNoNulls(column, values) as boolean[];
    case 'BIGINT':
    case 'TIMESTAMP':
      throw new Error(`column ${column.name}: ${column.type} is not written by the publish step`);
  }
}

/** A result table: its column arrays and row count. */
export interface AggregateResult {
  readonly store: ColumnStore;
  readonly rowCount: number;
}

/**
 * Runs `query` (its `?` bound as prepared-statement parameters) and returns the columns.
 * @throws Error if the result's names or types differ from `columns`, or a NOT NULL column
 *   holds NULL.
 */
export async function runAggregateQuery(
  connection: DuckDBConnection,
  columns: readonly ColumnDef[],
  query: SqlQuery,
): Promise<AggregateResult> {
  const reader = await connection.runAndReadAll(query.sql, [...query.params]);
  const problems = resultSchemaProblems(columns, reader.columnNames(), reader.columnTypes());
  if (problems.length > 0) throw new Error(problems.join('; '));
  const values = reader.getColumns();
  const store: Record<string, ColumnValues> = {};
  columns.forEach((column, index) => {
    store[column.name] = columnValues(column, values[index] ?? []);
  });
  return { store, rowCount: reader.currentRowCount };
}
