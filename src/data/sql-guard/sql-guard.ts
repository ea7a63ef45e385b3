/**
 * The SQL console's read-only guard and runner (issue 6).
 *
 * Layers:
 * 1. {@link checkReadOnlySqlText}: one statement, starting with SELECT/WITH/VALUES/FROM/TABLE/
 *    DESCRIBE/SUMMARIZE, no write or settings keyword, FROM only the allowed tables and CTEs, no
 *    table function (DuckDB's own list of them is asked for), no file name or URL as a table.
 * 2. {@link runConsoleQuery} runs the statement only inside `SELECT * FROM (...) LIMIT ?`, where
 *    DuckDB's grammar takes nothing but a query, and checks that text again.
 * 3. duckdb-wasm prepares every statement (the console's pending query too), which refuses two
 *    statements at once (native DuckDB in engine-node.ts runs them all: tests rely on layers 1
 *    and 2 there).
 * 4. sql-guard-lockdown.ts (to be wired in at engine start): DuckDB refuses files and settings.
 *
 * DuckDB's parser (`json_serialize_sql`) is not used: duckdb-wasm 1.32 has no json extension
 * built in and fetching it is not possible offline.
 */
import { DataType, type Table } from 'apache-arrow';
import type { LocalText } from '../manifest/manifest-types';
import { castParam, quoteIdent, type SqlQuery } from '../sql';
import { checkReadOnlySqlText, type GuardResult } from './sql-guard-check';
import { GUARD_MESSAGES } from './sql-guard-messages';
import { columnValues } from '../engine/table-loader';
import { messageOf } from '../error-message';

export type { GuardResult } from './sql-guard-check';
export { checkReadOnlySqlText } from './sql-guard-check';

/** What the guard needs of an engine: DataEngine fits. */
export interface SqlRunner {
  query(q: SqlQuery): Promise<Table>;
}

/** Rows the console shows at most; one more is fetched to tell that there were more. */
export const CONSOLE_MAX_ROWS = 100_000;

/** A console run: its rows (at most `maxRows`) and whether the query returned more. */
export type ConsoleResult =
  | { readonly ok: true; readonly table: Table; readonly truncated: boolean; readonly sql: string }
  | { readonly ok: false; readonly message: LocalText };

const functionLists = new WeakMap<SqlRunner, Promise<ReadonlySet<string>>>();

/**
 * Lower-case names of the engine's table and pragma functions that are not also scalar or
 * aggregate functions (`range`, `histogram`, `repeat` and `version` are both). Asked once per
 * engine, so the list matches the build (native DuckDB has read_parquet, duckdb-wasm does not).
 */
export function tableFunctionNames(engine: SqlRunner): Promise<ReadonlySet<string>> {
  let names = functionLists.get(engine);
  if (!names) {
    names = engine
      .query({
        sql:
          'SELECT DISTINCT lower(function_name) AS name FROM duckdb_functions() ' +
          "WHERE function_type IN ('table', 'table_macro', 'pragma') AND lower(function_name) NOT IN " +
          "(SELECT lower(function_name) FROM duckdb_functions() WHERE function_type IN ('scalar', 'aggregate', 'macro'))",
        params: [],
      })
      .then((table) => new Set(columnValues(table, 'name').map(String)));
    names.catch(() => functionLists.delete(engine));
    functionLists.set(engine, names);
  }
  return names;
}

/**
 * Checks one console query without running it.
 * @param knownTables the tables the console may read: loaded datasets that may be shown row by
 * row (never a table of personal records under a minimum group size).
 */
export async function checkReadOnlySql(
  engine: SqlRunner,
  sql: string,
  knownTables: Iterable<string>,
): Promise<GuardResult> {
  return checkReadOnlySqlText(sql, knownTables, await tableFunctionNames(engine));
}

/**
 * `sql` (as accepted by the guard) with at most `limit` rows; the user's text stays on its lines.
 * Columns named in `doubles` are cast to DOUBLE (names as the wrapped result has them).
 */
export function limitedQuery(
  sql: string,
  limit: number,
  doubles: readonly string[] = [],
): SqlQuery {
  const cap = castParam(limit, 'BIGINT');
  const casts = doubles.map((name) => `CAST(${quoteIdent(name)} AS DOUBLE) AS ${quoteIdent(name)}`);
  const columns = casts.length > 0 ? `* REPLACE (${casts.join(', ')})` : '*';
  return {
    sql: `SELECT ${columns} FROM (\n${sql}\n) AS console_result LIMIT ${cap.sql}`,
    params: cap.params,
  };
}

const isMessage = (value: Table | LocalText): value is LocalText => !('schema' in value);

/**
 * Checks and runs a console query, keeping at most `maxRows` rows.
 * @param execute how the checked statement runs (the console passes an interruptible query);
 * `engine` still answers the guard's own question about table functions.
 * @returns the rows, or a {th,en} message: the guard's refusal or DuckDB's error.
 */
export async function runConsoleQuery(
  engine: SqlRunner,
  sql: string,
  knownTables: readonly string[],
  maxRows = CONSOLE_MAX_ROWS,
  execute: (q: SqlQuery) => Promise<Table> = (q) => engine.query(q),
): Promise<ConsoleResult> {
  const functions = await tableFunctionNames(engine);
  const checked = checkReadOnlySqlText(sql, knownTables, functions);
  if (!checked.ok) return checked;
  const run = async (doubles: readonly string[] = []): Promise<Table | LocalText> => {
    const query = limitedQuery(checked.sql, maxRows + 1, doubles);
    // What runs is checked too: if the user's text could leave the brackets, this catches it.
    const wrapped = checkReadOnlySqlText(query.sql, knownTables, functions);
    if (!wrapped.ok) return wrapped.message;
    try {
      return await execute(query);
    } catch (error) {
      return GUARD_MESSAGES.failed(messageOf(error));
    }
  };
  let table = await run();
  if (isMessage(table)) return { ok: false, message: table };
  // DECIMAL and HUGEINT (a 1.25 literal, sum() of a BIGINT) reach JS as unscaled big numbers
  // that the table and the CSV would show as "125": asked again as DOUBLE.
  const decimals = table.schema.fields.filter((f) => DataType.isDecimal(f.type)).map((f) => f.name);
  if (decimals.length > 0) {
    table = await run(decimals);
    if (isMessage(table)) return { ok: false, message: table };
  }
  const truncated = table.numRows > maxRows;
  return {
    ok: true,
    table: truncated ? table.slice(0, maxRows) : table,
    truncated,
    sql: checked.sql,
  };
}
