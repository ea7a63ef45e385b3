import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { xmlProblem } from '../../formats/xml-well-formed';
import { writeXlsx } from '../../formats/xlsx-writer';
import { PROVINCES } from '../../places/provinces';
import { TEST_TODAY } from '../testing/context';
import { problemText, readReplies } from './merge-replies';
import { parseTemplateId } from './template-id';
import { reportSpec, type ReportSpec } from './template-spec';
import { templateWorkbook } from './template-workbook';
import { DROUGHT, filledCopy, LEVELS, ZONES } from './testing/drought-template';

function zoneSpec(): ReportSpec {
  const made = reportSpec(
    DROUGHT,
    { period: '2026-03', deadline: '2026-04-05', group: 'zone:9', categories: { level: LEVELS } },
    ZONES,
    PROVINCES,
  );
  if (!made.ok) throw new Error(made.error.en);
  return made.spec;
}

const HEADERS = [
  'รหัสจังหวัด (province_code)',
  'จังหวัด (province)',
  'หมู่บ้านที่ประสบภัยแล้ง (villages)',
  'ครัวเรือนที่ได้รับผลกระทบ (households_affected)',
  'Villages in all (villages_total)',
  'ระดับสถานการณ์ (level)',
  'วันที่ตอบ (reply_date)',
  'รหัสแบบรายงาน (template_id)',
];

describe('province report template', () => {
  it('pre-fills the zone’s provinces with the figures to fill, rules and instructions', async () => {
    const { bytes, id } = templateWorkbook(zoneSpec(), PROVINCES);
    const sheets = await readXlsxFile(new Blob([bytes.slice()]));
    expect(sheets.map((s) => s.sheet)).toEqual(['รายงาน', 'คำแนะนำ']);
    expect(sheets[0]?.data).toEqual([
      HEADERS,
      [10, 'กรุงเทพมหานคร', null, null, null, null, null, id],
      [12, 'นนทบุรี', null, null, null, null, null, id],
      [13, 'ปทุมธานี', null, null, null, null, null, id],
      [81, 'กระบี่', null, null, null, null, null, id],
    ]);
    expect(sheets[1]?.data.slice(0, 2)).toEqual([
      ['แบบรายงาน: หมู่บ้านที่ประสบภัยแล้ง'],
      ['งวด: 2026-03 · จังหวัด: เขตตรวจราชการ: เขต 9 · กำหนดส่ง: 5 เม.ย. 2569'],
    ]);
    expect(sheets[1]?.data.flat()).toContain(
      '• ระดับสถานการณ์ (level): เลือกจากรายการ: ปกติ, เฝ้าระวัง, วิกฤต',
    );
    const parsed = parseTemplateId(id);
    expect(parsed?.spec).toMatchObject({
      dataset: 'drought',
      period: '2026-03',
      dateKey: 'month',
      periodDate: '2026-03-31',
      group: 'zone:9',
      deadline: '2026-04-05',
      codes: [10, 12, 13, 81],
    });
    expect(parsed?.spec.columns.map((c) => [c.name, c.kind])).toEqual([
      ['villages', 'count'],
      ['households_affected', 'count'],
      ['villages_total', 'count'],
      ['level', 'category'],
    ]);
    const files = unzipSync(bytes);
    for (const [name, part] of Object.entries(files)) {
      expect([name, xmlProblem(strFromU8(part))]).toEqual([name, null]);
    }
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(
      [...sheet.matchAll(/<dataValidation type="(\w+)"[^>]* sqref="([A-Z0-9:]+)"/g)].map(
        (m) => `${m[1] ?? ''} ${m[2] ?? ''}`,
      ),
    ).toEqual(['whole C2:C5', 'whole D2:D5', 'whole E2:E5', 'list F2:F5', 'date G2:G5']);
    expect(sheet).toContain('<formula1>"ปกติ,เฝ้าระวัง,วิกฤต"</formula1>');
    expect(sheet).toContain('<col min="8" max="8" width="10" customWidth="1" hidden="1"/>');
    expect(sheet).toContain('<c r="A2" s="3"><v>10</v></c>');
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain(
      '<definedName name="WarRoomTemplate">&apos;รายงาน&apos;!$H$2</definedName>',
    );
  });

  it('takes every province by default and refuses what it cannot ask', () => {
    const all = reportSpec(
      DROUGHT,
      { period: '2026-03', deadline: null, group: null },
      ZONES,
      PROVINCES,
    );
    expect(all.ok && all.spec.codes.length).toBe(77);
    const results = [
      reportSpec(DROUGHT, { period: 'ไตรมาส 2', deadline: null, group: null }, ZONES, PROVINCES),
      reportSpec(DROUGHT, { period: '2026-03', deadline: null, group: 'zone:1' }, ZONES, PROVINCES),
      reportSpec(
        { ...DROUGHT, indicator: undefined },
        { period: '2026-03', deadline: null, group: null },
        ZONES,
        PROVINCES,
      ),
    ];
    expect(results.map((r) => (r.ok ? 'ok' : r.error.en))).toEqual([
      "dataset drought has a date column (month) — give the period as YYYY-MM or YYYY-MM-DD, not 'ไตรมาส 2'",
      "no province group 'zone:1' — use <grouping>:<group>, one of zone:9",
      'dataset drought is not an indicator dataset (kind: indicator) — province reports ask for indicator figures only',
    ]);
  });
});

