import {
  DateDay,
  Float64,
  Int32,
  Table,
  Utf8,
  tableFromArrays,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../data/formats/arrow-rows';
import { cellKinds, cellText, orderedTable, sortOrder, withProvinceNames } from './table-model';

const TABLE = new Table({
  province_code: vectorFromArray([10, 50, 90, 20], new Int32()),
  value: vectorFromArray([3.5, null, -1, 3.5], new Float64()),
  name: vectorFromArray(['ข', 'ก', null, 'ค'], new Utf8()),
  day: vectorFromArray([Date.UTC(2021, 0, 5), null, Date.UTC(2020, 0, 1), 0], new DateDay()),
});

describe('sorting', () => {
  it('keeps the file order without a sort', () => {
    expect(sortOrder(TABLE, null)).toBeNull();
    expect(sortOrder(TABLE, { column: 'absent', descending: false })).toBeNull();
  });

  it('sorts numbers both ways, stable, with missing values last', () => {
    expect([...(sortOrder(TABLE, { column: 'value', descending: false }) ?? [])]).toEqual([
      2, 0, 3, 1,
    ]);
    expect([...(sortOrder(TABLE, { column: 'value', descending: true }) ?? [])]).toEqual([
      0, 3, 2, 1,
    ]);
  });

  it('sorts Thai text in Thai order', () => {
    expect([...(sortOrder(TABLE, { column: 'name', descending: false }) ?? [])]).toEqual([
      1, 0, 3, 2,
    ]);
  });

  it('writes the rows in the order shown, types kept', () => {
    const order = sortOrder(TABLE, { column: 'value', descending: true });
    const sorted = orderedTable(TABLE, order);
    expect(tableRows(sorted).map((r) => r.province_code)).toEqual([10, 20, 90, 50]);
    expect(sorted.schema.fields.map((f) => String(f.type))).toEqual(
      TABLE.schema.fields.map((f) => String(f.type)),
    );
    expect(orderedTable(TABLE, sortOrder(TABLE, null))).toBe(TABLE);
  });
});

describe('cells on screen', () => {
  it('shows dates in the Buddhist era, codes plain, numbers grouped, text as it is', () => {
    const kinds = cellKinds(TABLE);
    expect(kinds).toEqual(['number', 'number', 'other', 'date']);
    expect(cellText(Date.UTC(2021, 0, 5), 'date', 'th')).toBe('5 ม.ค. 2564');
    expect(cellText(1234567.5, 'number', 'en', 'value')).toBe('1,234,567.5');
    expect(cellText(10, 'number', 'th', 'province_code')).toBe('10');
    expect(cellText('<b>x</b>', 'other', 'th')).toBe('<b>x</b>');
    expect(cellText(null, 'number', 'th')).toBe('');
  });

  it('adds province names beside the codes, once per table', () => {
    const named = withProvinceNames(tableFromArrays({ province_code: Int32Array.from([10, 38]) }));
    expect(named.schema.fields.map((f) => f.name)).toEqual([
      'province_code',
      'province_th',
      'province_en',
    ]);
    expect(tableRows(named).map((r) => r.province_th)).toEqual(['กรุงเทพมหานคร', 'บึงกาฬ']);
    expect(withProvinceNames(TABLE)).toBe(withProvinceNames(TABLE));
  });
});
