import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import { indicatorMapping } from './indicator-adapter';

const NOW = '2026-12-07T10:00:00Z';

// A provincial drought return as a DDPM office writes it: Thai headers, Thai dates, a BOM.
const DROUGHT = [
  'จังหวัด,เดือน,หมู่บ้านประสบภัย,หมู่บ้านทั้งหมด,หมายเหตุ',
  'ขอนแก่น,31 ม.ค. 2569,120,2331,',
  'Khon Kaen,28/02/2569,250,2331,',
  'บุรีรัมย์,2026-01-31,80,"2,661",',
  'บุรีรัมย์,2026-02-28,-,2661,ยังไม่รายงาน',
  'บุรีรัมย์,2026-02-28,95,2661,ซ้ำ',
  'รวม,2026-02-28,345,4992,',
  'ขอนแก่น,2027-03-31,1,2331,',
  'กรุงเทพมหานคร,2026-02-28,ไม่ทราบ,0,',
].join('\n');

const MAPPING = {
  title: { th: 'หมู่บ้านประสบภัยแล้ง', en: 'Drought-affected villages' },
  unit: { th: 'หมู่บ้าน', en: 'villages' },
  province: 'จังหวัด',
  date: 'เดือน',
  measures: [
    {
      column: 'หมู่บ้านประสบภัย',
      title: { th: 'หมู่บ้านประสบภัย', en: 'Villages affected' },
      unit: { th: 'หมู่บ้าน', en: 'villages' },
      better: 'lower',
      aggregate: 'sum',
    },
    {
      column: 'ร้อยละ',
      title: { th: 'ร้อยละของหมู่บ้าน', en: 'Share of villages' },
      unit: { th: 'ร้อยละ', en: '%' },
      better: 'lower',
      aggregate: 'ratio',
      numerator: 'หมู่บ้านประสบภัย',
      denominator: 'หมู่บ้านทั้งหมด',
      scale: 100,
    },
  ],
  source: { th: 'ปภ.', en: 'DDPM' },
  licence: 'CC-BY-4.0',
};

