import { describe, expect, it } from 'vitest';
import shipped from '../../../data/thresholds.json';
import {
  countAboveFactor,
  countBelowTarget,
  daysInclusive,
  overdueCutoffDate,
  parseThresholds,
  provincesAboveFactor,
  provincesBelowTarget,
  provincesOverShare,
  roadSafetyAlertCodes,
  THRESHOLDS,
  ThresholdsError,
} from './thresholds';

const valid = {
  vaccination: { dose2TargetPercent: 70 },
  roadSafety: { aboveUsualFactor: 1.5, minDeaths: 3 },
  complaints: { overdueDays: 30, overdueSharePercent: 75 },
};

/** The problems parseThresholds reports for `raw` (fails the test when it does not throw). */
function problemsOf(raw: unknown, file?: string): readonly string[] {
  try {
    parseThresholds(raw, file);
  } catch (error) {
    if (error instanceof ThresholdsError) return error.problems;
    throw error;
  }
  throw new Error('expected a ThresholdsError');
}

describe('parseThresholds', () => {
  it('accepts a complete file', () => {
    expect(parseThresholds({ $comment: 'note', ...valid })).toEqual(valid);
  });

  it('validates the shipped data/thresholds.json into THRESHOLDS', () => {
    expect(THRESHOLDS).toEqual(parseThresholds(shipped));
    expect(THRESHOLDS.vaccination.dose2TargetPercent).toBeGreaterThan(0);
  });

  it('names the file and the key of a value of the wrong type', () => {
    const raw = { ...valid, vaccination: { dose2TargetPercent: '70' } };
    expect(problemsOf(raw)).toEqual([
      'data/thresholds.json: "vaccination.dose2TargetPercent" must be a number above 0 and at most 100, found "70"',
    ]);
  });

  it('rejects values out of range', () => {
    const raw = {
      vaccination: { dose2TargetPercent: 120 },
      roadSafety: { aboveUsualFactor: 1, minDeaths: 2.5 },
      complaints: { overdueDays: 0, overdueSharePercent: -1 },
    };
    expect(problemsOf(raw)).toEqual([
      'data/thresholds.json: "vaccination.dose2TargetPercent" must be a number above 0 and at most 100, found 120',
      'data/thresholds.json: "roadSafety.aboveUsualFactor" must be a number greater than 1, found 1',
      'data/thresholds.json: "roadSafety.minDeaths" must be a whole number of at least 0, found 2.5',
      'data/thresholds.json: "complaints.overdueDays" must be a whole number of at least 1, found 0',
      'data/thresholds.json: "complaints.overdueSharePercent" must be a number from 0 to 100, found -1',
    ]);
  });

  it('reports missing groups and keys', () => {
    const raw = { vaccination: {}, roadSafety: valid.roadSafety };
    expect(problemsOf(raw)).toEqual([
      'data/thresholds.json: "vaccination.dose2TargetPercent" must be a number above 0 and at most 100, found nothing',
      'data/thresholds.json: "complaints" must be an object with overdueDays, overdueSharePercent',
    ]);
  });

  it('reports misspelt keys instead of ignoring them', () => {
    const raw = {
      ...valid,
      roadsafety: {},
      complaints: { ...valid.complaints, overdueDay: 14 },
    };
    expect(problemsOf(raw)).toEqual([
      'data/thresholds.json: unknown key "roadsafety" (expected vaccination, roadSafety, complaints)',
      'data/thresholds.json: unknown key "complaints.overdueDay" (expected overdueDays, overdueSharePercent)',
    ]);
  });

  it("reports keys named like Object's members, __proto__ included, as unknown", () => {
    const raw: unknown = JSON.parse(
      `{"vaccination": {"dose2TargetPercent": 70, "toString": 1, "__proto__": {"x": 1}},
        "roadSafety": ${JSON.stringify(valid.roadSafety)},
        "complaints": ${JSON.stringify(valid.complaints)}}`,
    );
    expect(problemsOf(raw)).toEqual([
      'data/thresholds.json: unknown key "vaccination.toString" (expected dose2TargetPercent)',
      'data/thresholds.json: unknown key "vaccination.__proto__" (expected dose2TargetPercent)',
    ]);
  });

  it('rejects a file that is not an object, and a $comment that is not text', () => {
    expect(problemsOf([1, 2])).toEqual([
      'data/thresholds.json: must be a JSON object with vaccination, roadSafety, complaints',
    ]);
    expect(problemsOf({ ...valid, $comment: 5 })).toEqual([
      'data/thresholds.json: "$comment" must be a string',
    ]);
  });

  it('uses the file name it is given', () => {
    expect(problemsOf(null, 'custom.json')).toEqual([
      'custom.json: must be a JSON object with vaccination, roadSafety, complaints',
    ]);
  });

  it('puts every problem in the error message', () => {
    expect(() => parseThresholds({})).toThrow(
      /"vaccination" must be an object[\s\S]*"roadSafety" must be an object[\s\S]*"complaints"/,
    );
  });
});

