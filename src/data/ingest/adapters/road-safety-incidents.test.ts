import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelSerialDay, writeXlsx } from '../../formats/xlsx-writer';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import { festivalOf } from './road-safety-vocab';

const NOW = '2026-12-07T10:00:00Z';

// Thai headers, Buddhist-era dates, a separate time column (the template's Thai spelling).
const THAI = [
  'เลขที่,วันที่เกิดเหตุ,เวลา,จังหวัด,ละติจูด,ลองจิจูด,ผู้เสียชีวิต,ผู้บาดเจ็บ,ยานพาหนะ,สาเหตุ',
  'A1,12/04/2568,14:30,เชียงใหม่,18.79,98.98,1,2,รถจักรยานยนต์,เมาแล้วขับ',
  'A2,31/12/2568,23:05,นครราชสีมา,14.97,102.1,0,3,รถกระบะ,ขับเร็วเกินกำหนด',
  'A2,31/12/2568,23:05,นครราชสีมา,14.97,102.1,0,3,รถกระบะ,ขับเร็วเกินกำหนด',
  'A3,05/01/2569,08:00,ขอนแก่น,16.43,102.83,-1,0,รถยนต์,หลับใน',
  'A4,01/03/2568,10:00,ภูเก็ต,35.68,139.69,0,1,รถยนต์,หลับใน',
  'A5,01/01/2570,10:00,ภูเก็ต,7.88,98.39,0,1,รถยนต์,หลับใน',
].join('\n');

// English headers, a date-time in one column, words the app does not know.
const ENGLISH = [
  'incident_id,occurred_at,province,lat,lon,deaths,injuries,vehicle,cause',
  'B1,2026-01-05 06:15,Bangkok,13.75,100.5,0,1,Motorcycle,Speeding',
  'B2,2026-01-06T07:00,Chiang Mai,18.8,99.0,2,0,tuk-tuk,hit a buffalo',
  'B3,2026-01-07 09:00,Atlantis,13.7,100.5,0,1,Car,Speeding',
].join('\n');

