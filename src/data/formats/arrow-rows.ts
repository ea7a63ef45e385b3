/** Small helpers to read query results (Arrow tables) in plain JS. */
import { Vector, type Table } from 'apache-arrow';

/**
 * The rows of a result as plain objects keyed by column name. Values are as Arrow JS gives them:
 * INTEGER and DOUBLE as number, BIGINT as bigint, DATE and TIMESTAMP as epoch milliseconds (UTC).
 */
export function tableRows(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((name) => table.getChild(name));
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; index < table.numRows; index++) {
    const row: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    names.forEach((name, column) => {
      row[name] = columns[column]?.get(index) as unknown;
    });
    rows.push(row);
  }
  return rows;
}

/** A DATE value from a result (epoch milliseconds) as YYYY-MM-DD. */
export function isoDateFromEpochMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A value from an Arrow result as plain JSON-ready data: lists as arrays, struct and map rows as
 * objects with own keys (a field may be called `__proto__`: Arrow's own toJSON would drop it),
 * bigint as a number when it is exact, else as text; dates as ISO text.
 */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    const exact =
      value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER);
    return exact ? Number(value) : String(value);
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  // A 128-bit decimal's unscaled integer (Arrow's BN) prints itself.
  if (Symbol.toPrimitive in value) return (value as { toString(): string }).toString();
  if (value instanceof Vector || Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as Iterable<unknown>, plainValue);
  }
  // Struct and map rows iterate [field, value] pairs (reading row['__proto__'] would not work;
  // their proxies answer `in` for fields only, so the iterator is looked up, not tested with in).
  if (typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
    const entries = Array.from(value as Iterable<readonly [unknown, unknown]>);
    return Object.fromEntries(entries.map(([key, inner]) => [String(key), plainValue(inner)]));
  }
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).map((key) => [key, plainValue(record[key])]));
}

/** A nested value (list, struct, map) as JSON text for a table cell or an export; '' for none. */
export function jsonText(value: unknown): string {
  // Not a string for a function or symbol: an empty cell.
  const json = JSON.stringify(plainValue(value)) as unknown;
  return typeof json === 'string' ? json : '';
}
