/**
 * Loading one dataset file into its table: stage, check, swap. Shared by every engine so the
 * browser and the tests run the same SQL.
 */
import type { Table } from 'apache-arrow';
import type { EngineBackend, ParquetDecoder } from './engine-backend';
import type { ColumnDef, DatasetDef } from '../manifest/manifest-types';
import { datasetTableName } from '../manifest/registry';
import { schemaProblems, type StagedColumn } from './schema-check';
import { concatSql, quoteIdent, type SqlParam, type SqlQuery } from '../sql';
import { provinceCodeExpression, provinceKeyOf, provinceKeyProblems } from './indicator-load';
import { messageOf } from '../error-message';
import { DatasetFileError } from './engine-errors';
import { checkParquetExpansion, expansionLimits } from '../formats/parquet-footer';

/**
 * Loads `bytes` into a staging table, checks it against `def.columns` (and `def.rows`, and that
 * it has rows at all), then replaces the dataset's table inside one transaction. On any failure
 * the old table is left as it was.
 * @returns the number of rows loaded.
 */
export async function loadTableInto(
  backend: EngineBackend,
  decodeParquet: ParquetDecoder,
  def: DatasetDef,
  bytes: Uint8Array,
): Promise<number> {
  const stagingName = `${datasetTableName(def)}__staging`;
  const staging = quoteIdent(stagingName);
  await run(backend, `DROP TABLE IF EXISTS ${staging}`);
  try {
    if (def.format === 'parquet') {
      await stageParquet(backend, decodeParquet, def, bytes, stagingName);
    } else {
      await stageCsv(backend, def.file, bytes, stagingName);
    }
    const staged = await describeTable(backend, stagingName);
    // An indicator's province key may hold names: it is matched, not type-checked.
    const key = provinceKeyOf(def);
    const typed =
      key === null ? def : { ...def, columns: def.columns.filter((c) => c.name !== key) };
    const problems = [
      ...schemaProblems(def.file, def.format, typed.columns, staged),
      ...provinceKeyProblems(def, staged),
    ];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const rowCount = await checkValues(backend, typed, staging, staged);
    checkRowCount(def, rowCount);
    const provinceCode = key === null ? null : await provinceCodeExpression(backend, def, staging);
    await swapIn(backend, def, staging, provinceCode);
    return rowCount;
  } finally {
    await run(backend, `DROP TABLE IF EXISTS ${staging}`).catch(() => undefined);
  }
}

async function stageParquet(
  backend: EngineBackend,
  decodeParquet: ParquetDecoder,
  def: DatasetDef,
  bytes: Uint8Array,
  stagingName: string,
): Promise<void> {
  const { file } = def;
  // Before decoding: a small file declaring millions of rows must not get the memory to expand.
  const limits = expansionLimits(def);
  checkParquetExpansion(file, bytes, limits, def.rows);
  let ipc: Uint8Array;
  try {
    ipc = await decodeParquet(bytes);
  } catch (error) {
    // Whatever the decoder says ("unreachable" included), it is this file's problem alone.
    if (error instanceof DatasetFileError && error.file === file) throw error;
    throw new DatasetFileError(file, `not a readable Parquet file (${messageOf(error)})`, {
      cause: error,
    });
  }
  // A footer can understate its size; the decoded stream cannot.
  if (ipc.byteLength > limits.maxDecodedBytes) {
    throw new DatasetFileError(
      file,
      `expanded to ${ipc.byteLength} bytes, more than ${limits.maxDecodedBytes} allowed; check the file`,
    );
  }
  try {
    await backend.createTableFromArrowIpc(stagingName, ipc);
  } catch (error) {
    throw new Error(`${file}: DuckDB could not take the Parquet data (${messageOf(error)})`, {
      cause: error,
    });
  }
}

/** CSV is read as text and typed later by {@link swapIn}: columns are matched by header name, not position. */
async function stageCsv(
  backend: EngineBackend,
  file: string,
  bytes: Uint8Array,
  stagingName: string,
): Promise<void> {
  const path = await backend.registerFile(`${stagingName}.csv`, bytes);
  try {
    await backend.query({
      sql: `CREATE TABLE ${quoteIdent(stagingName)} AS SELECT * FROM read_csv(?, header = true, all_varchar = true)`,
      params: [path],
    });
  } catch (error) {
    throw new Error(`${file}: not a readable CSV file (${messageOf(error)})`, { cause: error });
  } finally {
    await backend.dropFile(path);
  }
}

async function describeTable(backend: EngineBackend, name: string): Promise<StagedColumn[]> {
  const table = await backend.query({
    sql:
      'SELECT column_name, data_type FROM information_schema.columns ' +
      'WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position',
    params: [name],
  });
  const names = columnValues(table, 'column_name');
  const types = columnValues(table, 'data_type');
  return names.map((column, index) => ({ name: String(column), type: String(types[index]) }));
}

