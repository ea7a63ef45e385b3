import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest';
import type { SourceFile } from '../ingest-types';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

const INDICATORS = Array.from({ length: 31 }, (_, i) => `poor.JPT.MOFval.ind${i + 1}.CNT`);

// The header of every TPMAP dimension file, quoted as TPMAP wrote it.
const DIMENSION_HEADER = [
  'province_ID',
  'poor.household.CNT',
  'poor.JPT.CNT',
  'poor.JPT.MOFreg.CNT',
  'poor.JPT.MOFval.CNT',
  'poor.JPT.MOFval.health',
  'poor.JPT.MOFval.living',
  'poor.JPT.MOFval.education',
  'poor.JPT.MOFval.income',
  'poor.JPT.MOFval.accessibility',
  'JPT.MOFval.pov.rate',
  ...INDICATORS,
]
  .map((h) => `"${h}"`)
  .join(',');

const COMMON_HEADER = [
  'province_ID',
  'household.CNT',
  'HOUSEMEMBER_CNT',
  'MOF_REG_CNT',
  'MOF_VAL_CNT',
  'ELDERLY_CNT',
  'DISABLED_CNT',
  'CHRONICPATIENT_CNT',
  'happiness',
]
  .map((h) => `"${h}"`)
  .join(',');

/**
 * A dimension file row: households, target people and the people poor in each dimension (health,
 * living, education, income, accessibility); the other counts are invented (the adapter ignores them).
 */
function dimensionRow(
  code: number | null,
  households: number,
  people: number,
  dimensions: readonly number[] = [0, 0, 0, 0, 0],
): string {
  const lead = code === null ? [] : [code];
  const rest = [people * 4, people + 100, people, ...dimensions, 1.25, ...INDICATORS.map(() => 0)];
  return [...lead, households, ...rest].join(',');
}

function dimensionFile(name: string, rows: readonly string[], bom = false): SourceFile {
  return textFile(name, [DIMENSION_HEADER, ...rows].join('\n'), bom);
}

// Samut Prakan (11), Bueng Kan (38), Chiang Rai (57), Narathiwat (96): no Bangkok, as in TPMAP.
const ANY = dimensionFile(
  '61_province_11111.csv',
  [
    dimensionRow(11, 28783, 7436, [2385, 1832, 1071, 3947, 27]),
    dimensionRow(38, 12000, 9100, [2000, 1500, 5000, 3000, 10]),
    dimensionRow(57, 30500, 21000, [5000, 4000, 9000, 6000, 40]),
    dimensionRow(96, 26000, 40000, [6000, 7000, 20000, 15000, 100]),
  ],
  true,
);
const HEALTH = dimensionFile('61_province_10000.csv', [
  dimensionRow(11, 14681, 2385),
  dimensionRow(57, 9000, 5000),
  dimensionRow(57, 1, 1),
  dimensionRow(96, 4000, 6000),
]);
const LIVING = dimensionFile('61_province_01000.csv', [
  dimensionRow(11, 9954, 1832),
  dimensionRow(57, 7000, 4000),
]);
const EDUCATION = dimensionFile('61_province_00100.csv', [dimensionRow(57, 8000, 9000)]);
const INCOME = dimensionFile('61_province_00010.csv', [
  dimensionRow(11, 8818, 3947),
  dimensionRow(96, 9000, -5),
]);
const COMBINED = dimensionFile('61_province_00011.csv', [dimensionRow(11, 9000, 4000)]);
const COUNTRY = textFile(
  '61_country_11111.csv',
  [DIMENSION_HEADER.replace('"province_ID",', ''), dimensionRow(null, 1249672, 1032987)].join('\n'),
);
const COMMON = textFile(
  '61_province_common.csv',
  [
    COMMON_HEADER,
    '11,307334,543159,61073,49332,86673,1885,4165,8.1',
    '38,90000,300000,40000,35000,50000,1000,3000,8.3',
    '57,250000,700000,90000,80000,120000,3000,9000,8.2',
    '96,180000,600000,95000,90000,70000,2000,5000,8.0',
  ].join('\n'),
);