describe('road-safety incidents adapter', () => {
  it('reads Thai and English incident files into the road_safety contract', async () => {
    const result = await ingestFiles(
      'road_safety',
      [textFile('crashes-th.csv', THAI, true), textFile('crashes-en.csv', ENGLISH)],
      testContext(),
      {},
      NOW,
    );
    expect(result.report.errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      {
        incident_id: 1,
        occurred_at: '2025-04-12 14:30:00',
        date: '2025-04-12',
        province_code: 50,
        lon: 98.98,
        lat: 18.79,
        deaths: 1,
        injuries: 2,
        vehicle: 'motorcycle',
        cause: 'drunk_driving',
        festival: 'songkran',
        festival_day: 2,
      },
      {
        incident_id: 2,
        occurred_at: '2025-12-31 23:05:00',
        date: '2025-12-31',
        province_code: 30,
        lon: 102.1,
        lat: 14.97,
        deaths: 0,
        injuries: 3,
        vehicle: 'pickup',
        cause: 'speeding',
        festival: 'newyear',
        festival_day: 2,
      },
      {
        incident_id: 3,
        occurred_at: '2026-01-05 06:15:00',
        date: '2026-01-05',
        province_code: 10,
        lon: 100.5,
        lat: 13.75,
        deaths: 0,
        injuries: 1,
        vehicle: 'motorcycle',
        cause: 'speeding',
        festival: 'newyear',
        festival_day: 7,
      },
      {
        incident_id: 4,
        occurred_at: '2026-01-06 07:00:00',
        date: '2026-01-06',
        province_code: 50,
        lon: 99,
        lat: 18.8,
        deaths: 2,
        injuries: 0,
        vehicle: 'other',
        cause: 'other',
        festival: null,
        festival_day: null,
      },
    ]);
    expect(table?.def).toMatchObject({
      id: 'road_safety',
      demo: false,
      deferred: true,
      asOf: '2026-01-06',
      period: { from: '2025-04-12', to: '2026-01-06' },
      file: 'road_safety.parquet',
      provenance: { adapter: 'road-safety-incidents' },
    });
    const { report } = result;
    expect(report.files.map((f) => [f.name, f.encoding, f.rows])).toEqual([
      ['crashes-th.csv', 'utf-8-bom', 6],
      ['crashes-en.csv', 'utf-8', 3],
    ]);
    expect(report.provincesMatched).toBe(3);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'crashes-th.csv, line 4: the same incident as crashes-th.csv line 3 (id A2) — the first row is kept',
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'crashes-th.csv, line 5, column ผู้เสียชีวิต: deaths and injuries must be whole numbers, not negative — row left out; correct the figure and ingest again',
      'crashes-th.csv, line 7, column วันที่เกิดเหตุ: date 2027-01-01 is in the future — row left out; check the year (BE/CE)',
    ]);
    expect(report.unmatched.map((u) => [u.file, u.location, u.value])).toEqual([
      ['crashes-th.csv', 6, '139.69, 35.68'],
      ['crashes-en.csv', 4, 'Atlantis'],
    ]);
    expect(report.warnings.map((w) => w.en)).toEqual([
      "vehicle: these words are not known and count as 'other': tuk-tuk (1) — use one of: motorcycle/รถจักรยานยนต์, car/รถยนต์, pickup/รถกระบะ, truck/รถบรรทุก, bus/รถโดยสาร, bicycle/จักรยาน, pedestrian/คนเดินเท้า",
      "cause: these words are not known and count as 'other': hit a buffalo (1) — use one of: speeding/ขับเร็วเกินกำหนด, cutting_in/ตัดหน้ากระชั้นชิด, fell_asleep/หลับใน, drunk_driving/เมาแล้วขับ, ran_signal/ฝ่าสัญญาณไฟ, wrong_way/ขับย้อนศร, illegal_overtaking/แซงผิดกฎหมาย, reckless/ขับขี่ประมาท, vehicle_defect/อุปกรณ์รถบกพร่อง, inexperience/ขาดความชำนาญ, unknown/ไม่ทราบสาเหตุ, other/อื่น ๆ",
    ]);
  });

  it('reads the published template once a row is filled in', async () => {
    const url = new URL('../../../../public/templates/road-safety-incidents.csv', import.meta.url);
    const header = readFileSync(url, 'utf8');
    const text = `${header}9,13 เม.ย. 2568,21.10 น.,ภูเก็ต,7.88,98.39,0,2,รถตู้,ไม่ระบุ\n`;
    const result = await ingestFiles(
      'road_safety',
      [textFile('t.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows).toEqual([
      {
        incident_id: 1,
        occurred_at: '2025-04-13 21:10:00',
        date: '2025-04-13',
        province_code: 83,
        lon: 98.39,
        lat: 7.88,
        deaths: 0,
        injuries: 2,
        vehicle: 'bus',
        cause: 'unknown',
        festival: 'songkran',
        festival_day: 3,
      },
    ]);
  });

  it('reads an Excel workbook with date cells and times as fractions of a day', async () => {
    const date = (iso: string) => ({ value: excelSerialDay(iso), style: 'date' as const });
    const bytes = writeXlsx({
      sheets: [
        {
          name: 'อุบัติเหตุ',
          rows: [
            ['วันที่', 'เวลา', 'จังหวัด', 'lat', 'lon', 'เสียชีวิต', 'บาดเจ็บ', 'ประเภทรถ', 'มูลเหตุ'],
            [date('2025-12-30'), 0.75, 'สงขลา', 7.19, 100.6, 1, 0, 'รถบรรทุก', 'หลับใน'],
          ],
        },
      ],
    });
    const result = await ingestFiles(
      'road_safety',
      [{ name: 'crashes.xlsx', bytes }],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows).toEqual([
      {
        incident_id: 1,
        occurred_at: '2025-12-30 18:00:00',
        date: '2025-12-30',
        province_code: 90,
        lon: 100.6,
        lat: 7.19,
        deaths: 1,
        injuries: 0,
        vehicle: 'truck',
        cause: 'fell_asleep',
        festival: 'newyear',
        festival_day: 1,
      },
    ]);
  });

  it('swaps lat and lon back when a whole file has them the wrong way round', async () => {
    const swapped = [
      'date,province,lat,lon,deaths,injuries',
      '2025-04-13,Chiang Mai,98.98,18.79,0,1',
      '2025-04-14,Phuket,98.39,7.88,1,0',
    ].join('\n');
    const result = await ingestFiles(
      'road_safety',
      [textFile('swapped.csv', swapped)],
      testContext(),
      {},
      NOW,
    );
    expect(
      result.ok && result.tables[0]?.rows.map((r) => [r.lon, r.lat, r.cause, r.vehicle]),
    ).toEqual([
      [98.98, 18.79, 'unknown', 'other'],
      [98.39, 7.88, 'unknown', 'other'],
    ]);
    expect(result.report.warnings.map((w) => w.en)).toEqual([
      '"swapped.csv": columns "lon" and "lat" hold latitude and longitude the wrong way round: swapped back',
      "swapped.csv: no cause column (cause/สาเหตุ) — written as 'unknown'",
      "swapped.csv: no vehicle column (vehicle/ยานพาหนะ) — written as 'other'",
    ]);
  });
});

describe('festival windows', () => {
  it('follow the contract: New Year 30 Dec-5 Jan, Songkran 11-17 Apr', () => {
    const days = ['2025-12-29', '2025-12-30', '2026-01-01', '2026-01-05', '2026-01-06'];
    expect(days.map(festivalOf)).toEqual([
      null,
      { festival: 'newyear', day: 1 },
      { festival: 'newyear', day: 3 },
      { festival: 'newyear', day: 7 },
      null,
    ]);
    expect(['2025-04-10', '2025-04-11', '2025-04-17', '2025-04-18'].map(festivalOf)).toEqual([
      null,
      { festival: 'songkran', day: 1 },
      { festival: 'songkran', day: 7 },
      null,
    ]);
  });
});
