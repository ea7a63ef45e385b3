import { describe, expect, it } from 'vitest';
import { column, imported, refused } from './__fixtures__/import-helpers';
import { findCoordinateColumns, isProvinceHeader } from './detect-columns';

const codesOf = (result: Awaited<ReturnType<typeof imported>>): number[] =>
  Array.from(result.key.kind === 'province' ? result.key.codes : []);

describe('province columns', () => {
  it.each([
    'province',
    'Province',
    'จังหวัด',
    'ชื่อจังหวัด',
    'province_code',
    'province_ID',
    'PROV_CODE',
    'PROV_NAMT',
    'pro_code',
    'pro_th',
    'changwat',
    'ISO',
    'รหัสจังหวัด',
  ])('takes %j as a province header', (header) => {
    expect(isProvinceHeader(header)).toBe(true);
  });

  it.each(['value', 'province_population', 'จำนวนประชากรจังหวัด', 'date', ''])(
    'does not take %j as a province header',
    (header) => {
      expect(isProvinceHeader(header)).toBe(false);
    },
  );

  it('matches by code, by Thai and English name, and lists the rest by line and value', async () => {
    const csv = ['province_code,value', '10,1', 'TH-30,2', '๒๐,3', '99,4', ',5', 'Total,6'].join(
      '\n',
    );
    const result = await imported('codes.csv', csv);
    expect(codesOf(result)).toEqual([10, 30, 20]);
    expect(result.unmatched.map((u) => [u.location, u.value, u.reason])).toEqual([
      [5, '99', 'province-unmatched'],
      [6, '', 'province-unmatched'],
      [7, 'Total', 'total-row'],
    ]);
    expect(result.unmatched[0]?.en).toBe(
      '"99" in column "province_code" matches no province: use a province name or code',
    );
  });

  it('finds a province column by its content when the header says nothing', async () => {
    const result = await imported('names.csv', 'name,v\nจ.ชลบุรี,1\nBuriram,2\nกทม.,3\n');
    expect(codesOf(result)).toEqual([20, 31, 10]);
  });

  it('fills the gaps of the best column from another province column, with a warning', async () => {
    const csv = 'name_th,iso,v\nชลบุรี,TH-20,1\n,TH-21,2\nกรุงเทพมหานคร,NA,3\n,NA,4\n';
    const result = await imported('gaps.csv', csv);
    expect(result.key).toMatchObject({ kind: 'province', column: 'name_th' });
    expect(codesOf(result)).toEqual([20, 21, 10]);
    expect(result.unmatched.map((u) => [u.location, u.column])).toEqual([[5, 'name_th']]);
    expect(result.warnings.map((w) => w.code)).toContain('fallback-column');
  });

  it('warns when two province columns disagree', async () => {
    const result = await imported(
      'clash.csv',
      'province,iso\nชลบุรี,TH-20\nระยอง,TH-20\nตราด,TH-23\n',
    );
    expect(codesOf(result)).toEqual([20, 21, 23]);
    expect(result.warnings.find((w) => w.code === 'columns-disagree')?.en).toContain('line 3');
  });

  it('reports repeated rows and provinces on several rows', async () => {
    const csv = 'province,v\nRayong,1\nTrat,2\nRayong,1\nRayong,5\n';
    const result = await imported('dupes.csv', csv);
    expect(result.duplicates).toEqual([{ location: 4, firstLocation: 2 }]);
    const texts = result.warnings.map((w) => w.en);
    expect(texts).toContainEqual(expect.stringContaining('repeated rows (line 4)'));
    expect(texts).toContainEqual(
      expect.stringContaining('Rayong appears on more than one row (line 2, line 4, line 5)'),
    );
  });

  it('does not take a national one-row file for a province table', async () => {
    const failure = await refused('61_country.csv', 'poor.CNT,ind1.CNT,ind2.CNT\n1032987,31,45\n');
    expect(failure.error.code).toBe('no-key-column');
  });

  it('takes unheaded numbers for codes when nearly all of many are', async () => {
    const rows = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20].map((c) => `${c},${c * 3}`);
    const result = await imported('codes.csv', ['c,v', ...rows].join('\n'));
    expect(result.key).toMatchObject({ kind: 'province', column: 'c' });
  });

  it('refuses a file with no province or coordinate column, listing its columns', async () => {
    const failure = await refused('nokey.csv', 'a,b\n1,2\n');
    expect(failure.error.code).toBe('no-key-column');
    expect(failure.error.th).toContain('"a", "b"');
  });

  it('refuses a file where no row matches, naming the first', async () => {
    const failure = await refused('atlantis.csv', 'จังหวัด,v\nแอตแลนติส,1\nAtlantis,2\n');
    expect(failure.error.code).toBe('nothing-matched');
    expect(failure.error.en).toContain('line 2');
    expect(failure.error.en).toContain('"แอตแลนติส"');
  });
});

