/** The view table's narrowing to a group's provinces (the map's region), row order kept. */
import { Float64, Int32 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../data/formats/arrow-rows';
import { tableOfColumns, utf8Vector, vectorOf } from '../../../data/formats/arrow-vectors';
import { rowsInProvinces } from './view-table';

const TABLE = tableOfColumns([
  ['province_code', vectorOf([30, 31, 10, 40], new Int32())],
  ['name', utf8Vector(['Korat', 'Buriram', 'Bangkok', 'Khon Kaen'])],
  ['value', vectorOf([1.5, null, 3, 4], new Float64())],
]);

describe('rowsInProvinces', () => {
  it('keeps the listed provinces in their order, nulls included', () => {
    expect(tableRows(rowsInProvinces(TABLE, [40, 31, 30]))).toEqual([
      { province_code: 30, name: 'Korat', value: 1.5 },
      { province_code: 31, name: 'Buriram', value: null },
      { province_code: 40, name: 'Khon Kaen', value: 4 },
    ]);
  });

  it('leaves out every row when no listed province is in the table', () => {
    expect(rowsInProvinces(TABLE, [50]).numRows).toBe(0);
  });

  it('returns the table itself without a group or when every row is in it', () => {
    expect(rowsInProvinces(TABLE, null)).toBe(TABLE);
    expect(rowsInProvinces(TABLE, [10, 30, 31, 40, 50])).toBe(TABLE);
  });

  it('keeps a table without a province column whole', () => {
    const plain = tableOfColumns([['k', vectorOf([1, 2], new Int32())]]);
    expect(rowsInProvinces(plain, [10])).toBe(plain);
  });
});