/** Counts values that do not fit the declared type and NULLs in non-nullable columns. */
async function checkValues(
  backend: EngineBackend,
  def: DatasetDef,
  staging: string,
  staged: readonly StagedColumn[],
): Promise<number> {
  const stagedType = new Map(staged.map((column) => [column.name, column.type]));
  const needsCast = (column: ColumnDef): boolean => stagedType.get(column.name) !== column.type;
  const counts = ['CAST(count(*) AS INTEGER) AS row_count'];
  def.columns.forEach((column, index) => {
    const name = quoteIdent(column.name);
    if (needsCast(column)) {
      counts.push(
        `CAST(count(*) FILTER (WHERE ${unfit(name, column)}) AS INTEGER) AS bad_${index}`,
      );
    }
    if (!column.nullable) {
      counts.push(`CAST(count(*) FILTER (WHERE ${name} IS NULL) AS INTEGER) AS null_${index}`);
    }
  });
  const result = await backend.query({
    sql: `SELECT ${counts.join(', ')} FROM ${staging}`,
    params: [],
  });
  const count = (alias: string): number => Number(columnValues(result, alias)[0] ?? 0);
  const problems: string[] = [];
  for (const [index, column] of def.columns.entries()) {
    const bad = needsCast(column) ? count(`bad_${index}`) : 0;
    if (bad > 0) {
      const example = await firstUnfitValue(backend, staging, column);
      problems.push(
        `${def.file}: column '${column.name}' has ${bad} value(s) that are not ${column.type} (e.g. ${example}); fix them or change the type in the manifest`,
      );
    }
    const nulls = column.nullable ? 0 : count(`null_${index}`);
    if (nulls > 0) {
      problems.push(
        `${def.file}: column '${column.name}' has ${nulls} empty value(s) but the manifest says nullable: false; fill them or allow empty values`,
      );
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return count('row_count');
}

/** An empty table, or one with another row count than the manifest states, is a broken file. */
function checkRowCount(def: DatasetDef, rowCount: number): void {
  if (rowCount === 0) throw new Error(`${def.file}: has no rows`);
  if (def.rows !== undefined && rowCount !== def.rows) {
    throw new Error(
      `${def.file}: has ${rowCount} rows but the manifest says ${def.rows}; the file may be cut short`,
    );
  }
}

/** SQL condition: a non-NULL value that cannot be read as the column's declared type. */
function unfit(name: string, column: ColumnDef): string {
  const unreadable = `TRY_CAST(${name} AS ${column.type}) IS NULL`;
  // DuckDB casts '2024-01-01 12:00' and '2024-01-01abc' to a DATE, dropping the rest silently.
  const notPlainDate = `NOT regexp_full_match(CAST(${name} AS VARCHAR), '\\s*\\d{4}-\\d{2}-\\d{2}\\s*')`;
  return `${name} IS NOT NULL AND (${unreadable}${column.type === 'DATE' ? ` OR ${notPlainDate}` : ''})`;
}

async function firstUnfitValue(
  backend: EngineBackend,
  staging: string,
  column: ColumnDef,
): Promise<string> {
  const name = quoteIdent(column.name);
  const result = await backend.query({
    sql: `SELECT CAST(${name} AS VARCHAR) AS example FROM ${staging} WHERE ${unfit(name, column)} LIMIT 1`,
    params: [],
  });
  return `'${String(columnValues(result, 'example')[0])}'`;
}

/** Replaces the dataset's table with the typed staging rows, atomically. */
async function swapIn(
  backend: EngineBackend,
  def: DatasetDef,
  staging: string,
  provinceCode: SqlQuery | null,
): Promise<void> {
  const key = provinceKeyOf(def);
  const select = concatSql(
    def.columns.map((column) => {
      const name = quoteIdent(column.name);
      const value = column.name === key && provinceCode !== null ? provinceCode : name;
      return concatSql(['CAST(', value, `AS ${column.type}) AS ${name}`]);
    }),
    ', ',
  );
  const target = quoteIdent(datasetTableName(def));
  await run(backend, 'BEGIN TRANSACTION');
  try {
    const create = concatSql([
      `CREATE OR REPLACE TABLE ${target} AS SELECT`,
      select,
      `FROM ${staging}`,
    ]);
    await run(backend, create.sql, [...create.params]);
    await run(backend, `DROP TABLE ${staging}`);
    await run(backend, 'COMMIT');
  } catch (error) {
    await run(backend, 'ROLLBACK').catch(() => undefined);
    throw new Error(`${def.file}: could not replace table ${target} (${messageOf(error)})`, {
      cause: error,
    });
  }
}

async function run(backend: EngineBackend, sql: string, params: SqlParam[] = []): Promise<void> {
  await backend.query({ sql, params });
}

/** All values of one result column (empty when the column is absent). */
export function columnValues(table: Table, name: string): unknown[] {
  const column = table.getChild(name);
  return column ? Array.from(column, (value: unknown) => value) : [];
}