describe('indicator mapping adapter', () => {
  it('reads a province-shaped file through the mapping into a CSV indicator entry', async () => {
    const result = await ingestFiles(
      'drought_returns',
      [textFile('ภัยแล้ง.csv', DROUGHT, true)],
      testContext(),
      { mapping: MAPPING },
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      { จังหวัด: 31, เดือน: '2026-01-31', หมู่บ้านประสบภัย: 80, หมู่บ้านทั้งหมด: 2661 },
      { จังหวัด: 40, เดือน: '2026-01-31', หมู่บ้านประสบภัย: 120, หมู่บ้านทั้งหมด: 2331 },
      { จังหวัด: 10, เดือน: '2026-02-28', หมู่บ้านประสบภัย: null, หมู่บ้านทั้งหมด: 0 },
      { จังหวัด: 31, เดือน: '2026-02-28', หมู่บ้านประสบภัย: null, หมู่บ้านทั้งหมด: 2661 },
      { จังหวัด: 40, เดือน: '2026-02-28', หมู่บ้านประสบภัย: 250, หมู่บ้านทั้งหมด: 2331 },
    ]);
    const def = table?.def;
    expect(def).toMatchObject({
      id: 'drought_returns',
      title: MAPPING.title,
      source: MAPPING.source,
      licence: 'CC-BY-4.0',
      asOf: '2026-02-28',
      period: { from: '2026-01-31', to: '2026-02-28' },
      cadence: 'monthly',
      demo: false,
      file: 'drought_returns.csv',
      format: 'csv',
      provenance: { adapter: 'indicator-mapping' },
    });
    expect(def?.columns.map((c) => [c.name, c.type])).toEqual([
      ['จังหวัด', 'INTEGER'],
      ['เดือน', 'DATE'],
      ['หมู่บ้านประสบภัย', 'DOUBLE'],
      ['หมู่บ้านทั้งหมด', 'DOUBLE'],
    ]);
    expect(def?.indicator?.keys).toEqual({ province: 'จังหวัด', date: 'เดือน' });
    expect(def?.indicator?.measures.map((m) => m.aggregate)).toEqual(['sum', 'ratio']);
    const { report } = result;
    expect(report.provincesMatched).toBe(3);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'ภัยแล้ง.csv, line 6: province 31 on 2026-02-28 repeats ภัยแล้ง.csv line 5 — the first row is kept',
    ]);
    expect(report.unmatched.map((u) => u.en)).toEqual([
      'ภัยแล้ง.csv, line 7, column จังหวัด: "รวม" in column "จังหวัด" matches no province: use a province name or code',
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'ภัยแล้ง.csv, line 8, column เดือน: date 2027-03-31 is in the future — row left out; check the year (BE/CE)',
      'ภัยแล้ง.csv, line 9, column หมู่บ้านประสบภัย: not a number — written as empty; write a number if there is one',
    ]);
  });

  it('dates a snapshot with the mapping asOf and judges no cadence from one date', async () => {
    const text = 'province_code,shelters\n81,12\n10,40\n';
    const mapping = {
      title: { th: 'ศูนย์พักพิง', en: 'Shelters' },
      unit: { th: 'แห่ง', en: 'shelters' },
      province: 'province_code',
      date: null,
      measures: [
        {
          column: 'shelters',
          title: { th: 'ศูนย์พักพิง', en: 'Shelters' },
          unit: { th: 'แห่ง', en: 'shelters' },
          better: 'higher',
          aggregate: 'sum',
        },
      ],
      asOf: '2026-10-01',
    };
    const result = await ingestFiles(
      'shelters',
      [textFile('s.csv', text)],
      testContext(),
      { mapping, source: { th: 'ปภ.', en: 'DDPM' } },
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows).toEqual([
      { province_code: 10, shelters: 40 },
      { province_code: 81, shelters: 12 },
    ]);
    expect(result.ok && result.tables[0]?.def).toMatchObject({
      asOf: '2026-10-01',
      period: { from: '2026-10-01', to: '2026-10-01' },
      cadence: 'once',
      licence: 'no licence stated',
      source: { th: 'ปภ.', en: 'DDPM' },
    });
  });

  it('says a --mapping file is needed when none is given', async () => {
    const result = await ingestFiles(
      'drought_returns',
      [textFile('d.csv', 'province,villages\nKrabi,3\n')],
      testContext(),
      {},
      NOW,
      // Alone, so the message is this adapter's only (other '*' adapters add their own needs).
      [indicatorMapping],
    );
    expect(result.ok).toBe(false);
    expect(result.report.errors[0]?.en).toBe(
      'no drought_returns adapter recognises these files — it needs any province-shaped file (CSV/Excel/GeoJSON) with a column mapping: a --mapping <file.json> (or --province and --measure flags) naming the province column, [the date column], the measure columns — columns found: d.csv [province, villages]',
    );
  });

  it('names the mapping field at fault', async () => {
    const run = (mapping: unknown) =>
      ingestFiles(
        'drought_returns',
        [textFile('ภัยแล้ง.csv', DROUGHT)],
        testContext(),
        { mapping },
        NOW,
      );
    const [first] = MAPPING.measures;
    const noBetter = { ...MAPPING, measures: [{ ...first, better: undefined }] };
    expect((await run(noBetter)).report.errors[0]?.en).toBe(
      "the column mapping (--mapping) is not usable: mapping: measures[0]: missing field 'better' (one of higher, lower) — correct that field and ingest again",
    );
    expect((await run({ ...MAPPING, province: undefined })).report.errors[0]?.en).toBe(
      "the column mapping (--mapping) is not usable: mapping: missing field 'province' (the column holding province codes or names) — correct that field and ingest again",
    );
    expect((await run({ ...MAPPING, measure: [] })).report.errors[0]?.en).toMatch(
      /^the column mapping \(--mapping\) is not usable: mapping: unknown field 'measure' \(allowed: title, unit, province, date, measures,/,
    );
    expect((await run({ ...MAPPING, source: undefined })).report.errors[0]?.en).toMatch(
      /mapping: missing field 'source' .*; add it or give --source-th and --source-en/,
    );
    expect((await run({ ...MAPPING, province: 'province' })).report.errors[0]?.en).toBe(
      'ภัยแล้ง.csv: no column "province", which the mapping names in province — columns found: จังหวัด, เดือน, หมู่บ้านประสบภัย, หมู่บ้านทั้งหมด, หมายเหตุ — correct the name in the mapping',
    );
  });

  it('keeps core datasets to their own adapters', async () => {
    const result = await ingestFiles(
      'vaccination',
      [textFile('d.csv', 'province,villages\nKrabi,3\n')],
      testContext(),
      { mapping: MAPPING },
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.adapter).toBe(null);
  });
});
