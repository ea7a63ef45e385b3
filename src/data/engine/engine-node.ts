/**
 * A {@link DataEngine} on native DuckDB (@duckdb/node-api), for tests in Node only: the app
 * never imports this file. Results are converted to Arrow with the types duckdb-wasm gives, and
 * result types duckdb-wasm would turn into something else (HUGEINT, DECIMAL, ...) are refused, so
 * a builder that forgets a CAST fails here instead of surprising the browser.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  BIGINT,
  BOOLEAN,
  DATE,
  DOUBLE,
  DuckDBInstance,
  DuckDBTypeId,
  FLOAT,
  INTEGER,
  SMALLINT,
  TIMESTAMP,
  TIMESTAMPTZ,
  TINYINT,
  UBIGINT,
  UINTEGER,
  USMALLINT,
  UTINYINT,
  VARCHAR,
  dateValue,
  timestampTZValue,
  timestampValue,
  type DuckDBConnection,
  type DuckDBDateValue,
  type DuckDBTimestampValue,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import * as arrow from 'apache-arrow';
import {
  createEngine,
  stopReasonOr,
  throwIfStopped,
  type DataEngine,
  type EngineBackend,
  type ParquetDecoder,
} from './engine';
import { quoteIdent } from '../sql';

const MS_PER_DAY = 86_400_000;
/** How often an interrupt is sent again until the interrupted statement has ended. */
const INTERRUPT_REPEAT_MS = 50;

/** Opens an in-memory native DuckDB. `decodeParquet` should be the browser's decoder. */
export async function createNodeEngine(decodeParquet: ParquetDecoder): Promise<DataEngine> {
  return createEngine(await createNodeBackend(), decodeParquet);
}

/** The {@link EngineBackend} on an in-memory native DuckDB (tests wrap it to inject faults). */
export async function createNodeBackend(): Promise<EngineBackend> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run('SET autoinstall_known_extensions = false');
  await conn.run('SET autoload_known_extensions = false');
  return {
    async query(q) {
      const reader = await conn.runAndReadAll(q.sql, [...q.params]);
      return toArrowTable(reader.columnNames(), reader.columnTypes(), reader.getColumns());
    },
    async interruptibleQuery(q, signal) {
      throwIfStopped(signal);
      // A connection of its own: interrupt() stops everything running on a connection, and native
      // DuckDB runs one statement per connection at a time (the dashboard's would wait behind it).
      const own = await instance.connect();
      let again: ReturnType<typeof setInterval> | undefined;
      const interrupt = (): void => {
        own.interrupt();
        // DuckDB clears the flag when a statement starts: an interrupt that lands before the
        // statement has begun on its worker thread is lost, so repeat it until the run ends.
        again ??= setInterval(() => {
          own.interrupt();
        }, INTERRUPT_REPEAT_MS);
      };
      signal.addEventListener('abort', interrupt, { once: true });
      try {
        throwIfStopped(signal);
        const reader = await own.runAndReadAll(q.sql, [...q.params]);
        throwIfStopped(signal);
        return toArrowTable(reader.columnNames(), reader.columnTypes(), reader.getColumns());
      } catch (error) {
        throw stopReasonOr(signal, error);
      } finally {
        signal.removeEventListener('abort', interrupt);
        clearInterval(again);
        own.closeSync();
      }
    },
    createTableFromArrowIpc: (name, ipc) => insertArrow(conn, name, arrow.tableFromIPC(ipc)),
    async registerFile(name, bytes) {
      const path = join(await mkdtemp(join(tmpdir(), 'war-room-')), name);
      await writeFile(path, bytes);
      return path;
    },
    async dropFile(path) {
      await rm(dirname(path), { recursive: true, force: true });
    },
    close() {
      conn.closeSync();
      instance.closeSync();
      return Promise.resolve();
    },
  };
}

/** One result column type: its Arrow type and how a DuckDB value becomes an Arrow input value. */
interface ResultColumnType {
  readonly arrowType: arrow.DataType;
  readonly toArrow: (value: unknown) => unknown;
}

const same = (value: unknown): unknown => value;

function resultColumnType(name: string, type: DuckDBType): ResultColumnType {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return { arrowType: new arrow.Bool(), toArrow: same };
    case DuckDBTypeId.TINYINT:
      return { arrowType: new arrow.Int8(), toArrow: same };
    case DuckDBTypeId.SMALLINT:
      return { arrowType: new arrow.Int16(), toArrow: same };
    case DuckDBTypeId.INTEGER:
      return { arrowType: new arrow.Int32(), toArrow: same };
    case DuckDBTypeId.BIGINT:
      return { arrowType: new arrow.Int64(), toArrow: same };
    case DuckDBTypeId.FLOAT:
      return { arrowType: new arrow.Float32(), toArrow: same };
    case DuckDBTypeId.DOUBLE:
      return { arrowType: new arrow.Float64(), toArrow: same };
    case DuckDBTypeId.VARCHAR:
      return { arrowType: new arrow.Utf8(), toArrow: same };
    case DuckDBTypeId.DATE:
      // Arrow JS builders take dates and timestamps as epoch milliseconds.
      return {
        arrowType: new arrow.DateDay(),
        toArrow: (v) => (v as DuckDBDateValue).days * MS_PER_DAY,
      };
    case DuckDBTypeId.TIMESTAMP:
      return {
        arrowType: new arrow.TimestampMicrosecond(),
        toArrow: (v) => Number((v as DuckDBTimestampValue).micros) / 1000,
      };
    default:
      throw new Error(
        `engine-node: result column '${name}' has type ${type.toString()}, which duckdb-wasm returns differently; CAST it to INTEGER, BIGINT, DOUBLE, VARCHAR, BOOLEAN, DATE or TIMESTAMP in the SQL`,
      );
  }
}

