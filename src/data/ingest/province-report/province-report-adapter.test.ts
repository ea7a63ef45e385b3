import { describe, expect, it } from 'vitest';
import { datasetEntryJson } from '../../manifest/manifest-entry-json';
import { parseDataset } from '../../manifest/manifest-entry';
import { PROVINCES } from '../../places/provinces';
import { ADAPTERS } from '../adapters/registry';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';
import { provinceReport } from './province-report-adapter';
import { reportSpec } from './template-spec';
import { templateWorkbook } from './template-workbook';
import { DROUGHT, filledCopy, LEVELS, ZONES } from './testing/drought-template';

const NOW = '2026-12-07T10:00:00Z';

function template(period = '2026-03'): Uint8Array {
  const made = reportSpec(
    DROUGHT,
    { period, deadline: '2026-04-05', group: 'zone:9', categories: { level: LEVELS } },
    ZONES,
    PROVINCES,
  );
  if (!made.ok) throw new Error(made.error.en);
  return templateWorkbook(made.spec, PROVINCES).bytes;
}

describe('province-report adapter', () => {
  it('ingests returned copies as the indicator dataset, with the follow-up in the report', async () => {
    const bytes = template();
    const first = await filledCopy(bytes, [
      { row: 3, column: 2, value: 5 },
      { row: 3, column: 4, value: 300 },
      { row: 3, column: 6, value: { date: '2026-04-02' } },
      // Bangkok's office typed a negative figure as text and a level not on the list.
      { row: 2, column: 2, value: '-2' },
      { row: 2, column: 5, value: 'แย่มาก' },
      { row: 2, column: 6, value: '4/4/2569' },
    ]);
    const correction = await filledCopy(bytes, [
      { row: 3, column: 2, value: 6 },
      { row: 3, column: 4, value: 300 },
      { row: 3, column: 6, value: { date: '2026-04-03' } },
      // A row added below the template's rows.
      { row: 6, column: 0, value: 99 },
      { row: 6, column: 1, value: 'จังหวัดใหม่' },
      { row: 6, column: 2, value: 1 },
    ]);
    const result = await ingestFiles(
      'drought',
      [
        { name: 'nonthaburi.xlsx', bytes: first },
        { name: 'nonthaburi-แก้ไข.xlsx', bytes: correction },
      ],
      testContext(),
      {},
      NOW,
      [provinceReport],
    );
    expect(result.report.errors).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      {
        province_code: 10,
        month: '2026-03-31',
        villages: null,
        households_affected: null,
        villages_total: null,
        level: null,
        reply_date: '2026-04-04',
      },
      {
        province_code: 12,
        month: '2026-03-31',
        villages: 6,
        households_affected: null,
        villages_total: 300,
        level: null,
        reply_date: '2026-04-03',
      },
    ]);
    const { report } = result;
    expect(report.adapter).toBe('province-report');
    expect(report.warnings.map((w) => w.en)).toEqual([
      'nonthaburi.xlsx, row 2, column households_affected, villages_total: left blank — fill in the figure, or confirm with the province that there is none',
      'nonthaburi.xlsx, row 3, column households_affected, level: left blank — fill in the figure, or confirm with the province that there is none',
      'nonthaburi-แก้ไข.xlsx, row 3, column households_affected, level: left blank — fill in the figure, or confirm with the province that there is none',
      '2 province(s) have not reported: ปทุมธานี, กระบี่',
    ]);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'nonthaburi.xlsx, row 2, column villages: must be a whole number, 0 or more — correct it and send again; value left out',
      'nonthaburi.xlsx, row 2, column level: must be one of: ปกติ, เฝ้าระวัง, วิกฤต — correct it and send again; value left out',
    ]);
    expect(report.unmatched.map((u) => u.en)).toEqual([
      'nonthaburi-แก้ไข.xlsx, row 6, column template_id: this row is not in the template (added, or copied from another template) — use the template as sent; row left out',
    ]);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'nonthaburi.xlsx, nonthaburi-แก้ไข.xlsx, column villages: นนทบุรี sent different figures (nonthaburi.xlsx: villages=5; nonthaburi-แก้ไข.xlsx: villages=6) — the latest reply, from nonthaburi-แก้ไข.xlsx, is kept; ask the province which is right',
    ]);
    expect(report.caveats.map((c) => c.en)).toEqual([
      'from province report returns, period 2026-03: 2 of 4 provinces replied',
      expect.stringMatching(/^no data for 75 province\(s\): /),
    ]);
    expect(table?.def).toMatchObject({
      id: 'drought',
      demo: false,
      asOf: '2026-03-31',
      period: { from: '2026-03-31', to: '2026-03-31' },
      cadence: 'monthly',
      file: 'drought.csv',
      format: 'csv',
      indicator: { keys: { province: 'province_code', date: 'month' } },
      provenance: { adapter: 'province-report' },
    });
    // The entry is one the app's manifest parser accepts as it is written.
    const ignored: string[] = [];
    const def = table?.def;
    if (def === undefined) return;
    const parsed = parseDataset(datasetEntryJson(def), 'manifest.json', 0, ignored);
    expect(parsed.indicator?.measures.map((m) => m.column)).toEqual([
      'villages',
      'households_affected',
      'villages_pct',
    ]);
    expect(ignored).toEqual([]);
  });

  it('refuses replies to two templates at once, naming both', async () => {
    const march = await filledCopy(template('2026-03'), [{ row: 2, column: 2, value: 1 }]);
    const april = await filledCopy(template('2026-04'), [{ row: 2, column: 2, value: 2 }]);
    const result = await ingestFiles(
      'drought',
      [
        { name: 'march.xlsx', bytes: march },
        { name: 'april.xlsx', bytes: april },
      ],
      testContext(),
      {},
      NOW,
      [provinceReport],
    );
    expect(result.ok).toBe(false);
    expect(result.report.errors.map((e) => e.en)).toEqual([
      "april.xlsx: answers another template (drought, period 2026-04), not drought, period 2026-03 — ingest one template's replies at a time",
    ]);
  });

  it('is tried before the generic indicator adapter and leaves other files to it', async () => {
    const mine = ADAPTERS.indexOf(provinceReport);
    const generic = ADAPTERS.findIndex((a) => a.dataset === '*' && a !== provinceReport);
    expect(mine).toBeGreaterThanOrEqual(0);
    expect(generic === -1 || mine < generic).toBe(true);
    const csv = await ingestFiles(
      'drought',
      [textFile('other.csv', 'province,villages\nกระบี่,3\n')],
      testContext(),
      {},
      NOW,
      [provinceReport],
    );
    expect(csv.report.errors[0]?.en).toBe(
      'no drought adapter recognises these files — it needs returned province report template (.xlsx made by npm run report-template): province_code, template_id — columns found: other.csv [province, villages]',
    );
  });
});
