/**
 * Files in the shapes of the real published sources (headers, encoding, layout as published;
 * rows re-typed here with invented numbers). The real files are checked by hand, not in CI.
 */
import { describe, expect, it } from 'vitest';
import { column, fixture, imported } from './__fixtures__/import-helpers';
import { windows874 } from './__fixtures__/encodings';

const codesOf = (result: Awaited<ReturnType<typeof imported>>): number[] =>
  Array.from(result.key.kind === 'province' ? result.key.codes : []);

describe('shapes of the real sources', () => {
  it('MOPH provincial vaccination: Thai names, an unnamed index column, timestamps', async () => {
    const result = await imported('provincial-vaccination.csv', fixture('moph-vaccination-th.csv'));
    expect(result.key).toMatchObject({ kind: 'province', column: 'province' });
    expect(codesOf(result)).toEqual([81, 10, 71, 62, 38]);
    expect(result.unmatched).toEqual([]);
    expect(result.columns[0]).toMatchObject({ name: 'column_1', header: '', type: 'number' });
    expect(column(result, 'total_2nd_dose')).toEqual([310000, 7900000, 420000, 330000, 200000]);
    expect(column(result, 'date')[0]).toBe('2021-11-28');
    expect(result.warnings.map((w) => w.code)).toEqual(['times-dropped']);
  });

  it('the same file saved by an old Thai system in TIS-620', async () => {
    const text = new TextDecoder().decode(fixture('moph-vaccination-th.csv'));
    const result = await imported('provincial-vaccination.csv', windows874(text));
    expect(result.encoding).toBe('windows-874');
    expect(codesOf(result)).toEqual([81, 10, 71, 62, 38]);
  });

  it('vaccination by dose: English names, id column, datetime with seconds', async () => {
    const result = await imported('vaccination_by_dose.csv', fixture('vaccination-by-dose-en.csv'));
    expect(codesOf(result)).toEqual([81, 10, 71, 39]);
    expect(column(result, 'date')).toEqual(Array(4).fill('2022-03-05'));
  });

  it('TPMAP province files keyed by a quoted province_ID', async () => {
    const result = await imported('61_province_11111.csv', fixture('tpmap-province.csv'));
    expect(result.key).toMatchObject({ kind: 'province', column: 'province_ID' });
    expect(codesOf(result)).toEqual([11, 12, 30, 38]);
    expect(column(result, 'JPT.MOFval.pov.rate')).toEqual([1.25, 1.1, 2.75, 4.5]);
  });

  it('highway-crash GeoJSON: Bangkok\'s iso is "NA" and still matches Bangkok', async () => {
    const result = await imported('provinces.json', fixture('highway-crash-provinces.geojson'));
    expect(result.kind).toBe('province');
    expect(codesOf(result)).toEqual([37, 10, 20]);
    expect(result.unmatched).toEqual([]);
    expect(column(result, 'deaths')).toEqual([40, 200, 300]);
    expect(result.warnings.filter((w) => w.code === 'invalid-geometry')).toEqual([]);
  });

  it('province centroid points: PROV_CODE as text, Point geometry', async () => {
    const result = await imported(
      'th-map-provinces-points.geojson',
      fixture('province-centroids.geojson'),
    );
    expect(result.kind).toBe('points');
    const asProvince = await imported(
      'th-map-provinces-points.geojson',
      fixture('province-centroids.geojson'),
      {
        kind: 'province',
      },
    );
    expect(asProvince.key).toMatchObject({ kind: 'province', column: 'PROV_CODE' });
    expect(codesOf(asProvince)).toEqual([10, 11, 50]);
  });
});
