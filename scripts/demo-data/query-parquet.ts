/**
 * Test helper: runs SQL with the native DuckDB (@duckdb/node-api) over the generated Parquet
 * files, so that the tests check what a real Parquet reader sees.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * Rows of a query as plain objects: BIGINT/HUGEINT as numbers, DATE/TIMESTAMP as ISO text
 * (cast to VARCHAR in the SQL for DuckDB's own text form).
 */
export type QueryRow = Record<string, number | string | boolean | null>;

/** A DuckDB connection with a helper that returns JSON-like rows. */
export interface ParquetQuery {
  readonly all: (sql: string) => Promise<QueryRow[]>;
  readonly close: () => void;
}

function toPlain(value: unknown): number | string | boolean | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** Opens an in-memory DuckDB. Use `read_parquet('<path>')` in the SQL. */
export async function openParquetQuery(): Promise<ParquetQuery> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  return {
    all: async (sql) => {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => {
        const plain: QueryRow = {};
        for (const [key, value] of Object.entries(row)) plain[key] = toPlain(value);
        return plain;
      });
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
