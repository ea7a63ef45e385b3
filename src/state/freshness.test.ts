import { describe, expect, it } from 'vitest';
import type { Cadence } from '../data/manifest-types';
import {
  ageLevel,
  daysBetween,
  judgeFreshness,
  thaiDateOf,
  type DatasetHealth,
  type FreshnessLevel,
} from './freshness';

const real = (asOf: string, cadence: Cadence) => ({ asOf, cadence, demo: false });
const GOOD: DatasetHealth = { lastGoodAt: Date.UTC(2025, 5, 1, 2), failedAt: null, message: null };
const FAILED: DatasetHealth = { ...GOOD, failedAt: Date.UTC(2025, 5, 2), message: 'HTTP 500' };

describe('thaiDateOf', () => {
  it('gives the date in Thailand (UTC+7)', () => {
    expect(thaiDateOf(Date.UTC(2025, 0, 1, 16, 59))).toBe('2025-01-01');
    expect(thaiDateOf(Date.UTC(2025, 0, 1, 17, 0))).toBe('2025-01-02');
  });
});

describe('daysBetween', () => {
  it('counts whole days across months and leap days, and refuses non-dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-10', '2025-01-03')).toBe(-7);
    expect(daysBetween('2025-01', '2025-01-03')).toBeNull();
  });
});

describe('ageLevel', () => {
  it.each<[Cadence, number, number]>([
    ['daily', 2, 3],
    ['weekly', 10, 17],
    ['monthly', 38, 69],
    ['yearly', 397, 763],
  ])('%s: fresh up to %i days, amber up to %i, then red', (cadence, freshUpTo, amberUpTo) => {
    const levels = [0, freshUpTo, freshUpTo + 1, amberUpTo, amberUpTo + 1].map((age) =>
      ageLevel(age, cadence),
    );
    expect(levels).toEqual<FreshnessLevel[]>(['fresh', 'fresh', 'amber', 'amber', 'red']);
  });

  it('never marks a one-off dataset', () => {
    expect(ageLevel(100_000, 'once')).toBe('fresh');
  });
});

describe('judgeFreshness', () => {
  it('judges real data by its age on the given day', () => {
    expect(judgeFreshness(real('2025-06-01', 'weekly'), GOOD, '2025-06-11')).toEqual({
      level: 'fresh',
      ageDays: 10,
      asOf: '2025-06-01',
      judgedFrom: '2025-06-01',
      asOfProblem: null,
      overdue: false,
      loadFailed: false,
      lastGoodAt: GOOD.lastGoodAt,
      failure: null,
    });
    expect(judgeFreshness(real('2025-06-01', 'weekly'), GOOD, '2025-06-12').level).toBe('amber');
    expect(judgeFreshness(real('2025-06-01', 'weekly'), undefined, '2025-07-01')).toMatchObject({
      level: 'red',
      overdue: true,
      lastGoodAt: null,
    });
  });

  // Data ending in 2021, judged on 7 Dec 2026, whose manifest claims a date that would hide its age.
  const ENDS_2021 = { from: '2021-03-01', to: '2021-11-28' };
  const TODAY = '2026-12-07';
  const claiming = (asOf: string, demo = false) => ({
    asOf,
    cadence: 'weekly' as const,
    demo,
    period: ENDS_2021,
  });

  it.each([
    ['a Buddhist-era year', '2568-11-28'],
    ['the year 9999', '9999-12-31'],
    ['tomorrow', '2026-12-08'],
  ])('flags an asOf in the future (%s) and judges the data from its period end', (_, asOf) => {
    expect(judgeFreshness(claiming(asOf), GOOD, TODAY)).toEqual({
      level: 'red',
      ageDays: 1835,
      asOf,
      judgedFrom: '2021-11-28',
      asOfProblem: 'future',
      overdue: true,
      loadFailed: false,
      lastGoodAt: GOOD.lastGoodAt,
      failure: null,
    });
  });

  it('flags an asOf past the end of the period, even when it is not in the future', () => {
    expect(judgeFreshness(claiming('2026-12-01'), GOOD, TODAY)).toMatchObject({
      level: 'red',
      asOfProblem: 'beyondPeriod',
      judgedFrom: '2021-11-28',
      ageDays: 1835,
    });
    // Within its period and not in the future: believed.
    expect(judgeFreshness(claiming('2021-11-28'), GOOD, TODAY)).toMatchObject({
      asOfProblem: null,
      judgedFrom: '2021-11-28',
      ageDays: 1835,
    });
  });

  it('marks a wrong asOf amber when the age says nothing (demo data, or no believable date)', () => {
    expect(judgeFreshness(claiming('9999-12-31', true), GOOD, TODAY)).toMatchObject({
      level: 'amber',
      asOfProblem: 'future',
      overdue: false,
    });
    const endless = { ...claiming('9999-12-31'), period: { from: '2021-03-01', to: '9999-12-31' } };
    expect(judgeFreshness(endless, GOOD, TODAY)).toMatchObject({
      level: 'amber',
      asOfProblem: 'future',
      judgedFrom: null,
      ageDays: null,
    });
  });

  it('keeps the reason of a failed load, which names the file', () => {
    const slow: DatasetHealth = {
      ...FAILED,
      message: 'vaccination.csv: arrived too slowly: 0.0 KB in 120 s',
    };
    expect(judgeFreshness(real('2025-06-01', 'weekly'), slow, '2025-06-02')).toMatchObject({
      level: 'amber',
      loadFailed: true,
      failure: 'vaccination.csv: arrived too slowly: 0.0 KB in 120 s',
    });
    expect(judgeFreshness(real('2025-06-01', 'weekly'), GOOD, '2025-06-02').failure).toBeNull();
  });

  it('never judges demo data by age, but still by a failed load', () => {
    const demo = { asOf: '2021-11-28', cadence: 'weekly' as const, demo: true };
    expect(judgeFreshness(demo, GOOD, '2026-01-05')).toMatchObject({
      level: 'fresh',
      overdue: false,
    });
    expect(judgeFreshness(demo, FAILED, '2026-01-05')).toMatchObject({
      level: 'amber',
      loadFailed: true,
      lastGoodAt: GOOD.lastGoodAt,
    });
  });

  it('marks a failed load amber, keeps red by age, and red when nothing ever loaded', () => {
    expect(judgeFreshness(real('2025-06-01', 'daily'), FAILED, '2025-06-02').level).toBe('amber');
    expect(judgeFreshness(real('2025-06-01', 'daily'), FAILED, '2025-06-30')).toMatchObject({
      level: 'red',
      overdue: true,
      loadFailed: true,
    });
    const never: DatasetHealth = { lastGoodAt: null, failedAt: 1, message: 'HTTP 404' };
    expect(judgeFreshness(real('2025-06-01', 'once'), never, '2025-06-02')).toMatchObject({
      level: 'red',
      loadFailed: true,
      lastGoodAt: null,
    });
  });
});
