import { describe, expect, it } from 'vitest';
import type { DatasetDef, IndicatorMeasure } from '../../manifest/manifest-types';
import type { IngestResult } from '../ingest';
import type { IngestedTable, IngestRow, ValidationReport } from '../ingest-types';
import { testContext } from '../testing/context';
import { appendHistory } from './append-history';
import { readHistoryCsv } from './history-csv';

const MANIFEST_NAME = 'data/manifest.json';

// The published entry as a manifest writes it: Thai names and codes in its province column.
function manifestWith(entry: Record<string, unknown>): unknown {
  return {
    version: 1,
    generatedAt: '2026-03-01T00:00:00.000Z',
    preview: { dataset: 'rain', file: 'rain-latest.json' },
    datasets: [entry],
  };
}

const MEASURES: IndicatorMeasure[] = [
  {
    column: 'mm',
    title: { th: 'ฝน', en: 'Rain' },
    unit: { th: 'มม.', en: 'mm' },
    better: 'higher',
    aggregate: 'weighted',
    weight: 'stations',
  },
];

const PUBLISHED_ENTRY = {
  id: 'rain',
  kind: 'indicator',
  title: { th: 'ฝน', en: 'Rain' },
  unit: { th: 'มม.', en: 'mm' },
  source: { th: 'ทดสอบ', en: 'test' },
  licence: 'CC0-1.0',
  asOf: '2026-02-28',
  cadence: 'monthly',
  period: { from: '2026-01-01', to: '2026-02-28' },
  demo: false,
  file: 'rain.csv',
  format: 'csv',
  keys: { province: 'province', date: 'month' },
  measures: MEASURES,
  columns: [
    { name: 'province', type: 'VARCHAR', nullable: false },
    { name: 'month', type: 'DATE', nullable: false },
    { name: 'mm', type: 'INTEGER', nullable: false },
    { name: 'stations', type: 'INTEGER', nullable: false },
    { name: 'note', type: 'VARCHAR', nullable: true },
  ],
};

// January and February; a name in English, a code, a quoted note with a comma.
const PUBLISHED_CSV = [
  '\uFEFFprovince,month,mm,stations,note',
  'เชียงใหม่,2026-01-31,10,5,"dry, hot"',
  'Nan,2026-01-31,4,3,',
  'เชียงใหม่,2026-02-28,20,5,',
  '55,2026-02-28,8,3,',
  '',
].join('\r\n');

// February again and March, as the province report adapter writes them: codes, a reply date.
const NEW_DEF: DatasetDef = {
  id: 'rain',
  title: { th: 'ฝน', en: 'Rain' },
  unit: { th: 'มม.', en: 'mm' },
  source: { th: 'แบบรายงาน', en: 'returns' },
  licence: 'internal',
  asOf: '2026-03-31',
  period: { from: '2026-02-28', to: '2026-03-31' },
  cadence: 'monthly',
  demo: false,
  file: 'rain.csv',
  format: 'csv',
  columns: [
    { name: 'province_code', type: 'INTEGER', nullable: true },
    { name: 'month', type: 'DATE', nullable: false },
    { name: 'mm', type: 'INTEGER', nullable: true },
    { name: 'reply_date', type: 'DATE', nullable: true },
  ],
  indicator: {
    keys: { province: 'province_code', date: 'month' },
    measures: MEASURES,
  },
};

const NEW_ROWS: IngestRow[] = [
  { province_code: 50, month: '2026-02-28', mm: 21, reply_date: '2026-03-05' },
  { province_code: 55, month: '2026-03-31', mm: 9, reply_date: '2026-04-03' },
  { province_code: 50, month: '2026-03-31', mm: 30, reply_date: '2026-04-02' },
];

