import { describe, expect, it } from 'vitest';
import { windows874 } from '../../import/__fixtures__/encodings';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

// The Mor Prom export as republished (Thai names, an unnamed index column, a timestamp).
const THAI_2021 = [
  ',province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date',
  '0,กระบี่,41000,350000,310000,20000,2021-11-28T23:27',
  '1,กรุงเทพมหานคร,1100000,8900000,7900000,960000,2021-11-28T23:27',
  '2,บึงกาฬ,30000,250000,200000,5000,2021-11-28T23:27',
  '3,บึงกาฬ,30000,250000,200000,5000,2021-11-28T23:27',
  '4,รวมทั้งประเทศ,1,2,3,4,2021-11-28T23:27',
].join('\n');

// The same source three months later, English names.
const ENGLISH_2022 = [
  'id,province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date',
  '1,Krabi,49000,370000,340000,91000,2022-03-05 23:15:00',
  '2,Bangkok,1300000,9600000,8800000,4800000,2022-03-05 23:15:00',
  '3,Bueng Kan,40000,300000,280000,60000,2022-03-05 23:15:00',
  '4,Krabi,1,1,1,1,2031-01-01 00:00:00',
].join('\n');

describe('MOPH vaccination adapter', () => {
  it('reads two snapshots in Thai and English into two weeks of the contract', async () => {
    const result = await ingestFiles(
      'vaccination',
      [
        textFile('vac-2021.csv', THAI_2021, true),
        textFile('vaccination_by_dose.csv', ENGLISH_2022),
      ],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      {
        province_code: 10,
        week_end: '2021-11-28',
        population: 5588222,
        dose1: 8900000,
        dose2: 7900000,
        dose3: 960000,
      },
      {
        province_code: 38,
        week_end: '2021-11-28',
        population: 422042,
        dose1: 250000,
        dose2: 200000,
        dose3: 5000,
      },
      {
        province_code: 81,
        week_end: '2021-11-28',
        population: 477770,
        dose1: 350000,
        dose2: 310000,
        dose3: 20000,
      },
      {
        province_code: 10,
        week_end: '2022-03-05',
        population: 5588222,
        dose1: 9600000,
        dose2: 8800000,
        dose3: 4800000,
      },
      {
        province_code: 38,
        week_end: '2022-03-05',
        population: 422042,
        dose1: 300000,
        dose2: 280000,
        dose3: 60000,
      },
      {
        province_code: 81,
        week_end: '2022-03-05',
        population: 477770,
        dose1: 370000,
        dose2: 340000,
        dose3: 91000,
      },
    ]);
    expect(table?.def).toMatchObject({
      id: 'vaccination',
      demo: false,
      asOf: '2022-03-05',
      period: { from: '2021-11-28', to: '2022-03-05' },
      file: 'vaccination.parquet',
      provenance: { ingestedAt: NOW, adapter: 'moph-vaccination' },
    });
    expect(table?.def.provenance?.files.map((f) => f.name)).toEqual([
      'vac-2021.csv',
      'vaccination_by_dose.csv',
    ]);
    expect(table?.def.provenance?.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(table?.def.version).toMatch(/^sha256:[0-9a-f]{16}$/);
    const { report } = result;
    expect(report.files.map((f) => [f.name, f.encoding, f.rows])).toEqual([
      ['vac-2021.csv', 'utf-8-bom', 5],
      ['vaccination_by_dose.csv', 'utf-8', 4],
    ]);
    expect(report.provincesMatched).toBe(3);
    expect(report.missingProvinces).toHaveLength(74);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'vac-2021.csv, line 5: province 38 on 2021-11-28 repeats vac-2021.csv line 4 — the first row is kept',
    ]);
    expect(report.unmatched.map((u) => u.value)).toEqual(['รวมทั้งประเทศ']);
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'vaccination_by_dose.csv, line 5, column date: date 2031-01-01 is in the future — row left out; check the year (BE/CE)',
      'vac-2021.csv, line 3, column total_1st_dose: กรุงเทพมหานคร: first-dose coverage 159.3 % is over 100 % of the population of 5,588,222 — kept, with a caveat',
      'vaccination_by_dose.csv, line 3, column total_1st_dose: กรุงเทพมหานคร: first-dose coverage 171.8 % is over 100 % of the population of 5,588,222 — kept, with a caveat',
    ]);
    expect(report.caveats[0]?.en).toMatch(
      /^กรุงเทพมหานคร: coverage over 100 % — MOPH counts doses where they were given/,
    );
    expect(report.caveats[1]?.en).toMatch(/^no data for 74 province\(s\): /);
    expect(table?.def.caveats).toEqual(report.caveats);
  });

  it('reads a TIS-620 file saved by an old Thai system', async () => {
    const result = await ingestFiles(
      'vaccination',
      [{ name: 'vac.csv', bytes: windows874(THAI_2021) }],
      testContext(),
      {},
      NOW,
    );
    expect(result.report.files[0]?.encoding).toBe('windows-874');
    expect(result.ok && result.tables[0]?.rows.length).toBe(3);
  });

  it('names the columns it needs and the ones it found for a file of another shape', async () => {
    const result = await ingestFiles(
      'vaccination',
      [textFile('other.csv', 'province,cases\nกระบี่,3\n')],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.errors[0]?.en).toBe(
      'no vaccination adapter recognises these files — it needs MOPH provincial vaccination file (CSV/Excel): province, total_1st_dose, total_2nd_dose, [total_3rd_dose], date — columns found: other.csv [province, cases]',
    );
  });
});
