import { describe, expect, it } from 'vitest';
import type { RankingRow } from '../state/models/view-models';
import { barDomain, rankingLines } from './ranking-rows';

function rows(count: number): RankingRow[] {
  return Array.from({ length: count }, (_, index) => ({
    code: 10 + index,
    label: `จังหวัด ${index + 1}`,
    value: 100 - index,
    valueText: `${100 - index} %`,
  }));
}

function describeLines(lines: ReturnType<typeof rankingLines>): string[] {
  return lines.map((line) =>
    line.kind === 'row' ? `${line.rank}:${line.row.code}` : `hidden ${line.count}`,
  );
}

describe('rankingLines', () => {
  it('shows a short list whole, ranked in model order', () => {
    expect(describeLines(rankingLines(rows(3), null, 2))).toEqual(['1:10', '2:11', '3:12']);
    expect(rankingLines(rows(20), null)).toHaveLength(20);
  });

  it('shows top and bottom rows of a long list with the rest folded', () => {
    expect(describeLines(rankingLines(rows(7), null, 2))).toEqual([
      '1:10',
      '2:11',
      'hidden 3',
      '6:15',
      '7:16',
    ]);
    const all77 = rankingLines(rows(77), null);
    expect(all77).toHaveLength(21);
    expect(all77[10]).toEqual({ kind: 'hidden', count: 57, firstRank: 11 });
  });

  it('keeps a selected province from the middle in its place', () => {
    expect(describeLines(rankingLines(rows(9), 14, 2))).toEqual([
      '1:10',
      '2:11',
      'hidden 2',
      '5:14',
      'hidden 2',
      '8:17',
      '9:18',
    ]);
  });

  it('adds nothing for a selection at either end or outside the list', () => {
    expect(describeLines(rankingLines(rows(7), 11, 2))).toEqual(
      describeLines(rankingLines(rows(7), null, 2)),
    );
    expect(describeLines(rankingLines(rows(7), 999, 2))).toHaveLength(5);
  });
});

describe('barDomain', () => {
  it('starts bars at zero', () => {
    expect(barDomain([3, 7])).toEqual([0, 7]);
    expect(barDomain([-2, 5])).toEqual([-2, 5]);
    expect(barDomain([-4, -1])).toEqual([-4, 0]);
  });

  it('has a usable extent without data or without spread', () => {
    expect(barDomain([])).toEqual([0, 1]);
    expect(barDomain([0, 0])).toEqual([0, 1]);
    expect(barDomain([Number.NaN])).toEqual([0, 1]);
  });
});