describe('point columns', () => {
  it.each([
    [['lon', 'lat'], { lon: 0, lat: 1 }],
    [['LATITUDE', 'LONGITUDE'], { lon: 1, lat: 0 }],
    [['id', 'lng', 'lat'], { lon: 1, lat: 2 }],
    [['x', 'y'], { lon: 0, lat: 1 }],
    [['ละติจูด', 'ลองจิจูด'], { lon: 1, lat: 0 }],
    [['gps_lat', 'gps_lon'], { lon: 1, lat: 0 }],
  ])('finds %j', (headers, expected) => {
    expect(findCoordinateColumns(headers)).toEqual(expected);
  });

  it.each([[['index', 'year']], [['max_x_value', 'lat']], [['lon']]])(
    'finds none in %j',
    (headers) => {
      expect(findCoordinateColumns(headers)).toBeNull();
    },
  );

  it('flags rows outside Thailand, swapped on their own, or without numbers', async () => {
    const csv = 'id,lat,lon\n1,13.75,100.5\n2,100.5,13.75\n3,48.85,2.35\n4,-,100\n5,๑๘.๘,๙๘.๙\n';
    const result = await imported('points.csv', csv);
    if (result.key.kind !== 'points') throw new Error('points expected');
    expect(result.key.swapped).toBe(false);
    expect(Array.from(result.key.lat)).toEqual([13.75, 18.8]);
    expect(result.unmatched.map((u) => [u.location, u.reason, u.value])).toEqual([
      [3, 'swapped', '13.75, 100.5'],
      [4, 'outside-thailand', '2.35, 48.85'],
      [5, 'coordinates-missing', '100, -'],
    ]);
  });

  it('swaps a whole file whose lat and lon columns are the wrong way round', async () => {
    const csv = 'lat,lon,v\n100.5,13.75,1\n98.9,18.8,2\n';
    const result = await imported('swapped.csv', csv);
    if (result.key.kind !== 'points') throw new Error('points expected');
    expect(result.key.swapped).toBe(true);
    expect(Array.from(result.key.lon)).toEqual([100.5, 98.9]);
    expect(result.warnings.map((w) => w.code)).toContain('columns-swapped');
  });

  it('prefers points but can be told to map provinces', async () => {
    const csv = 'province,lat,lon\nRayong,12.68,101.28\n';
    expect((await imported('both.csv', csv)).kind).toBe('points');
    const asProvince = await imported('both.csv', csv, { kind: 'province' });
    expect(codesOf(asProvince)).toEqual([21]);
  });

  it('falls back to provinces when no coordinate is in Thailand', async () => {
    const result = await imported('far.csv', 'province,lat,lon\nRayong,48.85,2.35\n');
    expect(result.kind).toBe('province');
  });
});

describe('value typing', () => {
  it('types numbers, percentages, dates and text, with missing placeholders', async () => {
    const csv = [
      'province,count,share,day,note,code',
      'Rayong,"1,234",45.2%,1/3/2564,ok,0101',
      'Trat,-,N/A,2021-03-02,,0202',
      'Chanthaburi,๑๒๓,-3.5%,01 มี.ค. 2564,-,0303',
      'Chon Buri,-12,,,x,0404',
    ].join('\n');
    const result = await imported('values.csv', csv);
    expect(result.columns.map((c) => c.type)).toEqual([
      'text',
      'number',
      'number',
      'date',
      'text',
      'text',
    ]);
    expect(column(result, 'count')).toEqual([1234, null, 123, -12]);
    expect(column(result, 'share')).toEqual([45.2, null, -3.5, null]);
    expect(result.columns.find((c) => c.name === 'share')).toMatchObject({ percent: true });
    expect(column(result, 'day')).toEqual(['2021-03-01', '2021-03-02', '2021-03-01', null]);
    expect(column(result, 'note')).toEqual(['ok', null, null, 'x']);
    expect(column(result, 'code')).toEqual(['0101', '0202', '0303', '0404']);
    expect(result.warnings.map((w) => w.code)).toContain('mixed-era');
  });

  it('warns about two-digit years and dropped times', async () => {
    const result = await imported('yy.csv', 'province,day,at\nRayong,01/03/64,2021-03-01 08:00\n');
    expect(column(result, 'day')).toEqual(['2021-03-01']);
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['two-digit-years', 'times-dropped']),
    );
  });

  it('keeps a mostly-number column numeric and names the odd values', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `Rayong,${i === 7 ? 'ไม่ทราบ' : i}`);
    const result = await imported('odd.csv', ['province,v', ...rows].join('\n'));
    expect(column(result, 'v')[7]).toBeNull();
    const warning = result.warnings.find((w) => w.code === 'bad-cells');
    expect(warning?.en).toContain('"ไม่ทราบ" (line 9) is not a number');
  });
});
