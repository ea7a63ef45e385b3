import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { parseManifest } from '../../manifest/registry';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

// The template's Thai spelling, Buddhist-era dates, a province reported twice for one day.
const THAI = [
  'จังหวัด,วันที่,อุบัติเหตุ,ผู้เสียชีวิต,ผู้บาดเจ็บ',
  'เชียงใหม่,11/04/2568,12,2,13',
  'เชียงใหม่,12/04/2568,15,1,16',
  'เชียงใหม่,12/04/2568,15,1,16',
].join('\n');

// English headers; a campaign whose day 1 was 29 Dec, a negative count, a future day, an ordinary day.
const ENGLISH = [
  'province,date,crashes,deaths,injuries,festival,festival_day',
  'Bangkok,2024-12-29,5,0,6,newyear,1',
  'Nakhon Ratchasima,2024-12-30,-3,1,2,,',
  'Khon Kaen,2031-04-12,1,0,1,,',
  'Phuket,2025-03-01,2,0,2,,',
].join('\n');

describe('road-safety 7 dangerous days adapter', () => {
  it('writes the daily aggregate the views read, and no incident points', async () => {
    const result = await ingestFiles(
      'road_safety',
      [textFile('7days-th.csv', THAI, true), textFile('7days-en.csv', ENGLISH)],
      testContext(),
      {},
      NOW,
    );
    expect(result.report.errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tables.map((t) => [t.def.id, t.def.aggregateOf ?? null, t.rows.length])).toEqual([
      ['road_safety', null, 4],
      ['road_safety_daily', 'road_safety', 4],
      ['road_safety_causes', 'road_safety', 4],
      ['road_safety_vehicles', 'road_safety', 4],
    ]);
    const [raw, daily, causes, vehicles] = result.tables;
    expect(daily?.rows).toEqual([
      {
        province_code: 10,
        date: '2024-12-29',
        festival: 'newyear',
        festival_day: 1,
        crashes: 5,
        deaths: 0,
        injuries: 6,
      },
      {
        province_code: 83,
        date: '2025-03-01',
        festival: null,
        festival_day: null,
        crashes: 2,
        deaths: 0,
        injuries: 2,
      },
      {
        province_code: 50,
        date: '2025-04-11',
        festival: 'songkran',
        festival_day: 1,
        crashes: 12,
        deaths: 2,
        injuries: 13,
      },
      {
        province_code: 50,
        date: '2025-04-12',
        festival: 'songkran',
        festival_day: 2,
        crashes: 15,
        deaths: 1,
        injuries: 16,
      },
    ]);
    expect(daily?.def).toMatchObject({
      title: {
        en: 'Road crashes in the 7 dangerous days (province reports) — by province and day',
      },
      file: 'road_safety_daily.parquet',
      format: 'parquet',
      demo: false,
      asOf: '2025-04-12',
      period: { from: '2024-12-29', to: '2025-04-12' },
      provenance: { adapter: 'road-safety-7days' },
    });
    expect(daily?.def.columns.map((c) => c.name)).toEqual([
      'province_code',
      'date',
      'festival',
      'festival_day',
      'crashes',
      'deaths',
      'injuries',
    ]);
    expect(raw?.def).toMatchObject({
      id: 'road_safety',
      file: 'road_safety.csv',
      format: 'csv',
      deferred: true,
      demo: false,
    });
    expect(raw?.rows[0]).toEqual({
      incident_id: null,
      occurred_at: null,
      date: '2024-12-29',
      province_code: 10,
      lon: null,
      lat: null,
      deaths: 0,
      injuries: 6,
      vehicle: null,
      cause: null,
      festival: 'newyear',
      festival_day: 1,
      crashes: 5,
    });
    expect(raw?.def.columns.filter((c) => c.nullable).map((c) => c.name)).toEqual([
      'incident_id',
      'occurred_at',
      'lon',
      'lat',
      'vehicle',
      'cause',
      'festival',
      'festival_day',
    ]);
    expect(causes?.rows[3]).toEqual({
      province_code: 50,
      date: '2025-04-12',
      cause: 'unknown',
      crashes: 15,
      deaths: 1,
      injuries: 16,
    });
    expect(vehicles?.rows.map((r) => r.vehicle)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    const { report } = result;
    expect(report.rowsWritten).toBe(4);
    expect(report.files.map((f) => [f.name, f.encoding, f.rows])).toEqual([
      ['7days-th.csv', 'utf-8-bom', 3],
      ['7days-en.csv', 'utf-8', 4],
    ]);
    expect(report.provincesMatched).toBe(3);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      '7days-th.csv, line 4: province 50 on 2025-04-12 repeats 7days-th.csv line 3 — the first row is kept',
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      '7days-en.csv, line 3, column crashes: must be a whole number, not negative (0 when none) — row left out; correct the figure and ingest again',
      '7days-en.csv, line 4, column date: date 2031-04-12 is in the future — row left out; check the year (BE/CE)',
    ]);
    expect(report.warnings.map((w) => w.en)).toEqual([
      '1 row(s) fall outside the 7 dangerous days (New Year 30 Dec-5 Jan, Songkran 11-17 Apr): 2025-03-01 — counted as ordinary days; for a campaign day give the festival and festival_day (1-7) columns',
    ]);
    expect(report.caveats[0]?.en).toBe(
      "a per-province daily report: no incident points, causes or vehicles — the map can show deaths per 100,000 per province only; there are no dots or density, and every crash counts as 'unknown' in the cause and vehicle breakdowns",
    );
    expect(result.tables.map((t) => t.def.caveats?.[0]?.en)).toEqual(
      result.tables.map(() => report.caveats[0]?.en),
    );
  });

  it("writes entries the app's manifest parser accepts", async () => {
    const result = await ingestFiles(
      'road_safety',
      [textFile('7days.csv', THAI)],
      testContext(),
      {},
      NOW,
    );
    const datasets = result.ok ? result.tables.map((t) => datasetEntryJson(t.def)) : [];
    const preview = { dataset: 'road_safety', file: 'none.json' };
    const manifest = parseManifest(
      { version: 1, generatedAt: NOW, datasets, preview },
      'manifest.json',
    );
    expect(manifest.datasets.map((d) => [d.id, d.aggregateOf ?? null])).toEqual([
      ['road_safety', null],
      ['road_safety_daily', 'road_safety'],
      ['road_safety_causes', 'road_safety'],
      ['road_safety_vehicles', 'road_safety'],
    ]);
  });

  it('reads the published template and its README example', async () => {
    const url = new URL('../../../../public/templates/road-safety-7days.csv', import.meta.url);
    const header = readFileSync(url, 'utf8');
    const text = `${header}เชียงใหม่,11/04/2568,สงกรานต์,1,12,2,13\nChiang Mai,2025-04-12,songkran,2,15,1,16\n`;
    const result = await ingestFiles(
      'road_safety',
      [textFile('t.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(
      result.ok &&
        result.tables[0]?.rows.map((r) => [r.date, r.festival, r.festival_day, r.crashes]),
    ).toEqual([
      ['2025-04-11', 'songkran', 1, 12],
      ['2025-04-12', 'songkran', 2, 15],
    ]);
  });

  it('leaves a per-incident file to the incidents adapter', async () => {
    const incidents =
      'date,province,lat,lon,deaths,injuries\n2025-04-13,Chiang Mai,18.79,98.98,0,1\n';
    const result = await ingestFiles(
      'road_safety',
      [textFile('incidents.csv', incidents)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables.map((t) => [t.def.id, t.def.provenance?.adapter])).toEqual([
      ['road_safety', 'road-safety-incidents'],
    ]);
  });
});
