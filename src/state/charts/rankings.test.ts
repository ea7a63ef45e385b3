import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../i18n/format';
import {
  groupRankText,
  provinceName,
  rankingTitle,
  rankOf,
  rankProvinces,
  rankText,
  rankWithin,
  withGroupAverage,
} from './rankings';

// 10 Bangkok, 11 Samut Prakan, 12 Nonthaburi, 13 Pathum Thani, 14 Ayutthaya, 20 Chon Buri.
const values = new Map<number, number | null>([
  [20, 30],
  [12, 70],
  [10, 50],
  [13, null],
  [11, 70],
  [14, NaN],
]);

describe('rankProvinces', () => {
  it('ranks highest first, leaves out missing values and orders ties by code', () => {
    const rows = rankProvinces(values, { order: 'top', lang: 'en', format: formatPercent });
    expect(rows.map((r) => r.code)).toEqual([11, 12, 10, 20]);
    expect(rows[0]).toEqual({ code: 11, label: 'Samut Prakan', value: 70, valueText: '70.0 %' });
  });

  it('ranks lowest first for the bottom, ties still by code', () => {
    const rows = rankProvinces(values, { order: 'bottom', lang: 'th', format: formatPercent });
    expect(rows.map((r) => r.code)).toEqual([20, 10, 11, 12]);
    expect(rows.map((r) => r.label)).toEqual(['ชลบุรี', 'กรุงเทพมหานคร', 'สมุทรปราการ', 'นนทบุรี']);
  });

  it('returns at most `count` rows (10 by default)', () => {
    const many = new Map(Array.from({ length: 20 }, (_, i) => [10 + i, i] as [number, number]));
    expect(rankProvinces(many, { order: 'top', lang: 'en', format: String })).toHaveLength(10);
    const two = rankProvinces(values, { order: 'top', count: 2, lang: 'en', format: String });
    expect(two.map((r) => r.code)).toEqual([11, 12]);
  });

  it('labels an unknown code with the code itself', () => {
    expect(provinceName(99, 'en')).toBe('99');
    expect(provinceName(10, 'en')).toBe('Bangkok');
  });
});

describe('rankOf', () => {
  it('gives the rank among provinces with a value; equal values share a rank', () => {
    expect(rankOf(11, values, 'top')).toEqual({ rank: 1, of: 4 });
    expect(rankOf(12, values, 'top')).toEqual({ rank: 1, of: 4 });
    expect(rankOf(10, values, 'top')).toEqual({ rank: 3, of: 4 });
    expect(rankOf(10, values, 'bottom')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(12, values, 'bottom')).toEqual({ rank: 3, of: 4 });
  });

  it('is null for a province without a value', () => {
    expect(rankOf(13, values, 'top')).toBeNull();
    expect(rankOf(14, values, 'top')).toBeNull();
    expect(rankOf(96, values, 'top')).toBeNull();
  });
});

describe('ranking texts', () => {
  it('writes the rank and the title in both languages', () => {
    expect(rankText({ rank: 3, of: 77 }, 'en')).toBe('Rank 3 of 77');
    expect(rankText({ rank: 3, of: 77 }, 'th')).toBe('อันดับ 3 จาก 77');
    expect(rankingTitle('top', 10, 'en')).toBe('Top 10 provinces');
    expect(rankingTitle('bottom', 10, 'th')).toBe('ต่ำสุด 10 จังหวัด');
  });
});

describe('group comparisons', () => {
  const values = new Map([
    [30, 80],
    [31, 60],
    [40, 50],
  ]);
  const format = (value: number) => value.toFixed(1);

  it('ranks within the given provinces only', () => {
    expect(rankWithin(30, values, [30, 31, 32], 'top')).toEqual({ rank: 1, of: 2 });
    expect(rankWithin(40, values, [30, 31], 'top')).toBeNull();
  });

  it('adds the provincial mean to a title only when a group is chosen', () => {
    const url = { province: null, region: 'health:9' };
    const inGroup = new Map([
      [30, 80],
      [31, 60],
    ]);
    expect(withGroupAverage('T', { url, lang: 'en' }, inGroup, format)).toBe(
      'T · provincial mean 70.0',
    );
    expect(
      withGroupAverage('T', { url: { ...url, region: null }, lang: 'th' }, values, format),
    ).toBe('T');
  });

  it('names the rank within the card group: the chosen grouping, else the region', () => {
    const url = { province: 30, region: null };
    expect(groupRankText({ url, lang: 'th' }, values, 'top')).toBe(
      'อันดับ 1 จาก 3 ในภาคตะวันออกเฉียงเหนือ',
    );
    expect(groupRankText({ url: { ...url, region: 'health:9' }, lang: 'en' }, values, 'top')).toBe(
      'Rank 1 of 2 in Health region 9',
    );
    expect(groupRankText({ url: { ...url, province: null }, lang: 'en' }, values, 'top')).toBe('');
  });
});
