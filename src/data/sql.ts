/**
 * The only way SQL text is put together in the app.
 *
 * Rules: table and column names come from the dataset registry and pass through {@link quoteIdent};
 * values never enter SQL text, they travel as `?` parameters in {@link SqlQuery.params}.
 */
import { COLUMN_TYPES, type ColumnType } from './manifest/manifest-types';

/** A value bound to a `?` placeholder. */
export type SqlParam = number | string | boolean | null | bigint;

/** SQL text with `?` placeholders and the values for them, in order. */
export interface SqlQuery {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** A piece of a query: trusted SQL text (never a value) or a fragment carrying its own params. */
export type SqlPart = string | SqlQuery;

/**
 * Quotes a table or column name for DuckDB: wraps it in double quotes and doubles inner quotes,
 * so `a"; DROP TABLE x; --` becomes one harmless identifier.
 * @throws Error if the name is empty or contains a NUL character (DuckDB cannot store either).
 */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new Error('SQL identifier is empty: a table or column needs a name');
  if (name.includes('\u0000')) {
    throw new Error(`SQL identifier ${JSON.stringify(name)} contains a NUL character`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * One parameter with an explicit type: `CAST(? AS type)`.
 *
 * Always cast: duckdb-wasm binds every JS number as DOUBLE and null as VARCHAR, the native
 * binding binds 1 as INTEGER, so an uncast `?` can change a result's type between engines.
 */
export function castParam(value: SqlParam, type: ColumnType): SqlQuery {
  if (!COLUMN_TYPES.includes(type)) throw new Error(`castParam: unknown SQL type '${type}'`);
  return { sql: `CAST(? AS ${type})`, params: [value] };
}

/** Joins parts into one query, keeping every fragment's params in placeholder order. */
export function concatSql(parts: readonly SqlPart[], separator = ' '): SqlQuery {
  const texts: string[] = [];
  const params: SqlParam[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      texts.push(part);
    } else {
      texts.push(part.sql);
      params.push(...part.params);
    }
  }
  return { sql: texts.join(separator), params };
}

/** `WHERE (a) AND (b) ...`, or nothing when there are no conditions. */
export function whereAll(conditions: readonly SqlPart[]): SqlQuery {
  if (conditions.length === 0) return { sql: '', params: [] };
  const wrapped = conditions.map((condition) => concatSql(['(', condition, ')'], ''));
  return concatSql(['WHERE', concatSql(wrapped, ' AND ')]);
}