const REPORT: ValidationReport = {
  dataset: 'rain',
  adapter: 'province-report',
  ok: true,
  files: [],
  rowsRead: 3,
  rowsWritten: 3,
  provincesMatched: 2,
  missingProvinces: [],
  duplicates: [],
  outOfRange: [],
  unmatched: [],
  asOf: '2026-03-31',
  period: { from: '2026-02-28', to: '2026-03-31' },
  errors: [],
  warnings: [{ th: 'เดิม', en: 'earlier warning' }],
  caveats: [],
};

function ingested(def: DatasetDef = NEW_DEF, rows: IngestRow[] = NEW_ROWS): IngestResult {
  const table: IngestedTable = { def, rows };
  return { ok: true, tables: [table], report: REPORT };
}

function reader(files: Record<string, string>) {
  const asked: string[] = [];
  const read = (file: string): string => {
    asked.push(file);
    const text = files[file];
    if (text === undefined) throw new Error(`ENOENT: ${file}`);
    return text;
  };
  return { asked, read };
}

const run = (result: IngestResult, entry: Record<string, unknown>, files: Record<string, string>) =>
  appendHistory(result, manifestWith(entry), MANIFEST_NAME, reader(files).read, testContext());

describe('appendHistory', () => {
  it('keeps January, replaces February, adds March, and says so', async () => {
    const out = await run(ingested(), PUBLISHED_ENTRY, { 'rain.csv': PUBLISHED_CSV });
    if (!out.ok) throw new Error(out.report.errors.map((e) => e.en).join('; '));
    const [table] = out.tables;
    expect(table?.rows).toEqual([
      { province_code: 50, month: '2026-01-31', mm: 10, reply_date: null, stations: 5 },
      { province_code: 55, month: '2026-01-31', mm: 4, reply_date: null, stations: 3 },
      { province_code: 50, month: '2026-02-28', mm: 21, reply_date: '2026-03-05' },
      { province_code: 50, month: '2026-03-31', mm: 30, reply_date: '2026-04-02' },
      { province_code: 55, month: '2026-03-31', mm: 9, reply_date: '2026-04-03' },
    ]);
    expect(table?.def.columns.map((c) => `${c.name}:${c.type}:${String(c.nullable)}`)).toEqual([
      'province_code:INTEGER:true',
      'month:DATE:false',
      'mm:INTEGER:true',
      'reply_date:DATE:true',
      'stations:INTEGER:true',
    ]);
    expect(table?.def.asOf).toBe('2026-03-31');
    expect(table?.def.period).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(out.report.rowsWritten).toBe(5);
    expect(out.report.warnings.map((w) => w.en)).toEqual([
      'earlier warning',
      'data/rain.csv: kept 2 rows of the 1 earlier date(s) the new files do not have (2026-01-31 – 2026-01-31)',
      'data/rain.csv: replaced 2 rows of 2026-02-28',
      'data/rain.csv: column(s) note dropped — the new files do not have them and no measure names them',
      'data/rain.csv: column(s) reply_date empty in the 2 earlier rows (the published file has none)',
    ]);
    expect(out.report.warnings[2]?.th).toBe(
      'data/rain.csv: แทนที่ข้อมูลเดิม 2 แถวของวันที่ 2026-02-28 ด้วยข้อมูลใหม่',
    );
  });

  it('earlier demo rows are kept with a caveat saying they are not real figures', async () => {
    const out = await run(
      ingested(),
      { ...PUBLISHED_ENTRY, demo: true },
      {
        'rain.csv': PUBLISHED_CSV,
      },
    );
    if (!out.ok) throw new Error('not ok');
    const expected =
      'figures dated 2026-01-31 to 2026-01-31 are the earlier demo data, not real figures';
    expect(out.tables[0]?.def.caveats?.map((c) => c.en)).toEqual([expected]);
    expect(out.report.caveats.map((c) => c.en)).toEqual([expected]);
  });

  it('an unreadable published file stops the ingest and names it', async () => {
    const out = await run(ingested(), PUBLISHED_ENTRY, {});
    expect(out.ok).toBe(false);
    expect(out.report.ok).toBe(false);
    expect(out.report.rowsWritten).toBe(0);
    expect(out.report.errors.map((e) => e.en)).toEqual([
      'could not read the published data/rain.csv (ENOENT: rain.csv) — fix or restore the published file before ingesting (nothing was written, so no earlier month is lost)',
    ]);
  });

  it('a published row of an unknown province stops the ingest with its line', async () => {
    const csv = `${PUBLISHED_CSV}Atlantis,2026-01-31,1,1,\r\n`;
    const out = await run(ingested(), PUBLISHED_ENTRY, { 'rain.csv': csv });
    expect(out.ok).toBe(false);
    expect(out.report.errors[0]?.en).toBe(
      'data/rain.csv, line 6, column province: "Atlantis" is not a known province — fix or restore the published file before ingesting (nothing was written, so no earlier month is lost)',
    );
  });

  it('a published figure that is not a number stops the ingest with its line and column', async () => {
    const csv = PUBLISHED_CSV.replace('Nan,2026-01-31,4,', 'Nan,2026-01-31,four,');
    const out = await run(ingested(), PUBLISHED_ENTRY, { 'rain.csv': csv });
    expect(out.report.errors[0]?.en).toMatch(
      /^data\/rain\.csv, line 3, column mm: "four" is not a whole number — /,
    );
  });

  it('a snapshot indicator replaces the published entry without reading it', async () => {
    const snapshot: DatasetDef = {
      ...NEW_DEF,
      indicator: { keys: { province: 'province_code', date: null }, measures: [] },
    };
    const files = reader({ 'rain.csv': PUBLISHED_CSV });
    const result = ingested(snapshot, [{ province_code: 50, mm: 1 }]);
    const out = await appendHistory(
      result,
      manifestWith(PUBLISHED_ENTRY),
      MANIFEST_NAME,
      files.read,
      testContext(),
    );
    expect(out).toBe(result);
    expect(files.asked).toEqual([]);
  });

  it('a published Parquet entry is replaced, with a warning to keep a copy', async () => {
    const entry = { ...PUBLISHED_ENTRY, file: 'rain.parquet', format: 'parquet' };
    const out = await run(ingested(), entry, {});
    if (!out.ok) throw new Error('not ok');
    expect(out.tables[0]?.rows).toEqual(NEW_ROWS);
    expect(out.report.warnings[1]?.en).toBe(
      'data/rain.parquet: not a CSV in this data folder, so its earlier dates are not read and the new file replaces it — keep a copy if you still need them',
    );
  });

  it('a new dataset id has no history to keep', async () => {
    const out = await run(ingested(), { ...PUBLISHED_ENTRY, id: 'other' }, {});
    expect(out.ok && out.tables[0]?.rows).toEqual(NEW_ROWS);
  });
});

describe('readHistoryCsv', () => {
  it('reads quotes holding commas, quotes and line breaks, with their line numbers', () => {
    const read = readHistoryCsv('a.csv', 'a,b\n"x, ""y""","1\n2"\nz,3');
    expect(read).toEqual({
      ok: true,
      header: ['a', 'b'],
      lines: [
        { line: 2, fields: ['x, "y"', '1\n2'] },
        { line: 4, fields: ['z', '3'] },
      ],
    });
  });

  it('refuses a file cut inside a quote and a line of another width', () => {
    const cut = readHistoryCsv('a.csv', 'a,b\n1,"2\n');
    expect(!cut.ok && cut.error.en).toBe(
      'a.csv, line 2: a quote is never closed — the file may be cut short; restore the complete file before ingesting',
    );
    const ragged = readHistoryCsv('a.csv', 'a,b\n1,2\n3\n');
    expect(!ragged.ok && ragged.error.en).toBe(
      'a.csv, line 3: 1 fields where the header has 2 — fix this line or restore the file before ingesting',
    );
  });
});
