import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../data/manifest/manifest-types';
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
      judgedBy: 'asOf',
      newestInFile: null,
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
      judgedBy: 'periodEnd',
      newestInFile: null,
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

describe("judgeFreshness with the newest date of the file's own rows", () => {
  const TODAY = '2026-12-07';
  // The manifest claims data up to 30 Nov 2026; the file's rows end on 28 Nov 2021.
  const CLAIMS_2026 = {
    asOf: '2026-11-30',
    cadence: 'weekly' as const,
    demo: false,
    period: { from: '2021-03-01', to: '2026-11-30' },
  };

  it('judges the age from the file when its rows end before the claimed asOf', () => {
    expect(judgeFreshness(CLAIMS_2026, GOOD, TODAY, '2021-11-28')).toEqual({
      level: 'red',
      ageDays: 1835,
      asOf: '2026-11-30',
      judgedFrom: '2021-11-28',
      judgedBy: 'file',
      newestInFile: '2021-11-28',
      asOfProblem: 'afterFileData',
      overdue: true,
      loadFailed: false,
      lastGoodAt: GOOD.lastGoodAt,
      failure: null,
    });
  });

  it('keeps the manifest judgement until the file date is known (no flicker to stale)', () => {
    expect(judgeFreshness(CLAIMS_2026, GOOD, TODAY)).toMatchObject({
      level: 'fresh',
      ageDays: 7,
      judgedFrom: '2026-11-30',
      judgedBy: 'asOf',
      newestInFile: null,
      asOfProblem: null,
    });
    expect(judgeFreshness(CLAIMS_2026, GOOD, TODAY, null)).toEqual(
      judgeFreshness(CLAIMS_2026, GOOD, TODAY),
    );
  });

  it('a file one week behind its weekly asOf ages from the file but is not called wrong', () => {
    // asOf 29 Nov would be 8 days old (fresh); the file's 22 Nov is 15 days old (amber, > 10).
    const input = { ...CLAIMS_2026, asOf: '2026-11-29' };
    expect(judgeFreshness(input, GOOD, TODAY, '2026-11-22')).toMatchObject({
      level: 'amber',
      ageDays: 15,
      judgedFrom: '2026-11-22',
      judgedBy: 'file',
      asOfProblem: null,
      overdue: true,
    });
    // 11 days behind is more than a week's period and grace (10): the asOf is called wrong.
    expect(judgeFreshness(input, GOOD, TODAY, '2026-11-18').asOfProblem).toBe('afterFileData');
  });

  it('marks demo data amber when its file ends long before its asOf, never by age', () => {
    expect(judgeFreshness({ ...CLAIMS_2026, demo: true }, GOOD, TODAY, '2021-11-28')).toMatchObject(
      { level: 'amber', asOfProblem: 'afterFileData', overdue: false, ageDays: 1835 },
    );
  });

  it('a one-off dataset is called wrong for any day of difference', () => {
    const once = { asOf: '2021-11-28', cadence: 'once' as const, demo: false };
    expect(judgeFreshness(once, GOOD, TODAY, '2021-11-27')).toMatchObject({
      level: 'amber',
      asOfProblem: 'afterFileData',
      judgedFrom: '2021-11-27',
    });
    expect(judgeFreshness(once, GOOD, TODAY, '2021-11-28')).toMatchObject({
      level: 'fresh',
      asOfProblem: null,
      judgedBy: 'asOf',
    });
  });

  it('a file newer than its asOf changes nothing: the age counts from asOf', () => {
    expect(judgeFreshness(CLAIMS_2026, GOOD, TODAY, '2026-12-01')).toMatchObject({
      level: 'fresh',
      judgedFrom: '2026-11-30',
      judgedBy: 'asOf',
      newestInFile: '2026-12-01',
      asOfProblem: null,
    });
  });

  it('does not believe a file date after today (a Buddhist-era year in the rows)', () => {
    expect(judgeFreshness(CLAIMS_2026, GOOD, TODAY, '2569-11-30')).toEqual(
      judgeFreshness(CLAIMS_2026, GOOD, TODAY),
    );
  });

  it('with a future asOf, judges from the file when it ends before the period does', () => {
    const future = { ...CLAIMS_2026, asOf: '2569-11-30' };
    expect(judgeFreshness(future, GOOD, TODAY, '2021-11-21')).toMatchObject({
      level: 'red',
      asOfProblem: 'future',
      judgedFrom: '2021-11-21',
      judgedBy: 'file',
      ageDays: 1842,
    });
    // With no believable claim at all, the file's date still gives an age.
    const endless = { ...future, period: { from: '2021-03-01', to: '9999-12-31' } };
    expect(judgeFreshness(endless, GOOD, TODAY, '2026-12-06')).toMatchObject({
      level: 'amber',
      asOfProblem: 'future',
      judgedFrom: '2026-12-06',
      ageDays: 1,
      overdue: false,
    });
  });
});
