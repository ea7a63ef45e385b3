import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestRow } from '../../data/ingest/ingest-types';
import type { ValidationReport } from '../../data/ingest/ingest-types';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { ingestFiles } from '../../data/ingest/ingest';
import { buildDataPack } from '../../data/ingest/pack/data-pack';
import { testContext, textFile } from '../../data/ingest/testing/context';
import { formatPreviewValue, previewOf } from './admin-preview';
import { EMPTY_MAPPING, EMPTY_MEASURE, mappingOf } from './mapping-model';
import { reportFacts } from './report-facts';

describe('mappingOf', () => {
  it('builds the indicator mapping, one language filling the other', () => {
    const outcome = mappingOf({
      ...EMPTY_MAPPING,
      id: 'rice_yield',
      titleTh: 'ผลผลิตข้าว',
      province: 'จังหวัด',
      date: '',
      measures: [
        { ...EMPTY_MEASURE, column: 'ตัน', titleTh: 'ผลผลิต', unitTh: 'ตัน', unitEn: 'tonnes' },
        { ...EMPTY_MEASURE, column: 'ไร่', unitEn: 'rai', better: 'lower', aggregate: 'mean' },
      ],
      sourceEn: 'Rice Department',
      licence: ' CC-BY-4.0 ',
    });
    expect(outcome).toEqual({
      ok: true,
      mapping: {
        title: { th: 'ผลผลิตข้าว', en: 'ผลผลิตข้าว' },
        unit: { th: 'ตัน', en: 'tonnes' },
        province: 'จังหวัด',
        date: null,
        measures: [
          {
            column: 'ตัน',
            title: { th: 'ผลผลิต', en: 'ตัน' },
            unit: { th: 'ตัน', en: 'tonnes' },
            better: 'higher',
            aggregate: 'sum',
          },
          {
            column: 'ไร่',
            title: { th: 'ไร่', en: 'ไร่' },
            unit: { th: 'rai', en: 'rai' },
            better: 'lower',
            aggregate: 'mean',
          },
        ],
        source: { th: 'Rice Department', en: 'Rice Department' },
        licence: 'CC-BY-4.0',
      },
    });
  });

  it('says what is missing or clashing', () => {
    const outcome = mappingOf({
      ...EMPTY_MAPPING,
      id: 'vaccination',
      province: 'p',
      date: 'd',
      measures: [{ ...EMPTY_MEASURE, column: 'd' }, EMPTY_MEASURE],
    });
    expect(!outcome.ok && outcome.problems.map((p) => p.en)).toEqual([
      "'vaccination' is a dataset the app ships — give another id, or choose that dataset from the list",
      'give the dataset a title',
      'name the source (who published the figures)',
      "measure 1: column 'd' is used already — give each measure its own column",
      'measure 1: give its unit, e.g. tonnes, %, households',
      'measure 2: choose the column holding the figure',
      'measure 2: give its unit, e.g. tonnes, %, households',
    ]);
    const badId = mappingOf({
      ...EMPTY_MAPPING,
      id: 'Rice Yield',
      sourceTh: 'กรมการข้าว',
      titleEn: 'x',
      province: 'p',
      measures: [{ ...EMPTY_MEASURE, column: 'v', unitTh: 'ไร่' }],
    });
    expect(!badId.ok && badId.problems.map((p) => p.en)).toEqual([
      "dataset id 'Rice Yield': use at most 32 lower-case letters, digits and _, starting with a letter, e.g. drought_2569",
    ]);
  });
});

const def = (extra: Partial<DatasetDef>): DatasetDef =>
  ({
    id: 'x',
    title: { th: 'ท', en: 't' },
    unit: { th: 'หน่วย', en: 'unit' },
    asOf: '2026-03-31',
    ...extra,
  }) as DatasetDef;

