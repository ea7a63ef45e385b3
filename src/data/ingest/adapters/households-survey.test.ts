import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

// A district's survey sheet saved as CSV: Thai headers, a BOM, one row per household visited.
const THAI = [
  'รหัสครัวเรือน,จังหวัด,ละติจูด,ลองจิจูด,จำนวนสมาชิก,สมาชิกที่ได้รับวัคซีน,วันที่สำรวจ',
  '11,เชียงใหม่,18.79,98.98,4,3,2025-06-02',
  '12,เชียงใหม่,18.8,98.99,2,2,03/06/2568',
  '13,Chiang Mai,1.29,103.85,3,1,2025-06-03',
  '14,เชียงใหม่,18.81,99,3,5,2025-06-03',
  '12,เชียงใหม่,18.82,99.01,1,1,2025-06-04',
  '15,ไม่ระบุ,13.7,100.5,2,1,2025-06-04',
  '16,เชียงใหม่,18.83,99.02,2,0,2027-01-01',
  '17,เชียงใหม่,18.84,99.03,0,0,2025-06-05',
].join('\n');

// Another team's export as GeoJSON points, with no household number.
const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100.52, 13.75] },
      properties: {
        province: 'Bangkok',
        members: 5,
        members_vaccinated: 4,
        surveyed: '2025-07-01',
      },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100.53, 13.76] },
      properties: {
        province: 'Bangkok',
        members: 1,
        members_vaccinated: 0,
        surveyed: '2025-07-02',
      },
    },
  ],
});

describe('household survey adapter', () => {
  it('writes the raw households with k kept, and reports each bad row', async () => {
    const result = await ingestFiles(
      'households',
      [textFile('สำรวจ-เชียงใหม่.csv', THAI, true), textFile('bkk.geojson', GEOJSON)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      {
        household_id: 11,
        province_code: 50,
        lon: 98.98,
        lat: 18.79,
        members: 4,
        members_vaccinated: 3,
        surveyed: '2025-06-02',
      },
      {
        household_id: 12,
        province_code: 50,
        lon: 98.99,
        lat: 18.8,
        members: 2,
        members_vaccinated: 2,
        surveyed: '2025-06-03',
      },
      {
        household_id: 18,
        province_code: 10,
        lon: 100.52,
        lat: 13.75,
        members: 5,
        members_vaccinated: 4,
        surveyed: '2025-07-01',
      },
      {
        household_id: 19,
        province_code: 10,
        lon: 100.53,
        lat: 13.76,
        members: 1,
        members_vaccinated: 0,
        surveyed: '2025-07-02',
      },
    ]);
    expect(table?.def).toMatchObject({
      id: 'households',
      demo: false,
      minGroupSize: 10,
      asOf: '2025-07-02',
      period: { from: '2025-06-02', to: '2025-07-02' },
      file: 'households.parquet',
      provenance: { adapter: 'households-survey' },
    });
    const { report } = result;
    expect(report.rowsRead).toBe(10);
    expect(report.provincesMatched).toBe(2);
    expect(report.unmatched.map((u) => [u.location, u.field, u.value])).toEqual([
      [7, 'จังหวัด', 'ไม่ระบุ'],
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'สำรวจ-เชียงใหม่.csv, line 4, column ลองจิจูด, ละติจูด: coordinates "103.85, 1.29" are outside Thailand: check the longitude and latitude — row left out',
      'สำรวจ-เชียงใหม่.csv, line 5, column สมาชิกที่ได้รับวัคซีน: must be a whole number from 0 to 3 — row left out',
      'สำรวจ-เชียงใหม่.csv, line 8, column วันที่สำรวจ: survey date 2027-01-01 is in the future — row left out; check the year (BE/CE)',
      'สำรวจ-เชียงใหม่.csv, line 9, column จำนวนสมาชิก: must be a whole number from 1 to 30 — row left out',
    ]);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'สำรวจ-เชียงใหม่.csv, line 6: household 12 repeats สำรวจ-เชียงใหม่.csv line 3 — the first row is kept',
    ]);
    expect(report.warnings.map((w) => w.en)).toEqual([
      'กรุงเทพมหานคร (2), เชียงใหม่ (2): fewer than 10 households surveyed — not shown, to protect personal data',
    ]);
    expect(report.caveats[0]?.en).toBe(
      'personal data: only groups of at least 10 households are shown; smaller groups are suppressed',
    );
  });

  it('reports a GeoJSON point outside Thailand', async () => {
    const outside = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [2.35, 48.85] },
          properties: {
            province: 'Krabi',
            members: 2,
            members_vaccinated: 1,
            surveyed: '2025-01-01',
          },
        },
      ],
    });
    const result = await ingestFiles(
      'households',
      [textFile('paris.geojson', outside)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.outOfRange.map((o) => o.en)).toEqual([
      'paris.geojson, feature 1, column geometry: the point is outside Thailand — check the longitude and latitude — row left out',
    ]);
  });

  it('names what it needs for a file without coordinates', async () => {
    const text = 'province,members,members_vaccinated,surveyed\nKrabi,2,1,2025-01-01\n';
    const result = await ingestFiles(
      'households',
      [textFile('h.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.errors[0]?.en).toBe(
      'no households adapter recognises these files — it needs household survey points (CSV/Excel with lon/lat, or GeoJSON points): province, lon + lat (or GeoJSON points), members, members_vaccinated, surveyed — columns found: h.csv [province, members, members_vaccinated, surveyed]',
    );
  });

  it('reads the published template once a row is filled in', async () => {
    const url = new URL('../../../../public/templates/households-template.csv', import.meta.url);
    const text = `${readFileSync(url, 'utf8')}5,Yala,101.28,6.54,3,2,2025-02-03\n`;
    const result = await ingestFiles(
      'households',
      [textFile('t.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows).toEqual([
      {
        household_id: 5,
        province_code: 95,
        lon: 101.28,
        lat: 6.54,
        members: 3,
        members_vaccinated: 2,
        surveyed: '2025-02-03',
      },
    ]);
  });
});
