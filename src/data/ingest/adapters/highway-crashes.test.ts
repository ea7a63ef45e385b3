import { describe, expect, it } from 'vitest';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { parseManifest } from '../../manifest/registry';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.1, lat],
      [lon + 0.1, lat + 0.1],
      [lon, lat],
    ],
  ],
});

interface Props {
  readonly name: string;
  readonly name_th: string;
  readonly iso: string;
  readonly n: number;
  readonly deaths: number;
  readonly severe: number;
}

const feature = (p: Props, lon: number, lat: number) => ({
  type: 'Feature',
  properties: { ...p, death_rate: Math.round((1000 * p.deaths) / p.n) / 10, name_agree: 99.3 },
  geometry: square(lon, lat),
});

// The republished shape: English and Thai names, iso with Bangkok as "NA", five-year totals.
const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    feature(
      { name: 'Amnat Charoen', name_th: 'อำนาจเจริญ', iso: 'TH-37', n: 267, deaths: 52, severe: 56 },
      104.6,
      15.8,
    ),
    feature(
      {
        name: 'Bangkok Metropolis',
        name_th: 'กรุงเทพมหานคร',
        iso: 'NA',
        n: 10677,
        deaths: 237,
        severe: 289,
      },
      100.5,
      13.7,
    ),
    feature(
      { name: 'Ang Thong', name_th: 'อ่างทอง', iso: 'TH-15', n: 1116, deaths: 153, severe: 142 },
      100.4,
      14.6,
    ),
    feature(
      { name: 'Ang Thong', name_th: 'อ่างทอง', iso: 'TH-15', n: 9, deaths: 9, severe: 9 },
      100.4,
      14.6,
    ),
    feature(
      { name: 'Krabi', name_th: 'กระบี่', iso: 'TH-81', n: 500, deaths: -4, severe: 20 },
      98.9,
      8.1,
    ),
  ],
});

describe('highway-crashes adapter', () => {
  it('reads the province-totals GeoJSON into the highway_crashes indicator', async () => {
    const result = await ingestFiles(
      'highway_crashes',
      [textFile('provinces.json', GEOJSON, true)],
      testContext(),
      {},
      NOW,
    );
    expect(result.report.errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      { province_code: 10, crashes: 10677, deaths: 237, severe: 289 },
      { province_code: 15, crashes: 1116, deaths: 153, severe: 142 },
      { province_code: 37, crashes: 267, deaths: 52, severe: 56 },
    ]);
    expect(table?.def).toMatchObject({
      id: 'highway_crashes',
      demo: false,
      cadence: 'once',
      asOf: '2025-12-31',
      period: { from: '2021-01-01', to: '2025-12-31' },
      file: 'highway_crashes.parquet',
      indicator: { keys: { province: 'province_code', date: null } },
      provenance: { adapter: 'highway-crashes' },
    });
    expect(
      table?.def.indicator?.measures.map((m) => [
        m.column,
        m.aggregate,
        m.numerator ?? null,
        m.denominator ?? null,
      ]),
    ).toEqual([
      ['crashes', 'sum', null, null],
      ['deaths', 'sum', null, null],
      ['severe', 'sum', null, null],
      ['death_rate', 'ratio', 'deaths', 'crashes'],
    ]);
    const { report } = result;
    expect(report.files.map((f) => [f.name, f.rows])).toEqual([['provinces.json', 5]]);
    expect(report.provincesMatched).toBe(3);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'provinces.json, feature 4: province 15 repeats provinces.json feature 3 — the first row is kept',
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'provinces.json, feature 5, column deaths: a count must be a whole number, not negative — province left out; correct the figure and ingest again',
    ]);
    expect(report.caveats[0]?.en).toBe(
      'highway crashes only (DOH and DRR highways), five years 2021-2025 together — not the all-roads count of the 7 dangerous days, and no city or local roads',
    );
    expect(report.caveats[1]?.en).toMatch(/^no data for 74 province\(s\): /);
    expect(table?.def.caveats).toEqual(report.caveats);
  });

  it("writes an indicator entry the app's manifest parser accepts", async () => {
    const result = await ingestFiles(
      'highway_crashes',
      [textFile('provinces.json', GEOJSON)],
      testContext(),
      {},
      NOW,
    );
    const datasets = result.ok ? result.tables.map((t) => datasetEntryJson(t.def)) : [];
    const preview = { dataset: 'highway_crashes', file: 'none.json' };
    const manifest = parseManifest(
      { version: 1, generatedAt: NOW, datasets, preview },
      'manifest.json',
    );
    expect(manifest.datasets[0]?.indicator?.measures.map((m) => m.column)).toEqual([
      'crashes',
      'deaths',
      'severe',
      'death_rate',
    ]);
  });

  it('is not taken for incidents: road_safety names the columns it needs', async () => {
    const result = await ingestFiles(
      'road_safety',
      [textFile('provinces.json', GEOJSON)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.errors[0]?.en).toMatch(
      /^no road_safety adapter recognises these files — it needs .*date.*lat.*lon.*deaths.*injuries/,
    );
  });
});
