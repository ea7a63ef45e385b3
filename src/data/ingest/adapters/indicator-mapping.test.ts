import { describe, expect, it } from 'vitest';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { parseDataset } from '../../manifest/manifest-entry';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import { cadenceOfDates, mappingFromFlags } from './indicator-mapping';

const NOW = '2026-12-07T10:00:00Z';

// Province totals as a GeoJSON of points, the shape of the highway-crash file.
const TOTALS = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [98.9, 18.8] },
      properties: { PROV_NAMT: 'เชียงใหม่', crashes: 31, deaths: 4 },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100.5, 13.7] },
      properties: { PROV_NAMT: 'กรุงเทพมหานคร', crashes: 12, deaths: 1 },
    },
  ],
});

describe('mappingFromFlags', () => {
  it('builds the mapping object the flags describe', () => {
    expect(
      mappingFromFlags({
        province: 'PROV_NAMT',
        measure: 'crashes\ndeaths:mean',
        'title-th': 'อุบัติเหตุบนทางหลวง',
        'title-en': 'Highway crashes',
        'unit-th': 'ครั้ง',
        better: 'lower',
        'as-of': '2025-12-31',
      }),
    ).toEqual({
      title: { th: 'อุบัติเหตุบนทางหลวง', en: 'Highway crashes' },
      unit: { th: 'ครั้ง', en: 'ครั้ง' },
      province: 'PROV_NAMT',
      date: null,
      measures: [
        {
          column: 'crashes',
          title: { th: 'crashes', en: 'crashes' },
          unit: { th: 'ครั้ง', en: 'ครั้ง' },
          better: 'lower',
          aggregate: 'sum',
        },
        {
          column: 'deaths',
          title: { th: 'deaths', en: 'deaths' },
          unit: { th: 'ครั้ง', en: 'ครั้ง' },
          better: 'lower',
          aggregate: 'mean',
        },
      ],
      asOf: '2025-12-31',
    });
  });

  it('gives no mapping for no flags and refuses a flag it does not know', () => {
    expect(mappingFromFlags({})).toBeUndefined();
    expect(() => mappingFromFlags({ province: 'p', measures: 'x' })).toThrow(
      /^unknown flag --measures; a mapping takes --province, --date, --measure,/,
    );
  });

  it('ingests a GeoJSON snapshot with the flags alone, into an entry the manifest parser accepts', async () => {
    const mapping = mappingFromFlags({
      province: 'PROV_NAMT',
      measure: 'crashes,deaths',
      'title-en': 'Highway crashes',
      'unit-en': 'crashes',
      better: 'lower',
      'as-of': '2025-12-31',
    });
    const result = await ingestFiles(
      'highway_totals',
      [textFile('totals.geojson', TOTALS)],
      testContext(),
      { mapping, source: { th: 'กรมทางหลวง', en: 'Department of Highways' }, licence: 'OGL' },
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      { PROV_NAMT: 10, crashes: 12, deaths: 1 },
      { PROV_NAMT: 50, crashes: 31, deaths: 4 },
    ]);
    expect(table?.def).toMatchObject({
      title: { th: 'Highway crashes', en: 'Highway crashes' },
      asOf: '2025-12-31',
      cadence: 'once',
      licence: 'OGL',
    });
    if (table === undefined) return;
    const reparsed = parseDataset(datasetEntryJson(table.def), 'manifest.json', 0, []);
    expect(reparsed.indicator).toEqual(table.def.indicator);
    expect(reparsed.provenance?.adapter).toBe('indicator-mapping');
    expect(reparsed.caveats?.[0]?.en).toMatch(/^no data for 75 province\(s\): /);
  });

  it('names the first missing field of a flag mapping', async () => {
    const mapping = mappingFromFlags({ province: 'PROV_NAMT', measure: 'crashes' });
    const result = await ingestFiles(
      'highway_totals',
      [textFile('totals.geojson', TOTALS)],
      testContext(),
      { mapping, source: { th: 'ทล.', en: 'DOH' } },
      NOW,
    );
    expect(result.report.errors[0]?.en).toBe(
      'the column mapping (--mapping) is not usable: mapping: measures[0]: missing field \'unit\' (a text in Thai and English: { "th", "en" }) — correct that field and ingest again',
    );
  });
});

describe('cadenceOfDates', () => {
  it('takes the smallest gap between the dates', () => {
    expect(cadenceOfDates([])).toBe('once');
    expect(cadenceOfDates(['2026-01-31', '2026-01-31'])).toBe('once');
    expect(cadenceOfDates(['2026-01-01', '2026-01-02'])).toBe('daily');
    expect(cadenceOfDates(['2026-01-04', '2026-01-11'])).toBe('weekly');
    expect(cadenceOfDates(['2026-03-31', '2026-01-31', '2026-02-28'])).toBe('monthly');
    expect(cadenceOfDates(['2024-12-31', '2025-12-31'])).toBe('yearly');
  });
});
