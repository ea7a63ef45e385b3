import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { firstMeasure, isKeyLikeColumn } from './first-measure';

describe('firstMeasure', () => {
  it('passes over the id columns real files lead with and takes the first measure', () => {
    const table = tableFromArrays({
      column_1: Int32Array.from([7, 3, 9]),
      id: Int32Array.from([11, 12, 13]),
      province_ID: Int32Array.from([10, 30, 50]),
      pro_code: Int32Array.from([10, 30, 50]),
      total_2nd_dose: Float64Array.from([5_800_000, 1_900_000, 1_200_000]),
    });
    expect(
      firstMeasure(table, ['column_1', 'id', 'province_ID', 'pro_code', 'total_2nd_dose']),
    ).toBe('total_2nd_dose');
  });

  it('passes over years (Gregorian or Buddhist era) and running row numbers by their values', () => {
    const table = tableFromArrays({
      fy: Int32Array.from([2566, 2566, 2567]),
      y: Int32Array.from([2023, 2024, 2024]),
      n: Int32Array.from([1, 2, 3]),
      deaths: Int32Array.from([4, 0, 12]),
    });
    expect(isKeyLikeColumn(table, 'fy')).toBe(true);
    expect(isKeyLikeColumn(table, 'y')).toBe(true);
    expect(isKeyLikeColumn(table, 'n')).toBe(true);
    expect(isKeyLikeColumn(table, 'deaths')).toBe(false);
    expect(firstMeasure(table, ['fy', 'y', 'n', 'deaths'])).toBe('deaths');
  });

  it('reads Thai key names: รหัส, ลำดับ, ลำดับที่, ปีงบประมาณ', () => {
    const table = tableFromArrays({
      รหัสจังหวัด: Int32Array.from([10, 30]),
      ลำดับที่: Int32Array.from([5, 9]),
      ปีงบประมาณ: Int32Array.from([2567, 2567]),
      ผู้ป่วย: Int32Array.from([40, 7]),
    });
    expect(firstMeasure(table, ['รหัสจังหวัด', 'ลำดับที่', 'ปีงบประมาณ', 'ผู้ป่วย'])).toBe('ผู้ป่วย');
  });

  it('keeps measures whose names only contain such letters (number_of_cases, income, yield)', () => {
    const table = tableFromArrays({
      number_of_cases: Int32Array.from([5, 9, 2]),
      income: Int32Array.from([100, 90, 120]),
      rice_yield: Int32Array.from([450, 380, 610]),
      provinceId: Int32Array.from([10, 30, 50]),
    });
    expect(firstMeasure(table, ['provinceId', 'number_of_cases', 'income'])).toBe(
      'number_of_cases',
    );
    expect(isKeyLikeColumn(table, 'income')).toBe(false);
    expect(isKeyLikeColumn(table, 'rice_yield')).toBe(false);
    expect(isKeyLikeColumn(table, 'provinceId')).toBe(true);
  });

  it('counts rows (null) when every numeric column is a key', () => {
    const table = tableFromArrays({
      id: Int32Array.from([1, 2, 3]),
      year: Int32Array.from([2024, 2024, 2025]),
    });
    expect(firstMeasure(table, ['id', 'year'])).toBeNull();
  });
});