describe('previewOf', () => {
  it('vaccination: dose-2 coverage of the newest week, largest first', () => {
    const rows: IngestRow[] = [
      { province_code: 81, week_end: '2021-11-21', population: 100, dose1: 0, dose2: 99, dose3: 0 },
      { province_code: 81, week_end: '2021-11-28', population: 200, dose1: 0, dose2: 50, dose3: 0 },
      { province_code: 10, week_end: '2021-11-28', population: 100, dose1: 0, dose2: 80, dose3: 0 },
    ];
    const preview = previewOf({ def: def({ id: 'vaccination', asOf: '2021-11-28' }), rows });
    expect(preview.of).toBe('2021-11-28');
    expect(preview.rows.map((r) => [r.code, r.nameEn, r.value])).toEqual([
      [10, 'Bangkok', 80],
      [81, 'Krabi', 25],
    ]);
  });

  it('poverty: the targets of any dimension in the newest year, each person once', () => {
    const rows: IngestRow[] = [
      { province_code: 50, year: 2018, dimension: 'any', target_people: 70, target_households: 1 },
      {
        province_code: 50,
        year: 2018,
        dimension: 'health',
        target_people: 40,
        target_households: 1,
      },
      {
        province_code: 50,
        year: 2018,
        dimension: 'income',
        target_people: 60,
        target_households: 1,
      },
      { province_code: 50, year: 2017, dimension: 'any', target_people: 999, target_households: 1 },
      { province_code: 30, year: 2018, dimension: 'any', target_people: 90, target_households: 1 },
    ];
    const preview = previewOf({ def: def({ id: 'poverty' }), rows });
    expect(preview.of).toBe('2018');
    expect(preview.rows.map((r) => [r.code, r.value])).toEqual([
      [30, 90],
      [50, 70],
    ]);
  });

  it('an indicator: its first measure at the newest date, names matched to provinces', () => {
    const indicator = {
      keys: { province: 'จังหวัด', date: 'month' },
      measures: [
        {
          column: 'pct',
          title: { th: 'ร้อยละ', en: 'Share' },
          unit: { th: '%', en: '%' },
          better: 'lower' as const,
          aggregate: 'ratio' as const,
          numerator: 'a',
          denominator: 'b',
          scale: 100,
        },
      ],
    };
    const rows: IngestRow[] = [
      { จังหวัด: 'Chiang Mai', month: '2026-03-31', a: 1, b: 4 },
      { จังหวัด: 'เชียงใหม่', month: '2026-03-31', a: 1, b: 4 },
      { จังหวัด: 'Krabi', month: '2026-02-28', a: 9, b: 9 },
      { จังหวัด: 'nowhere', month: '2026-03-31', a: 9, b: 9 },
    ];
    const preview = previewOf({ def: def({ indicator }), rows });
    expect(preview.measure.en).toBe('Share');
    expect(preview.rows.map((r) => [r.code, r.value])).toEqual([[50, 25]]);
  });
});

describe('reportFacts', () => {
  it('lists the files, the counts and the dates', () => {
    const report = {
      ok: true,
      files: [{ name: 'a.xlsx', format: 'xlsx', encoding: null, sheet: 'Sheet1', rows: 1200 }],
      rowsRead: 1200,
      rowsWritten: 1198,
      provincesMatched: 76,
      asOf: '2022-03-05',
      period: { from: '2021-11-28', to: '2022-03-05' },
    } as unknown as ValidationReport;
    expect(reportFacts(report, 77).map((f) => f.en)).toEqual([
      'a.xlsx: 1,200 rows (xlsx, Sheet1)',
      'read 1,200 rows, 1,198 rows of data',
      'provinces matched: 76 of 77',
      'as of 2022-03-05',
      'period 2021-11-28 to 2022-03-05',
    ]);
  });
});

// The deployment's manifest as shipped (the pack merges into it).
const SHIPPED: unknown = JSON.parse(
  readFileSync(new URL('../../../public/data/manifest.json', import.meta.url), 'utf8'),
);

describe("the form's mapping through the indicator adapter", () => {
  it('ingests a province file as a new indicator with the packed CSV entry', async () => {
    const outcome = mappingOf({
      ...EMPTY_MAPPING,
      id: 'rice_yield',
      titleTh: 'ผลผลิตข้าว',
      titleEn: 'Rice yield',
      province: 'จังหวัด',
      date: 'ปี',
      measures: [{ ...EMPTY_MEASURE, column: 'ตัน', unitTh: 'ตัน', unitEn: 'tonnes' }],
      sourceTh: 'กรมการข้าว',
      sourceEn: 'Rice Department',
    });
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.en).join('; '));
    const csv = 'จังหวัด,ปี,ตัน\nเชียงใหม่,2025-12-31,1200\nKrabi,2025-12-31,300\n';
    const result = await ingestFiles(
      'rice_yield',
      [textFile('rice.csv', csv)],
      testContext(),
      { mapping: outcome.mapping },
      '2026-12-07T10:00:00Z',
    );
    expect(result.report.errors).toEqual([]);
    if (!result.ok) return;
    const pack = buildDataPack({
      datasetId: 'rice_yield',
      tables: result.tables,
      report: result.report,
      manifestJson: SHIPPED,
      manifestName: 'manifest.json',
      generatedAt: '2026-12-07T10:00:00Z',
    });
    expect(pack.ok ? null : pack.error.en).toBeNull();
    expect(pack.ok && pack.files.map((f) => f.name)).toEqual([
      'manifest.json',
      'rice_yield.csv',
      'rice_yield.report.json',
    ]);
    expect(pack.ok && pack.entries[0]).toMatchObject({
      id: 'rice_yield',
      format: 'csv',
      file: 'rice_yield.csv',
      rows: 2,
      indicator: { keys: { province: 'จังหวัด', date: 'ปี' } },
    });
    const preview = previewOf(result.tables[0] ?? { def: def({}), rows: [] });
    expect(preview.rows.map((r) => [r.nameEn, r.value])).toEqual([
      ['Chiang Mai', 1200],
      ['Krabi', 300],
    ]);
  });
});

describe('formatPreviewValue', () => {
  it('keeps one decimal on every fractional value, none on counts', () => {
    expect(formatPreviewValue(86.98)).toBe('87.0');
    expect(formatPreviewValue(158.34)).toBe('158.3');
    expect(formatPreviewValue(1032987)).toBe('1,032,987');
  });
});
