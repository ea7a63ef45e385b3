import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelSerialDay, writeXlsx } from '../../formats/xlsx-writer';
import { ingestFiles } from '../ingest';
import { testContext, textFile } from '../testing/context';

const NOW = '2026-12-07T10:00:00Z';

// The template with Thai headers and Thai words, as a district office fills it in.
const THAI = [
  'เลขที่เรื่อง,จังหวัด,ประเภทเรื่อง,สถานะ,วันที่รับเรื่อง,วันที่ยุติเรื่อง,เรื่องความมั่นคง',
  '1001,กระบี่,ที่ดิน,ยุติเรื่อง,03/01/2568,20/02/2568,ไม่ใช่',
  '1002,ปัตตานี,หนี้สิน,กำลังดำเนินการ,2025-03-14,,ใช่',
  '1003,นราธิวาส,เรื่องอื่น,รับเรื่อง,2025-03-15,,ไม่ใช่',
  '1004,กระบี่,ฉ้อโกง,ยุติเรื่อง,2025-05-10,2025-05-01,ไม่ใช่',
  '1001,กระบี่,ที่ดิน,ยุติเรื่อง,2025-01-03,2025-02-20,ไม่ใช่',
  '1005,รวม,อื่นๆ,รับเรื่อง,2025-06-01,,ไม่ใช่',
  '1006,ยะลา,อื่น ๆ,รับเรื่อง,2027-01-05,,ไม่ใช่',
].join('\n');

// The same template with its English headers and codes, from another office.
const ENGLISH = [
  'case_id,province,category,status,received,closed,security_sensitive',
  '2001,Bangkok,officials_conduct,closed,2025-07-01,2025-08-15,no',
  '2002,Pattani,public nuisance,In Progress,2025-07-02,2025-07-09,yes',
  '2003,Bangkok,utilities,closed,2025-07-03,,no',
  '2004,Bangkok,fraud,received,2025-07-04,,',
].join('\n');

