/**
 * The raw side of publishing: an in-memory native DuckDB (@duckdb/node-api) holding one table per
 * raw dataset, named after the dataset's id, so that the SELECTs of src/data/published/aggregates.ts run on
 * it unchanged.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { DatasetDef } from '../../src/data/manifest/manifest-types';
import { datasetTableName } from '../../src/data/manifest/registry';
import { quoteIdent, type SqlQuery } from '../../src/data/sql';

/** One raw dataset and where DuckDB reads its records from. */
export interface RawSource {
  /** The dataset's manifest entry (its `file` is the name it is published under, if it is). */
  readonly def: DatasetDef;
  /** A local path, or an http(s) URL (needs DuckDB's httpfs extension). */
  readonly location: string;
}

/** An open DuckDB with the raw tables, and the statements run on it. */
export interface RawDatabase {
  readonly connection: DuckDBConnection;
  /** Runs one statement with its `?` parameters bound as prepared-statement values. */
  readonly run: (query: SqlQuery) => Promise<void>;
  readonly close: () => void;
}

/** True for an http(s) URL (read through httpfs), false for a local path. */
export function isRemote(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `CREATE TABLE "<id>" AS SELECT CAST(col AS type) AS col, ... FROM read_parquet(?)` (or read_csv
 * as text, columns matched by header name as the browser's loader does). Only the manifest's
 * columns are kept, with the manifest's types: a missing column or a value that does not fit
 * fails here. The file's location is a parameter, never SQL text.
 */
export function rawTableSql(def: DatasetDef, location: string): SqlQuery {
  const reader =
    def.format === 'parquet' ? 'read_parquet(?)' : 'read_csv(?, header = true, all_varchar = true)';
  const columns = def.columns.map((column) => {
    const name = quoteIdent(column.name);
    // An indicator's province key may hold names; no aggregate reads it, so it stays text.
    const type = column.name === def.indicator?.keys.province ? 'VARCHAR' : column.type;
    return `CAST(${name} AS ${type}) AS ${name}`;
  });
  return {
    sql: [
      `CREATE TABLE ${quoteIdent(datasetTableName(def))} AS`,
      `SELECT ${columns.join(', ')}`,
      `FROM ${reader}`,
    ].join('\n'),
    params: [location],
  };
}

/** Loads httpfs for URLs; it must be installed already or installable (network). */
async function loadHttpfs(connection: DuckDBConnection, url: string): Promise<void> {
  try {
    await connection.run('LOAD httpfs');
    return;
  } catch {
    // Not installed yet: try to install it once (downloads from extensions.duckdb.org).
  }
  try {
    await connection.run('INSTALL httpfs');
    await connection.run('LOAD httpfs');
  } catch (error) {
    throw new Error(
      `${url} is a URL: DuckDB reads URLs and object storage through its httpfs extension, which` +
        ` could not be loaded or installed (${messageOf(error)}). With network access this step` +
        ` installs it (into ~/.duckdb/extensions); offline, download the files and list local paths.`,
      { cause: error },
    );
  }
}

/**
 * Opens an in-memory DuckDB and creates a table per raw dataset. Extensions are never
 * installed or loaded behind the caller's back; httpfs is loaded only when a location is a URL.
 * @throws Error naming the dataset and its file when a file cannot be read as its manifest entry says.
 */
export async function openRawDatabase(sources: readonly RawSource[]): Promise<RawDatabase> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const close = (): void => {
    connection.closeSync();
    instance.closeSync();
  };
  const run = async (query: SqlQuery): Promise<void> => {
    await connection.run(query.sql, [...query.params]);
  };
  try {
    await connection.run('SET autoinstall_known_extensions = false');
    await connection.run('SET autoload_known_extensions = false');
    const remote = sources.find((source) => isRemote(source.location));
    if (remote) await loadHttpfs(connection, remote.location);
    for (const { def, location } of sources) {
      try {
        await run(rawTableSql(def, location));
      } catch (error) {
        throw new Error(
          `raw dataset '${def.id}' (${location}): cannot read it as the ${def.format} file its` +
            ` manifest entry describes: ${messageOf(error)}`,
          { cause: error },
        );
      }
    }
  } catch (error) {
    close();
    throw error;
  }
  return { connection, run, close };
}
