import { describe, expect, it } from 'vitest';
import { testRegistry } from '../testing/fixtures';
import { checkFilters, dateRangeConditions, NO_FILTERS, provinceConditions } from './filters';
import {
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  povertyByDimension,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyCellDensity,
  roadSafetyDaily,
  roadSafetyFestivalDays,
  roadSafetyPoints,
  vaccinationSeries,
  type QueryFilters,
} from './index';
import type { SqlQuery } from '../sql';

const registry = testRegistry();

/** Every builder that takes the shared filters. */
const FILTERED_BUILDERS: readonly (readonly [string, (filters: QueryFilters) => SqlQuery])[] = [
  ['vaccinationSeries', (f) => vaccinationSeries(registry, f)],
  ['povertyByDimension', (f) => povertyByDimension(registry, f)],
  ['roadSafetyByProvince', (f) => roadSafetyByProvince(registry, f)],
  ['roadSafetyDaily', (f) => roadSafetyDaily(registry, f)],
  ['roadSafetyBreakdown', (f) => roadSafetyBreakdown(registry, f, 'cause')],
  ['roadSafetyFestivalDays', (f) => roadSafetyFestivalDays(registry, f)],
  ['roadSafetyPoints', (f) => roadSafetyPoints(registry, f)],
  [
    'complaintsByProvince',
    (f) => complaintsByProvince(registry, f, { asOf: '2024-03-31', overdueDays: 30 }),
  ],
  ['complaintsWeekly', (f) => complaintsWeekly(registry, f)],
  ['complaintsBreakdown', (f) => complaintsBreakdown(registry, f, 'category')],
];

describe('filter conditions', () => {
  it('turn province codes into one CAST parameter each', () => {
    expect(provinceConditions('"p"', [10, 50, 90])).toEqual([
      {
        sql: '"p" IN ( CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS INTEGER) )',
        params: [10, 50, 90],
      },
    ]);
  });

  it('select no province for an empty list and every province for null', () => {
    expect(provinceConditions('"p"', [])).toEqual([{ sql: 'FALSE', params: [] }]);
    expect(provinceConditions('"p"', null)).toEqual([]);
  });

  it('bound dates inclusively, each bound only when set', () => {
    expect(dateRangeConditions('"d"', { from: '2024-01-01', to: '2024-01-31' })).toEqual([
      { sql: '"d" >= CAST(? AS DATE)', params: ['2024-01-01'] },
      { sql: '"d" <= CAST(? AS DATE)', params: ['2024-01-31'] },
    ]);
    expect(dateRangeConditions('"d"', { from: null, to: '2024-01-31' })).toHaveLength(1);
    expect(dateRangeConditions('"d"', NO_FILTERS)).toEqual([]);
  });

  it('reject dates that are not ISO dates, injection payloads included', () => {
    for (const bad of ["2024-01-01'; DROP TABLE x; --", '2024-02-30', '01/02/2024', '']) {
      expect(() => checkFilters({ provinceCodes: null, from: bad, to: null })).toThrow(
        `from ${JSON.stringify(bad)} is not an ISO date YYYY-MM-DD`,
      );
      expect(() => checkFilters({ provinceCodes: null, from: null, to: bad })).toThrow(
        `to ${JSON.stringify(bad)} is not an ISO date YYYY-MM-DD`,
      );
    }
  });

  it('reject province codes that are not integers', () => {
    const payload = '10) OR (1=1' as unknown as number;
    for (const bad of [10.5, Number.NaN, 2 ** 40, payload]) {
      expect(() => provinceConditions('"p"', [10, bad])).toThrow('is not a province code');
    }
  });
});

describe.each(FILTERED_BUILDERS)('%s', (_, build) => {
  it('throws on an injected date before building any SQL', () => {
    const payload = "2024-01-01'; DROP TABLE x; --";
    expect(() => build({ provinceCodes: null, from: payload, to: null })).toThrow(
      'is not an ISO date',
    );
    expect(() => build({ provinceCodes: null, from: null, to: payload })).toThrow(
      'is not an ISO date',
    );
  });

  it('sends every filter value as a parameter, never in the SQL text', () => {
    const q = build({ provinceCodes: [12, 34], from: '2031-05-06', to: '2032-07-08' });
    for (const value of ['12', '34', '2031', '2032']) expect(q.sql).not.toContain(value);
    expect(q.params).toContain(12);
    expect(q.params).toContain(34);
    expect(q.sql.split('?').length - 1).toBe(q.params.length);
  });

  it('rejects a province code that is not an integer', () => {
    expect(() => build({ provinceCodes: [10.5], from: null, to: null })).toThrow(
      'is not a province code',
    );
  });
});

describe('builder options are checked', () => {
  it('breakdowns accept only their own columns', () => {
    const by = 'vehicle" FROM x; --' as 'vehicle';
    expect(() => roadSafetyBreakdown(registry, NO_FILTERS, by)).toThrow(
      'is not one of vehicle, cause',
    );
    expect(() => complaintsBreakdown(registry, NO_FILTERS, 'province_code' as 'status')).toThrow(
      'is not one of category, status',
    );
  });

  it('complaintsByProvince needs an ISO asOf and whole overdue days >= 0', () => {
    const run = (asOf: string, overdueDays: number) => () =>
      complaintsByProvince(registry, NO_FILTERS, { asOf, overdueDays });
    expect(run("2024-03-31' OR 1=1 --", 30)).toThrow(
      'asOf "2024-03-31\' OR 1=1 --" is not an ISO date',
    );
    expect(run('2024-03-31', -1)).toThrow('overdueDays -1 is not a whole number of days >= 0');
    expect(run('2024-03-31', 1.5)).toThrow('overdueDays 1.5 is not a whole number');
    expect(run('2024-03-31', 0)).not.toThrow();
  });
});

describe('roadSafetyCellDensity', () => {
  it('sends the dates as parameters and rejects an injected one; cells ignore provinces', () => {
    const q = roadSafetyCellDensity(registry, {
      provinceCodes: [12],
      from: '2031-05-06',
      to: null,
    });
    expect(q.params).toContain('2031-05-06');
    expect(q.sql).not.toContain('2031');
    expect(q.sql.split('?').length - 1).toBe(q.params.length);
    expect(q.params).not.toContain(12);
    expect(() =>
      roadSafetyCellDensity(registry, { provinceCodes: null, from: "1' OR 1=1", to: null }),
    ).toThrow('is not an ISO date');
  });
});