describe('Damrongdhama complaints template adapter', () => {
  it('maps Thai and English words to the codes and reports each bad row', async () => {
    const result = await ingestFiles(
      'complaints',
      [textFile('ดำรงธรรม-กระบี่.csv', THAI, true), textFile('cases-bkk.csv', ENGLISH)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [table] = result.tables;
    expect(table?.rows).toEqual([
      {
        case_id: 1001,
        province_code: 81,
        category: 'land',
        status: 'closed',
        received: '2025-01-03',
        closed: '2025-02-20',
        security_sensitive: false,
      },
      {
        case_id: 1002,
        province_code: 94,
        category: 'debt',
        status: 'in_progress',
        received: '2025-03-14',
        closed: null,
        security_sensitive: true,
      },
      {
        case_id: 2001,
        province_code: 10,
        category: 'officials_conduct',
        status: 'closed',
        received: '2025-07-01',
        closed: '2025-08-15',
        security_sensitive: false,
      },
      {
        case_id: 2002,
        province_code: 94,
        category: 'public_nuisance',
        status: 'in_progress',
        received: '2025-07-02',
        closed: null,
        security_sensitive: true,
      },
    ]);
    expect(table?.def).toMatchObject({
      id: 'complaints',
      demo: false,
      asOf: '2025-08-15',
      period: { from: '2025-01-03', to: '2025-08-15' },
      file: 'complaints.parquet',
      cadence: 'daily',
      provenance: { adapter: 'complaints-template' },
    });
    const { report } = result;
    expect(report.rowsRead).toBe(11);
    expect(report.rowsWritten).toBe(4);
    expect(report.provincesMatched).toBe(3);
    expect(report.duplicates.map((d) => d.en)).toEqual([
      'ดำรงธรรม-กระบี่.csv, line 6, column เลขที่เรื่อง: case 1001 repeats ดำรงธรรม-กระบี่.csv line 2 — the first row is kept',
    ]);
    expect(report.unmatched.map((u) => [u.location, u.field, u.value])).toEqual([
      [7, 'จังหวัด', 'รวม'],
      [4, 'ประเภทเรื่อง', 'เรื่องอื่น'],
      [4, 'closed', ''],
      [5, 'security_sensitive', ''],
    ]);
    expect(report.unmatched[1]?.en).toBe(
      'ดำรงธรรม-กระบี่.csv, line 4, column ประเภทเรื่อง: unknown category "เรื่องอื่น" — use one of: land, debt, public_nuisance, officials_conduct, fraud, utilities, other — row left out',
    );
    expect(report.unmatched[1]?.th).toContain('ที่ดิน (land), หนี้สิน (debt)');
    expect(report.outOfRange.map((o) => o.en)).toEqual([
      'ดำรงธรรม-กระบี่.csv, line 5, column วันที่ยุติเรื่อง: closed 2025-05-01 is before received 2025-05-10 — correct the dates — row left out',
      'ดำรงธรรม-กระบี่.csv, line 8, column วันที่รับเรื่อง: date 2027-01-05 is in the future — row left out; check the year (BE/CE)',
      'cases-bkk.csv, line 3, column closed: a closed date on a case whose status is in_progress — the date is left out; set the status to closed if it is',
    ]);
  });

  it('names the accepted statuses for an unknown one', async () => {
    const text = [
      'case_id,province,category,status,received,closed,security_sensitive',
      '1,Krabi,land,pending,2025-01-01,,no',
    ].join('\n');
    const result = await ingestFiles(
      'complaints',
      [textFile('c.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.unmatched[0]?.en).toBe(
      'c.csv, line 2, column status: unknown status "pending" — use one of: received, in_progress, closed — row left out',
    );
    expect(result.report.errors[0]?.en).toBe(
      'no row could be ingested — see the problems listed above',
    );
  });

  it('refuses a file without the security column rather than guess', async () => {
    const text = [
      'case_id,province,category,status,received',
      '1,Krabi,land,received,2025-01-01',
    ].join('\n');
    const result = await ingestFiles(
      'complaints',
      [textFile('c.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok).toBe(false);
    expect(result.report.errors[0]?.en).toMatch(/^c\.csv: no security_sensitive column — add it/);
  });

  it('reads the published template once a row is filled in', async () => {
    const url = new URL('../../../../public/templates/complaints-template.csv', import.meta.url);
    const header = readFileSync(url, 'utf8');
    const text = `${header}7,Yala,fraud,received,2025-02-03,,yes\n`;
    const result = await ingestFiles(
      'complaints',
      [textFile('t.csv', text)],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows).toEqual([
      {
        case_id: 7,
        province_code: 95,
        category: 'fraud',
        status: 'received',
        received: '2025-02-03',
        closed: null,
        security_sensitive: true,
      },
    ]);
  });

  it('reads the template saved from Excel: a title row, date cells and TRUE/FALSE', async () => {
    const date = (iso: string) => ({ value: excelSerialDay(iso), style: 'date' as const });
    const bytes = writeXlsx({
      sheets: [
        {
          name: 'เรื่องร้องเรียน',
          rows: [
            ['ศูนย์ดำรงธรรมจังหวัดยะลา ปีงบประมาณ 2568'],
            ['เลขที่เรื่อง', 'จังหวัด', 'ประเภทเรื่อง', 'สถานะ', 'วันที่รับเรื่อง', 'วันที่ยุติเรื่อง', 'เรื่องความมั่นคง'],
            [31, 'ยะลา', 'สาธารณูปโภค', 'ยุติเรื่อง', date('2025-01-06'), date('2025-01-20'), false],
            [32, 'ยะลา', 'อื่น ๆ', 'อยู่ระหว่างดำเนินการ', date('2025-01-07'), null, true],
          ],
        },
      ],
    });
    const result = await ingestFiles(
      'complaints',
      [{ name: 'ยะลา-2568.xlsx', bytes }],
      testContext(),
      {},
      NOW,
    );
    expect(result.ok && result.tables[0]?.rows).toEqual([
      {
        case_id: 31,
        province_code: 95,
        category: 'utilities',
        status: 'closed',
        received: '2025-01-06',
        closed: '2025-01-20',
        security_sensitive: false,
      },
      {
        case_id: 32,
        province_code: 95,
        category: 'other',
        status: 'in_progress',
        received: '2025-01-07',
        closed: null,
        security_sensitive: true,
      },
    ]);
  });
});