function toArrowTable(
  names: readonly string[],
  types: readonly DuckDBType[],
  columns: readonly (readonly unknown[])[],
): arrow.Table {
  const vectors: Record<string, arrow.Vector> = {};
  names.forEach((name, index) => {
    const type = types[index];
    if (!type) throw new Error(`engine-node: no type for result column '${name}'`);
    if (Object.hasOwn(vectors, name)) {
      throw new Error(`engine-node: result column '${name}' appears twice; give it an alias`);
    }
    const { arrowType, toArrow } = resultColumnType(name, type);
    const values = (columns[index] ?? []).map((v) => (v === null ? null : toArrow(v)));
    vectors[name] = arrow.vectorFromArray(values, arrowType);
  });
  return new arrow.Table(vectors);
}

/** How one Arrow column becomes a DuckDB column. */
interface StagedColumnType {
  readonly type: DuckDBType;
  /** Arrow JS value (never null) -> DuckDB value. */
  readonly toValue: (value: unknown) => DuckDBValue;
}

const INTEGER_TYPES: Readonly<Record<string, DuckDBType>> = {
  true8: TINYINT,
  true16: SMALLINT,
  true32: INTEGER,
  true64: BIGINT,
  false8: UTINYINT,
  false16: USMALLINT,
  false32: UINTEGER,
  false64: UBIGINT,
};

/** Arrow type -> DuckDB type, following what duckdb-wasm's Arrow import does. */
function stagedColumnType(name: string, type: arrow.DataType): StagedColumnType {
  if (arrow.DataType.isDictionary(type)) {
    return stagedColumnType(name, type.dictionary as arrow.DataType);
  }
  // Arrow JS gives 64-bit integers as bigint, narrower ones as number.
  const integer = arrow.DataType.isInt(type) && INTEGER_TYPES[`${type.isSigned}${type.bitWidth}`];
  if (integer) return { type: integer, toValue: (v) => v as number | bigint };
  if (arrow.DataType.isFloat(type)) {
    const double = type.precision === arrow.Precision.DOUBLE;
    return { type: double ? DOUBLE : FLOAT, toValue: Number };
  }
  if (arrow.DataType.isUtf8(type) || arrow.DataType.isLargeUtf8(type)) {
    return { type: VARCHAR, toValue: String };
  }
  if (arrow.DataType.isBool(type)) return { type: BOOLEAN, toValue: Boolean };
  // Arrow JS gives dates and timestamps as epoch milliseconds.
  if (arrow.DataType.isDate(type)) {
    return { type: DATE, toValue: (v) => dateValue(Math.floor(Number(v) / MS_PER_DAY)) };
  }
  if (arrow.DataType.isTimestamp(type)) {
    const micros = (v: unknown): bigint => BigInt(Math.round(Number(v) * 1000));
    return type.timezone
      ? { type: TIMESTAMPTZ, toValue: (v) => timestampTZValue(micros(v)) }
      : { type: TIMESTAMP, toValue: (v) => timestampValue(micros(v)) };
  }
  throw new Error(
    `engine-node: column '${name}' has Arrow type ${arrow.Type[type.typeId]}, not supported`,
  );
}

async function insertArrow(
  conn: DuckDBConnection,
  name: string,
  table: arrow.Table,
): Promise<void> {
  const fields = table.schema.fields;
  const types = fields.map((field) => stagedColumnType(field.name, field.type as arrow.DataType));
  const columnList = fields
    .map((field, i) => `${quoteIdent(field.name)} ${types[i]?.type.toString() ?? ''}`)
    .join(', ');
  await conn.run(`CREATE TABLE ${quoteIdent(name)} (${columnList})`);
  const appender = await conn.createAppender(name);
  const columns = fields.map((_, i) => table.getChildAt(i));
  for (let row = 0; row < table.numRows; row++) {
    columns.forEach((column, i) => {
      const value: unknown = column?.get(row);
      const staged = types[i];
      if (value === null || value === undefined || !staged) appender.appendNull();
      else appender.appendValue(staged.toValue(value), staged.type);
    });
    appender.endRow();
  }
  appender.closeSync();
}
