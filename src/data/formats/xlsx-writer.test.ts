import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { xmlProblem } from './xml-well-formed';
import { excelSerialDay, writeXlsx, type XlsxWorkbook } from './xlsx-writer';

const WORKBOOK: XlsxWorkbook = {
  sheets: [
    {
      name: 'รายงาน',
      frozenRows: 1,
      widths: [12, 30],
      hiddenColumns: [3],
      rows: [
        [
          { value: 'รหัส', style: 'header' },
          { value: 'จังหวัด', style: 'header' },
          { value: 'สถานะ', style: 'header' },
          { value: 'id', style: 'header' },
        ],
        [{ value: 10, style: 'key' }, { value: 'กรุงเทพมหานคร', style: 'key' }, null, 'x'],
        [{ value: 50, style: 'key' }, '=SUM(A1)<&>', true, { value: 45000, style: 'date' }],
      ],
      validations: [
        {
          column: 2,
          fromRow: 2,
          toRow: 3,
          type: 'list',
          list: ['ปกติ', 'วิกฤต'],
          error: { title: 'ค่าไม่ถูกต้อง', text: 'เลือกจากรายการ "ปกติ" หรือ "วิกฤต"' },
        },
        {
          column: 0,
          fromRow: 2,
          toRow: 3,
          type: 'whole',
          min: 0,
          prompt: { title: 'จำนวน', text: 'จำนวนเต็ม ≥ 0' },
          error: { title: 'ไม่ใช่จำนวนเต็ม', text: 'ใส่จำนวนเต็มไม่ติดลบ' },
        },
      ],
    },
    { name: 'คำแนะนำ', rows: [[{ value: 'อ่านก่อน', style: 'title' }], ['บรรทัด 2']] },
    { name: '_template', hidden: true, rows: [['id'], ['abc "q"']] },
  ],
  definedNames: [{ name: 'WarRoomTemplate', refersTo: "'_template'!$A$2" }],
};

describe('writeXlsx', () => {
  it('writes sheets an Excel reader reads back, values and types kept', async () => {
    const sheets = await readXlsxFile(new Blob([writeXlsx(WORKBOOK).slice()]));
    expect(sheets.map((s) => s.sheet)).toEqual(['รายงาน', 'คำแนะนำ', '_template']);
    expect(sheets[0]?.data).toEqual([
      ['รหัส', 'จังหวัด', 'สถานะ', 'id'],
      [10, 'กรุงเทพมหานคร', null, 'x'],
      [50, '=SUM(A1)<&>', true, new Date(Date.UTC(2023, 2, 15))],
    ]);
    expect(sheets[2]?.data).toEqual([['id'], ['abc "q"']]);
  });

  it('writes every part as well-formed XML with validation, hidden parts and no formula', () => {
    const files = unzipSync(writeXlsx(WORKBOOK));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    for (const [name, bytes] of Object.entries(files)) {
      expect([name, xmlProblem(strFromU8(bytes))]).toEqual([name, null]);
    }
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="4" max="4" width="10" customWidth="1" hidden="1"/></cols>',
    );
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="ค่าไม่ถูกต้อง" error="เลือกจากรายการ &quot;ปกติ&quot; หรือ &quot;วิกฤต&quot;" sqref="C2:C3"><formula1>"ปกติ,วิกฤต"</formula1></dataValidation>',
    );
    expect(sheet).toContain(
      '<dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="ไม่ใช่จำนวนเต็ม" error="ใส่จำนวนเต็มไม่ติดลบ" showInputMessage="1" promptTitle="จำนวน" prompt="จำนวนเต็ม ≥ 0" sqref="A2:A3"><formula1>0</formula1></dataValidation>',
    );
    expect(sheet).toContain('<c r="A2" s="3"><v>10</v></c>');
    expect(sheet).toContain('<c r="D3" s="4"><v>45000</v></c>');
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain('<sheet name="_template" sheetId="3" state="hidden" r:id="rId3"/>');
    expect(workbook).toContain(
      '<definedNames><definedName name="WarRoomTemplate">&apos;_template&apos;!$A$2</definedName></definedNames>',
    );
  });

  it('refuses sheet names Excel refuses and list items Excel cannot hold', () => {
    expect(() => writeXlsx({ sheets: [{ name: 'a/b', rows: [] }] })).toThrow(/sheet name "a\/b"/);
    expect(() => writeXlsx({ sheets: [] })).toThrow(/at least one sheet/);
    const list = {
      column: 0,
      fromRow: 1,
      toRow: 2,
      type: 'list' as const,
      list: ['a,b'],
      error: { title: 't', text: 't' },
    };
    expect(() => writeXlsx({ sheets: [{ name: 's', rows: [], validations: [list] }] })).toThrow(
      /list of column A/,
    );
  });

  it('counts Excel serial days from the 1900 system', () => {
    expect([excelSerialDay('1970-01-01'), excelSerialDay('2023-03-15')]).toEqual([25569, 45000]);
  });

  it('finds what is not well-formed', () => {
    expect(xmlProblem('<a><b></a>')).toBe('</a> closes <b>');
    expect(xmlProblem('<a x="1" x="2"/>')).toBe('attribute x twice on <a>');
    expect(xmlProblem('<a>&nbsp;</a>')).toMatch(/^bad entity/);
    expect(xmlProblem('<a/><b/>')).toBe('2 root elements');
    expect(xmlProblem('<?xml version="1.0"?>\n<a t="&amp;">x</a>')).toBeNull();
  });
});