describe('threshold rules', () => {
  it('counts provinces strictly below the target, as shown on screen', () => {
    const coverage = new Map<number, number | null>([
      [1, 69.9],
      [2, 70],
      [3, 85],
      [4, null],
      [5, 69.96], // shows as 70.0: meets the target
    ]);
    expect(countBelowTarget(coverage, 70)).toBe(1);
    expect([...provincesBelowTarget(coverage, 70)]).toEqual([1]);
  });

  it('counts provinces strictly above factor x baseline, skipping zero or missing baselines', () => {
    const current = new Map<number, number | null>([
      [1, 3.1],
      [2, 3],
      [3, 10],
      [4, 5],
      [5, null],
    ]);
    const baseline = new Map<number, number | null>([
      [1, 2],
      [2, 2],
      [3, 0],
      [5, 1],
    ]);
    expect(countAboveFactor(current, baseline, 1.5)).toBe(1);
    expect([...provincesAboveFactor(current, baseline, 1.5)]).toEqual([1]);
  });

  it('flags provinces whose share is strictly over the threshold', () => {
    const open = new Map([
      [1, 4],
      [2, 4],
      [3, 0],
      [4, 10],
    ]);
    const overdue = new Map([
      [1, 3],
      [2, 4],
      [3, 0],
    ]);
    expect([...provincesOverShare(overdue, open, 75)]).toEqual([2]);
  });
});

describe('roadSafetyAlertCodes', () => {
  const rule = { aboveUsualFactor: 2, minDeaths: 2 };
  // Usual rate: 36 deaths in 360 days = 0.1 a day; twice that is 0.2 a day.
  const overall = new Map([
    [1, 36],
    [2, 36],
    [3, 36],
  ]);

  it('compares deaths per day in the period with the province’s own usual rate', () => {
    // 10 days: 3 deaths = 0.3/day (flag), 2 deaths = 0.2/day (not above 0.2), 1 death too few.
    const deaths = new Map([
      [1, 3],
      [2, 2],
      [3, 1],
    ]);
    const input = { deathsByCode: deaths, periodDays: 10, overallDeathsByCode: overall };
    expect([...roadSafetyAlertCodes({ ...input, overallDays: 360 }, rule)]).toEqual([1]);
  });

  it('needs at least minDeaths deaths, however short the period', () => {
    // One day with one death is 10x the usual rate, but below minDeaths.
    const input = {
      deathsByCode: new Map([[3, 1]]),
      periodDays: 1,
      overallDeathsByCode: overall,
      overallDays: 360,
    };
    expect(roadSafetyAlertCodes(input, rule).size).toBe(0);
    expect(roadSafetyAlertCodes(input, { ...rule, minDeaths: 1 }).size).toBe(1);
  });

  it('flags nothing for empty periods', () => {
    const input = {
      deathsByCode: new Map([[1, 5]]),
      periodDays: 0,
      overallDeathsByCode: overall,
      overallDays: 360,
    };
    expect(roadSafetyAlertCodes(input, rule).size).toBe(0);
  });
});

describe('dates', () => {
  it('counts days with both ends included', () => {
    expect(daysInclusive('2025-04-11', '2025-04-17')).toBe(7);
    expect(daysInclusive('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysInclusive('2025-01-01', '2025-01-01')).toBe(1);
    expect(() => daysInclusive('yesterday', '2025-01-01')).toThrow('Not an ISO date');
  });

  it('gives the overdue cut-off day', () => {
    expect(overdueCutoffDate('2025-12-31', 30)).toBe('2025-12-01');
    expect(overdueCutoffDate('2024-03-01', 1)).toBe('2024-02-29');
  });
});
