import { describe, expect, it } from 'vitest';
import { parseDate, isoOfDate } from './parse-date';
import { isMissing, parseNumber } from './parse-number';

describe('parseNumber', () => {
  it.each([
    ['1,234', 1234, false],
    ['1,234.5', 1234.5, false],
    ['1,234,567', 1234567, false],
    [' 12 ', 12, false],
    ['-12.5', -12.5, false],
    ['\u221212', -12, false],
    ['(1,234)', -1234, false],
    ['+3', 3, false],
    ['๑๒๓', 123, false],
    ['๑,๒๓๔.๕', 1234.5, false],
    ['45.2%', 45.2, true],
    ['-3 %', -3, true],
    ['1e3', 1000, false],
    ['.5', 0.5, false],
  ])('reads %j as %d', (text, value, percent) => {
    expect(parseNumber(text)).toEqual({ value, percent });
  });

  it.each(['1,23', '12,34.5', 'abc', '-', '', '1.2.3', '12a', '๑๒๓ บาท', '1/3/2564', '%'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it.each(['', '  ', '-', '—', 'N/A', 'n/a', 'NA', '#N/A', 'null', 'ไม่มีข้อมูล', 'NaN', 'nan'])(
    'treats %j as missing',
    (text) => {
      expect(isMissing(text)).toBe(true);
    },
  );

  // "Nan" and "NAN" are Nan province (55): a province column keeps them as text.
  it.each(['0', 'Nan province', 'Nan', 'NAN', 'ชลบุรี'])('does not treat %j as missing', (text) => {
    expect(isMissing(text)).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2564-03-01', '2021-03-01', 'BE', false],
    ['2021-03-01', '2021-03-01', 'CE', false],
    ['2021-11-28T23:27', '2021-11-28', 'CE', false],
    ['1/3/2564', '2021-03-01', 'BE', false],
    ['01/03/2021', '2021-03-01', 'CE', false],
    ['01/03/64', '2021-03-01', 'BE', true],
    ['1-3-2564', '2021-03-01', 'BE', false],
    ['1.3.2564', '2021-03-01', 'BE', false],
    ['29/02/2563', '2020-02-29', 'BE', false],
    ['1 มี.ค. 2564', '2021-03-01', 'BE', false],
    ['1 มีค 64', '2021-03-01', 'BE', true],
    ['๑ มีนาคม ๒๕๖๔', '2021-03-01', 'BE', false],
    ['1 มีนาคม พ.ศ. 2564', '2021-03-01', 'BE', false],
    ['วันที่ 15 ธ.ค. 2563', '2020-12-15', 'BE', false],
    ['1 Mar 2021', '2021-03-01', 'CE', false],
    ['1 March 2021', '2021-03-01', 'CE', false],
    ['1 ม.ค. ค.ศ. 2021', '2021-01-01', 'CE', false],
    ['05/01/21', '2021-01-05', 'CE', true],
  ])('reads %j as %s (%s)', (text, iso, era, twoDigitYear) => {
    expect(parseDate(text)).toMatchObject({ iso, era, twoDigitYear });
  });

  it('notes a dropped time of day', () => {
    expect(parseDate('2021-11-28 23:27:00')?.hadTime).toBe(true);
    expect(parseDate('2021-11-28')?.hadTime).toBe(false);
  });

  it.each([
    '30/02/2564',
    '2564-13-01',
    '32/1/2021',
    '1 Foo 2021',
    '2564',
    '1,234',
    'ชลบุรี',
    '1/3/1500',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('moves a BE year typed into a CE calendar back 543 years', () => {
    expect(isoOfDate(new Date(Date.UTC(2564, 2, 1)))).toBe('2021-03-01');
    expect(isoOfDate(new Date(Date.UTC(2021, 2, 1)))).toBe('2021-03-01');
    expect(isoOfDate(new Date(Number.NaN))).toBeNull();
  });
});
