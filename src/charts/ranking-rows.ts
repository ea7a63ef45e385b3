import type { RankingRow } from '../state/models/view-models';

/** How many rows a ranking shows at each end. */
export const RANKING_ROWS_PER_END = 10;

/** A row of a ranking on screen, with its rank in the full list (1 = first). */
export interface RankedRow {
  readonly kind: 'row';
  readonly rank: number;
  readonly row: RankingRow;
}

/** A stand-in for rows left out between the top and the bottom. */
export interface HiddenRows {
  readonly kind: 'hidden';
  readonly count: number;
  /** Rank of the first row left out, unique within one layout. */
  readonly firstRank: number;
}

/** One line of a ranking on screen. */
export type RankingLine = RankedRow | HiddenRows;

/**
 * The lines a ranking shows. The view model lists rows in rank order; a short list shows whole,
 * a long one shows the top and bottom `perEnd` rows with a "hidden" line between them, and the
 * selected province in its place between two "hidden" lines when it is neither top nor bottom.
 */
export function rankingLines(
  rows: readonly RankingRow[],
  selectedCode: number | null,
  perEnd: number = RANKING_ROWS_PER_END,
): RankingLine[] {
  const ranked = rows.map((row, index): RankedRow => ({ kind: 'row', rank: index + 1, row }));
  if (rows.length <= perEnd * 2) return ranked;
  const bottomStart = rows.length - perEnd;
  const selectedIndex = rows.findIndex((row) => row.code === selectedCode);
  const shown = new Set<number>();
  for (let index = 0; index < perEnd; index += 1) shown.add(index);
  for (let index = bottomStart; index < rows.length; index += 1) shown.add(index);
  if (selectedIndex !== -1) shown.add(selectedIndex);

  const lines: RankingLine[] = [];
  let hiddenFrom = -1;
  ranked.forEach((line, index) => {
    if (!shown.has(index)) {
      if (hiddenFrom === -1) hiddenFrom = index;
      return;
    }
    if (hiddenFrom !== -1) {
      lines.push({ kind: 'hidden', count: index - hiddenFrom, firstRank: hiddenFrom + 1 });
      hiddenFrom = -1;
    }
    lines.push(line);
  });
  return lines;
}

/**
 * The value-axis extent of horizontal bars: always includes zero, so bars start at the baseline
 * and negative values grow left; [0, 1] when there is nothing to show.
 */
export function barDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [0, 1];
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  return high === low ? [low, low + 1] : [low, high];
}
