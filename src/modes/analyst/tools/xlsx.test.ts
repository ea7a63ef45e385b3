import { tableFromArrays } from 'apache-arrow';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { columnLetters, xlsxFromArrow, xmlText, XLSX_SHEET_NAME } from './xlsx';

const TABLE = tableFromArrays({
  province_code: Int32Array.from([10, 30]),
  จังหวัด: ['กรุงเทพมหานคร', 'นครราชสีมา'],
  คะแนน: Float64Array.from([100.5, -5]),
  หมายเหตุ: ['=HYPERLINK("http://x")', '<b>&"\'</b>'],
});

describe('xlsxFromArrow', () => {
  it('round-trips through an Excel reader: Thai headers and text, numbers as numbers, demo column', async () => {
    const bytes = xlsxFromArrow(TABLE, { demo: true });
    const sheets = await readXlsxFile(new Blob([bytes.slice()]));
    expect(sheets).toEqual([
      {
        sheet: XLSX_SHEET_NAME,
        data: [
          ['province_code', 'จังหวัด', 'คะแนน', 'หมายเหตุ', 'data_note'],
          [10, 'กรุงเทพมหานคร', 100.5, '=HYPERLINK("http://x")', 'ข้อมูลสาธิต · Demo data'],
          [30, 'นครราชสีมา', -5, '<b>&"\'</b>', 'ข้อมูลสาธิต · Demo data'],
        ],
      },
    ]);
  });

  it('writes text from data as inline strings, never as a formula, and freezes the header row', () => {
    const files = unzipSync(xlsxFromArrow(TABLE));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain(
      '<c r="D2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t></is></c>',
    );
    expect(sheet).toContain('state="frozen"');
    expect(sheet).not.toContain('data_note');
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it('names columns past Z and escapes what XML does not allow', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
    expect(xmlText('a\u0001b<c>&"\'')).toBe('ab&lt;c&gt;&amp;&quot;&apos;');
  });
});
