/**
 * Writes a small CSV file (RFC 4180, UTF-8 without a byte-order mark, "\n" line ends) from rows
 * of plain values. Indicator datasets are published as CSV so that a ministry can open, check and
 * replace them in a spreadsheet; the app reads them with the types of their manifest entry.
 */

/** One cell: text, a number, or null for an empty cell (read as NULL). */
export type CsvValue = string | number | null;

/** A cell as CSV text: quoted only when it holds a comma, a quote or a line break. */
function cellText(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV cell ${value} is not a finite number`);
    return String(value);
  }
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The CSV bytes of a header and its rows.
 * @throws Error when a row has another number of cells than the header.
 */
export function csvBytes(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): Uint8Array {
  const lines = [header.map(cellText).join(',')];
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(
        `CSV row ${index + 1} has ${row.length} cells; the header has ${header.length}`,
      );
    }
    lines.push(row.map(cellText).join(','));
  });
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