const row = (code: number, dimension: string, people: number, households: number) => ({
  province_code: code,
  year: 2018,
  dimension,
  target_people: people,
  target_households: households,
});

describe('TPMAP poverty adapter', () => {
  it('reads a TPMAP year into the contract rows and reports what it left out', async () => {
    const files = [ANY, HEALTH, LIVING, EDUCATION, INCOME, COMBINED, COUNTRY, COMMON];
    const result = await ingestFiles('poverty', files, testContext(), {}, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      row(11, 'any', 7436, 28783),
      row(11, 'health', 2385, 14681),
      row(11, 'living', 1832, 9954),
      row(11, 'income', 3947, 8818),
      row(38, 'any', 9100, 12000),
      row(57, 'any', 21000, 30500),
      row(57, 'health', 5000, 9000),
      row(57, 'living', 4000, 7000),
      row(57, 'education', 9000, 8000),
      row(96, 'any', 40000, 26000),
      row(96, 'health', 6000, 4000),
    ]);
    expect(table?.def).toMatchObject({
      id: 'poverty',
      demo: false,
      asOf: '2018-12-31',
      period: { from: '2018-01-01', to: '2018-12-31' },
      cadence: 'yearly',
      file: 'poverty.parquet',
      provenance: { ingestedAt: NOW, adapter: 'tpmap-poverty' },
    });
    const { report } = result;
    expect(report.files.map((f) => [f.name, f.encoding, f.rows])).toEqual([
      ['61_province_11111.csv', 'utf-8-bom', 4],
      ['61_province_10000.csv', 'utf-8', 4],
      ['61_province_01000.csv', 'utf-8', 2],
      ['61_province_00100.csv', 'utf-8', 1],
      ['61_province_00010.csv', 'utf-8', 2],
      ['61_province_00011.csv', 'utf-8', 1],
      ['61_country_11111.csv', 'utf-8', 1],
      ['61_province_common.csv', 'utf-8', 4],
    ]);
    expect(report.provincesMatched).toBe(4);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      '61_province_10000.csv, line 4: province 57 repeats line 3 — the first row is kept; remove the repeated row',
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      '61_province_00010.csv, line 3, column poor.JPT.MOFval.CNT: a count must be a whole number, not negative — row left out; check the value in the source file',
    ]);
    expect(report.warnings.map((w) => w.en)).toEqual([
      '1 file(s) of combined dimensions not used (61_province_00011.csv) — the dataset holds each dimension alone and 11111 (any dimension)',
      'national file(s), not used (61_country_11111.csv) — the province files NN_province_XXXXX.csv are needed',
      'no file for the access dimension (NN_province_00001.csv) — that dimension will be empty',
    ]);
    expect(report.caveats.map((c) => c.en)).toEqual([
      'no Bangkok: TPMAP rests on the Community Development Department’s basic-needs survey (BMN/JPT) of rural households, which does not cover Bangkok',
      'target households = households failing the basic-needs (JPT) criteria in that dimension (poor.household.CNT), registered for the state welfare card or not, so they may outnumber the target people',
      expect.stringMatching(/^no data for 73 province\(s\): กรุงเทพมหานคร, /),
    ]);
    expect(table?.def.caveats).toEqual(report.caveats);
  });

  it('refuses files of two years mixed, naming both years', async () => {
    const later = dimensionFile('62_province_10000.csv', [dimensionRow(11, 1, 1)]);
    const result = await ingestFiles('poverty', [ANY, later], testContext(), {}, NOW);
    expect(result.ok).toBe(false);
    expect(result.report.errors.map((e) => e.en)).toEqual([
      'files of different years are mixed: B.E. 2561 (61_province_11111.csv) and B.E. 2562 (62_province_10000.csv) — ingest one year at a time',
    ]);
  });

  it('reads national files given by mistake without crashing, and says what is needed', async () => {
    const result = await ingestFiles('poverty', [COUNTRY], testContext(), {}, NOW);
    expect(result.ok).toBe(false);
    expect(result.report.warnings.map((w) => w.en)).toEqual([
      'national file(s), not used (61_country_11111.csv) — the province files NN_province_XXXXX.csv are needed',
    ]);
    expect(result.report.errors.map((e) => e.en)).toEqual([
      'no usable province file — give NN_province_11111.csv and the dimension files NN_province_10000.csv to NN_province_00001.csv',
    ]);
  });

  it('asks for the year when no file name carries it', async () => {
    const renamed = dimensionFile('province_11111.csv', [dimensionRow(11, 1, 1)]);
    const result = await ingestFiles('poverty', [renamed], testContext(), {}, NOW);
    expect(result.report.errors.map((e) => e.en)).toEqual([
      'no year in the file names (province_11111.csv) — name them as TPMAP does, e.g. 61_province_11111.csv (61 = B.E. 2561)',
    ]);
  });

  it('lists a count above the survey base of the common file', async () => {
    const common = textFile(
      '61_province_common.csv',
      [COMMON_HEADER, '11,20000,5000,1,1,1,1,1,8.1'].join('\n'),
    );
    const result = await ingestFiles('poverty', [ANY, common], testContext(), {}, NOW);
    expect(result.ok).toBe(true);
    expect(result.report.outOfRange.map((o) => o.en)).toEqual([
      '61_province_11111.csv, line 2, column poor.JPT.MOFval.CNT: target people 7436 is more than the survey base 5000 in the common file — check that the files are of one year',
      '61_province_11111.csv, line 2, column poor.household.CNT: households 28783 is more than the survey base 20000 in the common file — check that the files are of one year',
    ]);
  });

  it('uses a filter given twice once, and leaves out a file whose name gives no filter', async () => {
    const copy = dimensionFile('61_province_11111 (1).csv', [dimensionRow(11, 1, 1)]);
    const renamed = dimensionFile('poverty-export.csv', [dimensionRow(38, 1, 1)]);
    const result = await ingestFiles('poverty', [ANY, copy, renamed], testContext(), {}, NOW);
    expect(result.ok && result.tables[0]?.rows.map((r) => r.target_people)).toEqual([
      7436, 9100, 21000, 40000,
    ]);
    expect(result.report.warnings.map((w) => w.en).slice(0, 3)).toEqual([
      'poverty-export.csv: no year in the name — taken as B.E. 2561 like the other files',
      '61_province_11111 (1).csv: filter 11111 repeats 61_province_11111.csv — not used; give each filter once',
      'the name does not say the dimensions, not used (poverty-export.csv) — name it as TPMAP does, e.g. 61_province_10000.csv',
    ]);
  });

  it('lists a dimension count that differs from the 11111 file, as files of two sets', async () => {
    const health = dimensionFile('61_province_10000.csv', [dimensionRow(11, 14000, 2000)]);
    const result = await ingestFiles('poverty', [ANY, health], testContext(), {}, NOW);
    expect(result.ok).toBe(true);
    expect(result.report.outOfRange.map((o) => o.en)).toEqual([
      '61_province_10000.csv, line 2, column poor.JPT.MOFval.CNT: health dimension: differs from 2385 in 61_province_11111.csv column poor.JPT.MOFval.health — the files are not of one set; take them all from one TPMAP download',
    ]);
  });

  it('names the columns it needs for a file of another shape', async () => {
    const other = textFile('61_province_11111.csv', '"province_ID","poor.CNT"\n11,3\n');
    const result = await ingestFiles('poverty', [other], testContext(), {}, NOW);
    expect(result.report.errors.map((e) => e.en)).toEqual([
      'no poverty adapter recognises these files — it needs a TPMAP year: the NN_province_XXXXX.csv dimension files and NN_province_common.csv: province_ID, poor.JPT.MOFval.CNT, poor.household.CNT — columns found: 61_province_11111.csv [province_ID, poor.CNT]',
    ]);
  });
});