describe('reading returned templates', () => {
  it('merges three replies: one late, one with an edited key cell, one province silent', async () => {
    const { bytes } = templateWorkbook(zoneSpec(), PROVINCES);
    const nonthaburi = await filledCopy(bytes, [
      { row: 3, column: 2, value: 5 },
      { row: 3, column: 3, value: 120 },
      { row: 3, column: 4, value: 300 },
      { row: 3, column: 5, value: 'เฝ้าระวัง' },
      { row: 3, column: 6, value: { date: '2026-04-02' } },
    ]);
    const pathum = await filledCopy(bytes, [
      { row: 4, column: 2, value: 3 },
      { row: 4, column: 3, value: 40 },
      { row: 4, column: 4, value: 250 },
      { row: 4, column: 5, value: 'ปกติ' },
      { row: 4, column: 6, value: { date: '2026-04-09' } },
    ]);
    const krabi = await filledCopy(bytes, [
      { row: 5, column: 1, value: 'Krabi' },
      { row: 5, column: 2, value: 7 },
      { row: 5, column: 6, value: { date: '2026-04-01' } },
    ]);
    const result = await readReplies(
      [
        { name: 'นนทบุรี.xlsx', bytes: nonthaburi },
        { name: 'ปทุมธานี.xlsx', bytes: pathum },
        { name: 'krabi.xlsx', bytes: krabi },
      ],
      PROVINCES,
      TEST_TODAY,
    );
    expect(result.rows).toEqual([
      {
        province_code: 12,
        month: '2026-03-31',
        villages: 5,
        households_affected: 120,
        villages_total: 300,
        level: 'เฝ้าระวัง',
        reply_date: '2026-04-02',
      },
      {
        province_code: 13,
        month: '2026-03-31',
        villages: 3,
        households_affected: 40,
        villages_total: 250,
        level: 'ปกติ',
        reply_date: '2026-04-09',
      },
    ]);
    const { report } = result;
    expect(result.unreadable).toEqual([]);
    expect(report.replies).toEqual(['นนทบุรี.xlsx', 'ปทุมธานี.xlsx', 'krabi.xlsx']);
    expect(report.notReplies).toEqual([]);
    expect(report.notReported).toEqual([
      { code: 10, name: 'กรุงเทพมหานคร' },
      { code: 81, name: 'กระบี่' },
    ]);
    expect(report.late.map((p) => problemText(p).en)).toEqual([
      'ปทุมธานี.xlsx, row 4, column reply_date: ปทุมธานี replied on 2026-04-09, 4 day(s) after the deadline 2026-04-05',
    ]);
    expect(report.editedKeys.map((p) => problemText(p).en)).toEqual([
      'krabi.xlsx, row 5, column province: the province name was changed from "กระบี่" — use the template as sent; row left out',
    ]);
    expect(report.conflicts).toEqual([]);
    expect(report.invalidValues).toEqual([]);
    expect(report.blankFigures).toEqual([]);
    expect(result.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'province_code INTEGER',
      'month DATE',
      'villages INTEGER',
      'households_affected INTEGER',
      'villages_total INTEGER',
      'level VARCHAR',
      'reply_date DATE',
    ]);
  });

  it('names each edit of the key cells: a header, a code, a row deleted, a row repeated', async () => {
    const { bytes, id } = templateWorkbook(zoneSpec(), PROVINCES);
    const cleared = [0, 1, 2, 3, 4, 5, 6, 7].map((column) => ({ row: 5, column, value: null }));
    const copy = await filledCopy(bytes, [
      { row: 1, column: 2, value: 'หมู่บ้าน' },
      { row: 4, column: 0, value: 14 },
      { row: 4, column: 3, value: 9 },
      ...cleared,
      { row: 6, column: 0, value: 10 },
      { row: 6, column: 1, value: 'กรุงเทพมหานคร' },
      { row: 6, column: 7, value: id },
    ]);
    const result = await readReplies([{ name: 'edits.xlsx', bytes: copy }], PROVINCES, TEST_TODAY);
    expect(result.report.editedKeys.map((p) => problemText(p).en)).toEqual([
      'edits.xlsx, column villages: no column (villages) — a header was changed or deleted; use the template as sent',
      'edits.xlsx, row 4, column province_code: the province code was changed (not in the template) — use the template as sent; row left out',
      'edits.xlsx, row 6, column province_code: this province repeats row 2 — use the template as sent; row left out',
      'edits.xlsx, column province_code: the rows of ปทุมธานี, กระบี่ were deleted or changed — use the template as sent',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('sets aside a workbook that carries no template id, saying what to use instead', async () => {
    const bytes = writeXlsx({
      sheets: [
        {
          name: 'รายงาน',
          rows: [
            ['รหัสจังหวัด (province_code)', 'จังหวัด (province)', 'รหัสแบบรายงาน (template_id)'],
            [10, 'กรุงเทพมหานคร', 'WR-REPORT/1 {"dataset":'],
          ],
        },
      ],
    });
    const result = await readReplies([{ name: 'own.xlsx', bytes }], PROVINCES, TEST_TODAY);
    expect(result.report.notReplies.map((t) => t.en)).toEqual([
      'own.xlsx: not a returned report template (no template id) — fill in the template file that was sent',
    ]);
    expect([result.report.spec, result.rows]).toEqual([null, []]);
  });

  it('judges lateness against a deadline given when reading', async () => {
    const { bytes } = templateWorkbook(zoneSpec(), PROVINCES);
    const copy = await filledCopy(bytes, [
      { row: 2, column: 2, value: 0 },
      { row: 2, column: 6, value: { date: '2026-04-02' } },
    ]);
    const result = await readReplies([{ name: 'bkk.xlsx', bytes: copy }], PROVINCES, TEST_TODAY, {
      deadline: '2026-04-01',
    });
    expect(result.report.late.map((p) => problemText(p).en)).toEqual([
      'bkk.xlsx, row 2, column reply_date: กรุงเทพมหานคร replied on 2026-04-02, 1 day(s) after the deadline 2026-04-01',
    ]);
    expect(result.rows[0]).toMatchObject({ province_code: 10, villages: 0, level: null });
    expect(result.report.blankFigures.map((p) => problemText(p).th)).toEqual([
      'bkk.xlsx, แถว 2, คอลัมน์ households_affected, villages_total, level: ยังว่าง — กรอกตัวเลข หรือยืนยันกับจังหวัดว่าไม่มีข้อมูล',
    ]);
  });
});
