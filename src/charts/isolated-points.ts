/**
 * Which points of a line have no neighbour to draw a segment to: a value between two gaps (or at
 * an end next to a gap). Lines are drawn without dots, so such a point would be invisible — a
 * source that publishes snapshots months apart (MOPH's provincial files) would show an empty chart.
 */

type Row = Readonly<Record<string, string | number | null>>;

const has = (row: Row | undefined, key: string): boolean =>
  row !== undefined && typeof row[key] === 'number';

/** Indices of the rows whose `key` value stands alone. */
export function isolatedPoints(rows: readonly Row[], key: string): ReadonlySet<number> {
  const isolated = new Set<number>();
  rows.forEach((row, i) => {
    if (has(row, key) && !has(rows[i - 1], key) && !has(rows[i + 1], key)) isolated.add(i);
  });
  return isolated;
}
