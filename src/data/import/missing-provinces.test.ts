import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../places/provinces';
import { missingProvincesWarning } from './missing-provinces';

const ALL = PROVINCES.map((p) => p.code);

describe('missingProvincesWarning', () => {
  it('names the one province a national file lacks (TPMAP has no Bangkok row)', () => {
    const codes = [...ALL.filter((code) => code !== 10), null];
    expect(missingProvincesWarning('tpmap.csv', codes)).toEqual({
      code: 'missing-provinces',
      th: 'ไฟล์ "tpmap.csv" ไม่มีแถวของ 1 จังหวัด: กรุงเทพมหานคร; แผนที่แสดงเป็น "ไม่มีข้อมูล" ตรวจสอบว่าไฟล์ครบหรือไม่',
      en: '"tpmap.csv" has no row for 1 province: Bangkok; the map shows them as "no data": check whether the file is complete',
    });
  });

  it('names ten and counts the rest', () => {
    const warning = missingProvincesWarning('x.csv', ALL.slice(0, 60));
    expect(warning?.en).toMatch(/has no row for 17 provinces: .+ and 7 more;/);
  });

  it('says nothing for a file of a few provinces (a subset on purpose)', () => {
    expect(missingProvincesWarning('north.csv', [50, 57, 50])).toBeNull();
    expect(missingProvincesWarning('half.csv', ALL.slice(0, 38))).toBeNull();
    expect(missingProvincesWarning('most.csv', ALL.slice(0, 39))?.en).toMatch(/no row for 38/);
  });

  it('says nothing when every province has a row', () => {
    expect(missingProvincesWarning('all.csv', ALL)).toBeNull();
  });
});
