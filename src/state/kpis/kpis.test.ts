import { describe, expect, it } from 'vitest';
import {
  complaintsKpi,
  formatPercentChange,
  formatPointChange,
  householdsKpi,
  loadingKpi,
  outOfPeriodKpi,
  percentChange,
  povertyKpi,
  roadSafetyKpi,
  totalOf,
  vaccinationKpi,
  withLeftOutProvinces,
} from './kpis';
import type { Thresholds } from '../layers/thresholds';

const thresholds: Thresholds = {
  vaccination: { dose2TargetPercent: 70 },
  roadSafety: { aboveUsualFactor: 1.5, minDeaths: 3 },
  complaints: { overdueDays: 30, overdueSharePercent: 75 },
};

describe('percentChange', () => {
  it('is the change in percent of the previous value', () => {
    expect(percentChange(110, 100)).toBeCloseTo(10, 10);
    expect(percentChange(90, 100)).toBeCloseTo(-10, 10);
    expect(percentChange(0, 10)).toBe(-100);
    expect(percentChange(10, 10)).toBe(0);
    // From -10 to -5 is an improvement of half the previous magnitude.
    expect(percentChange(-5, -10)).toBe(50);
  });

  it('is null when the previous value is 0 or either value is missing', () => {
    expect(percentChange(5, 0)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
    expect(percentChange(null, 10)).toBeNull();
    expect(percentChange(10, null)).toBeNull();
    expect(percentChange(undefined, 10)).toBeNull();
    expect(percentChange(NaN, 10)).toBeNull();
  });
});

describe('change texts', () => {
  it('signs percent changes and says when there is nothing to compare', () => {
    expect(formatPercentChange(12.34, 'en')).toBe('+12.3 %');
    expect(formatPercentChange(-3, 'en')).toBe('−3.0 %');
    expect(formatPercentChange(0.04, 'en')).toBe('0.0 %');
    expect(formatPercentChange(null, 'en')).toBe('No comparison');
    expect(formatPercentChange(null, 'th')).toBe('ไม่มีข้อมูลเปรียบเทียบ');
  });

  it('writes percentage points', () => {
    expect(formatPointChange(1.2, 'th')).toBe('+1.2 จุด');
    expect(formatPointChange(-0.5, 'en')).toBe('−0.5 pts');
  });
});

describe('totalOf', () => {
  it('adds up finite values', () => {
    expect(
      totalOf(
        new Map([
          [1, 2],
          [2, null],
          [3, 5],
        ] as const),
      ),
    ).toBe(7);
  });
});

describe('KPI tiles', () => {
  it('vaccination: national coverage, change in points, provinces below target', () => {
    const coverageByCode = new Map([
      [10, 65],
      [11, 72],
      [12, 69.9],
    ]);
    const input = { coverageByCode, nationalPercent: 70.5, previousNationalPercent: 69.3 };
    const tile = vaccinationKpi(input, 'en', thresholds);
    expect(tile).toEqual({
      id: 'vaccination',
      label: 'Dose 2 coverage',
      value: 70.5,
      valueText: '70.5 %',
      change: 1.2,
      changeText: '+1.2 pts',
      alertCount: 2,
      alertText: 'Provinces below the 70 % target: 2',
      alertCodes: new Set([10, 12]),
      status: 'value',
      periodNote: '',
      qualityText: '',
    });
    expect(vaccinationKpi(input, 'th', thresholds).alertText).toBe('จังหวัดที่ต่ำกว่าเป้าหมาย 70 %: 2');
  });

  it('vaccination without a value says so', () => {
    const tile = vaccinationKpi(
      { coverageByCode: new Map(), nationalPercent: null, previousNationalPercent: 60 },
      'th',
      thresholds,
    );
    expect(tile.value).toBeNull();
    expect(tile.valueText).toBe('ไม่มีข้อมูล');
    expect(tile.change).toBeNull();
    expect(tile.alertCount).toBe(0);
  });

  it('road safety: deaths, percent change, provinces above their usual daily rate', () => {
    // Period of 7 days in a dataset of 350 days. Usual rates: 1 -> 0.2/day, 2 -> 2/day,
    // 3 -> 0.02/day, 4 -> 2/day. Period rates: 1 -> 3/7 = 0.43 > 0.3 (flag), 2 -> 20/7 = 2.86
    // < 3, 3 -> 2/7 but only 2 deaths (< minDeaths), 4 -> 25/7 = 3.57 > 3 (flag).
    const tile = roadSafetyKpi(
      {
        deathsByCode: new Map([
          [1, 3],
          [2, 20],
          [3, 2],
          [4, 25],
        ]),
        periodDays: 7,
        overallDeathsByCode: new Map([
          [1, 70],
          [2, 700],
          [3, 7],
          [4, 700],
        ]),
        overallDays: 350,
        previousDeaths: 40,
      },
      'en',
      thresholds,
    );
    expect(tile.value).toBe(50);
    expect(tile.valueText).toBe('50');
    expect(tile.change).toBe(25);
    expect(tile.changeText).toBe('+25.0 %');
    expect([...tile.alertCodes]).toEqual([1, 4]);
    expect(tile.alertCount).toBe(2);
    expect(tile.alertText).toBe('Provinces above 1.5× their usual death rate: 2');
  });

  it('complaints: open cases, no comparison against zero, provinces with too many overdue', () => {
    const tile = complaintsKpi(
      {
        openByCode: new Map([
          [1, 10],
          [2, 4],
          [3, 0],
        ]),
        overdueByCode: new Map([
          [1, 8],
          [2, 3],
        ]),
        previousOpen: 0,
      },
      'en',
      thresholds,
    );
    expect(tile.value).toBe(14);
    expect(tile.change).toBeNull();
    expect(tile.changeText).toBe('No comparison');
    expect([...tile.alertCodes]).toEqual([1]);
    expect(tile.alertText).toBe('Provinces with over 75 % of open cases older than 30 days: 1');
  });

  it('poverty and households: counts without an alert rule', () => {
    const poverty = povertyKpi({ total: 1_032_987, previousTotal: null }, 'th');
    expect(poverty.label).toBe('คนจนเป้าหมาย');
    expect(poverty.valueText).toBe('1,032,987');
    expect(poverty.alertCount).toBeNull();
    expect(poverty.alertText).toBe('');
    const households = householdsKpi({ total: 30_000, previousTotal: 24_000 }, 'en');
    expect(households.changeText).toBe('+25.0 %');
    expect(households.label).toBe('Households surveyed');
  });
});

describe('KPI tile states', () => {
  const road = roadSafetyKpi(
    {
      deathsByCode: new Map([[10, 0]]),
      periodDays: 7,
      overallDeathsByCode: new Map([[10, 70]]),
      overallDays: 70,
      previousDeaths: 3,
    },
    'en',
    thresholds,
  );

  it('a loading tile says so in both languages, with nothing else', () => {
    expect(loadingKpi('complaints', 'th')).toEqual({
      id: 'complaints',
      label: 'เรื่องร้องเรียนที่ยังไม่ยุติ',
      value: null,
      valueText: 'กำลังโหลด…',
      change: null,
      changeText: '',
      alertCount: null,
      alertText: '',
      alertCodes: new Set(),
      status: 'loading',
      periodNote: '',
      qualityText: '',
    });
    expect(loadingKpi('complaints', 'en')).toMatchObject({
      label: 'Open complaints',
      valueText: 'Loading…',
    });
  });

  it('out of the period, a sum reads the words, not 0; a snapshot keeps its figure', () => {
    expect(road).toMatchObject({ status: 'value', valueText: '0', changeText: '−100.0 %' });
    expect(outOfPeriodKpi(road, 'NOTE', 'en', false)).toMatchObject({
      status: 'outOfPeriod',
      value: null,
      valueText: 'No data in this range',
      change: null,
      changeText: '',
      alertCount: null,
      alertText: '',
      periodNote: 'NOTE',
    });
    expect(outOfPeriodKpi(road, 'NOTE', 'th', false).valueText).toBe('ไม่มีข้อมูลในช่วงนี้');
    expect(outOfPeriodKpi(road, 'NOTE', 'en', true)).toEqual({ ...road, periodNote: 'NOTE' });
  });

  it('names the provinces the figure leaves out (one, several, none)', () => {
    expect(withLeftOutProvinces(road, 1, 'th').qualityText).toBe('ไม่รวม 1 จังหวัดข้อมูลผิดปกติ');
    expect(withLeftOutProvinces(road, 1, 'en').qualityText).toBe(
      '1 province with an impossible value left out',
    );
    expect(withLeftOutProvinces(road, 3, 'th').qualityText).toBe('ไม่รวม 3 จังหวัดข้อมูลผิดปกติ');
    expect(withLeftOutProvinces(road, 1200, 'en').qualityText).toBe(
      '1,200 provinces with impossible values left out',
    );
    expect(withLeftOutProvinces(road, 0, 'th')).toBe(road);
    // A tile without a figure has nothing the mark could qualify.
    expect(withLeftOutProvinces(loadingKpi('vaccination', 'th'), 2, 'th').qualityText).toBe('');
  });
});
