/**
 * A result's fingerprint, the same in Node and in the browser page: the column names and every
 * row as canonical text, so results from different engines can be compared without shipping them.
 */

/** One value as text: dates as ISO (dates alone when at midnight UTC), strings JSON-quoted. */
export function canonicalCell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  // No result column of the builders gives anything else; objects as JSON, the rest by type.
  return typeof value === 'object' ? JSON.stringify(value) : typeof value;
}

/** The column names and rows (cell arrays in column order) as one canonical text. */
export function canonicalText(
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): string {
  const lines = [columns.join('\t')];
  for (const row of rows) lines.push(row.map(canonicalCell).join('\t'));
  return lines.join('\n');
}

/** Hex of a digest's bytes. */
export function hex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
