/** Small helpers to read query results (Arrow tables) in plain JS. */
import type { Table } from 'apache-arrow';

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
