import { describe, expect, it } from 'vitest';
import provincesCsv from '../../../data/provinces.csv?raw';
import regionsCsv from '../../../data/regions.csv?raw';
import provinceAliasesCsv from '../../../data/province-aliases.csv?raw';
import {
  PROVINCE_COUNT,
  REGION_IDS,
  parseProvinceAliasTable,
  parseProvinceTable,
  parseRegionTable,
} from './province-table';

const [provinceHeader = '', ...provinceLines] = provincesCsv.trim().split(/\r?\n/);

/** The province CSV text with data line `index` (0-based) replaced by `line`. */
function withProvinceLine(index: number, line: string): string {
  const lines = [...provinceLines];
  lines[index] = line;
  return [provinceHeader, ...lines].join('\n');
}

describe('parseProvinceTable', () => {
  const provinces = parseProvinceTable(provincesCsv);

  it('reads the 77 provinces of data/provinces.csv sorted by code', () => {
    expect(provinces).toHaveLength(PROVINCE_COUNT);
    const codes = provinces.map((province) => province.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(PROVINCE_COUNT);
  });

  it('returns typed records with the CSV values', () => {
    expect(provinces[0]).toEqual({
      code: 10,
      iso: 'TH-10',
      hasc: 'TH.BM',
      nameTh: 'กรุงเทพมหานคร',
      nameEn: 'Bangkok',
      region: 'central',
    });
    expect(provinces.find((province) => province.code === 38)).toMatchObject({
      nameEn: 'Bueng Kan',
      region: 'northeast',
    });
    expect(provinces.at(-1)).toMatchObject({ code: 96, nameEn: 'Narathiwat', region: 'south' });
  });

  it('counts the provinces of the official six-region scheme', () => {
    const countByRegion = Object.fromEntries(
      REGION_IDS.map((id) => [id, provinces.filter((province) => province.region === id).length]),
    );
    expect(countByRegion).toEqual({
      north: 9,
      northeast: 20,
      central: 22,
      east: 7,
      west: 5,
      south: 14,
    });
  });

  it('accepts a byte-order mark, CRLF line ends and unsorted rows', () => {
    const reordered = [provinceHeader, ...[...provinceLines].reverse()].join('\r\n');
    expect(parseProvinceTable(`\uFEFF${reordered}`)).toEqual(provinces);
  });

  it.each([
    [
      'a duplicate code',
      withProvinceLine(1, '10,TH-10,TH.XX,ก,X,central'),
      /row 2.*duplicate code "10"/,
    ],
    [
      'an unknown region',
      withProvinceLine(0, '10,TH-10,TH.BM,กรุงเทพมหานคร,Bangkok,metro'),
      /row 1 \(code 10\): unknown region "metro"/,
    ],
    [
      'an empty Thai name',
      withProvinceLine(4, '14,TH-14,TH.PA,,Phra Nakhon Si Ayutthaya,central'),
      /row 5 \(code 14\): empty name_th/,
    ],
    [
      'an empty English name',
      withProvinceLine(4, '14,TH-14,TH.PA,พระนครศรีอยุธยา, ,central'),
      /row 5 \(code 14\): empty name_en/,
    ],
    [
      'a non-numeric code',
      withProvinceLine(2, 'xx,TH-12,TH.NO,นนทบุรี,Nonthaburi,central'),
      /row 3: code "xx"/,
    ],
    [
      'an ISO code that disagrees with the code',
      withProvinceLine(2, '12,TH-13,TH.NO,นนทบุรี,Nonthaburi,central'),
      /row 3 \(code 12\): iso_3166_2 "TH-13" should be "TH-12"/,
    ],
    [
      'a malformed HASC code',
      withProvinceLine(2, '12,TH-12,NO,นนทบุรี,Nonthaburi,central'),
      /row 3 \(code 12\): hasc "NO"/,
    ],
    [
      'a duplicate HASC code',
      withProvinceLine(2, '12,TH-12,TH.BM,นนทบุรี,Nonthaburi,central'),
      /row 3 \(code 12\): duplicate hasc "TH.BM" \(also in provinces.csv row 1/,
    ],
    [
      'a missing field',
      withProvinceLine(3, '13,TH-13,TH.PT,ปทุมธานี,Pathum Thani'),
      /malformed CSV at row 4/,
    ],
    [
      'a missing row',
      [provinceHeader, ...provinceLines.slice(1)].join('\n'),
      /expected 77 provinces, found 76/,
    ],
    ['a missing column', provincesCsv.replace('region', 'zone'), /missing column\(s\) region/],
  ])('rejects %s', (_problem, csvText, message) => {
    expect(() => parseProvinceTable(csvText)).toThrow(message);
  });
});

describe('parseRegionTable', () => {
  it('reads the six regions of data/regions.csv', () => {
    const regions = parseRegionTable(regionsCsv);
    expect(regions.map((region) => region.id)).toEqual([...REGION_IDS]);
    expect(regions[1]).toEqual({
      id: 'northeast',
      nameTh: 'ภาคตะวันออกเฉียงเหนือ',
      nameEn: 'Northeastern',
    });
  });

  it.each([
    [
      'an unknown id',
      regionsCsv.replace('west,', 'midwest,'),
      /row 5: unknown region id "midwest"/,
    ],
    ['a duplicate id', regionsCsv.replace('west,', 'east,'), /row 5: duplicate id "east"/],
    ['an empty name', regionsCsv.replace('ภาคใต้', ''), /row 6: empty name_th/],
    ['a missing region', regionsCsv.replace(/south,.*\n?/, ''), /missing region\(s\) south/],
  ])('rejects %s', (_problem, csvText, message) => {
    expect(() => parseRegionTable(csvText)).toThrow(message);
  });
});

describe('parseProvinceAliasTable', () => {
  const provinces = parseProvinceTable(provincesCsv);

  it('reads data/province-aliases.csv, every alias pointing at a province', () => {
    const aliases = parseProvinceAliasTable(provinceAliasesCsv, provinces);
    expect(aliases.length).toBeGreaterThan(200);
    expect(aliases).toContainEqual({ alias: 'Korat', code: 30 });
    expect(aliases).toContainEqual({ alias: 'กทม.', code: 10 });
  });

  it.each([
    ['an unknown code', 'alias,code\nAtlantis,99\n', /row 1: code 99 is not a province/],
    ['a duplicate alias', 'alias,code\nKorat,30\nKorat,30\n', /row 2: duplicate alias "Korat"/],
    ['an empty alias', 'alias,code\n,30\n', /row 1: empty alias/],
    ['a missing column', 'alias\nKorat\n', /missing column\(s\) code/],
  ])('rejects %s', (_problem, csvText, message) => {
    expect(() => parseProvinceAliasTable(csvText, provinces)).toThrow(message);
  });
});
