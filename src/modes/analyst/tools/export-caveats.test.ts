/**
 * A table of an ingested dataset exported as CSV or Excel carries the dataset's caveats on every
 * row, in the note column the demo label uses, so they stay with the figures when rows are
 * filtered, sorted or pasted elsewhere.
 */
import { tableFromArrays } from 'apache-arrow';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { BOM, csvFromArrow, DEMO_NOTE, rowNote } from './csv';
import { xlsxFromArrow, XLSX_SHEET_NAME } from './xlsx';

const TABLE = tableFromArrays({
  province_code: Int32Array.from([10, 30]),
  dose2_pct: Float64Array.from([158.3, 71.2]),
});

const OVER = 'กรุงเทพมหานคร: ความครอบคลุมเกินร้อยละ 100 · กรุงเทพมหานคร: coverage over 100 %';
const MISSING = '=ไม่มีข้อมูลของ 1 จังหวัด: ตาก';
const NOTE = `⚠ ${OVER} | ⚠ ${MISSING}`;

describe('the caveats in table exports', () => {
  it('joins the demo label and the caveats into one row note, or none', () => {
    expect(rowNote({ caveats: [OVER, MISSING] })).toBe(NOTE);
    expect(rowNote({ demo: true, caveats: [OVER] })).toBe(`${DEMO_NOTE} | ⚠ ${OVER}`);
    expect(rowNote({ demo: false, caveats: [] })).toBeNull();
    expect(rowNote({})).toBeNull();
  });

  it('CSV: a data_note column with the caveats on every row, and no demo label', () => {
    const csv = csvFromArrow(TABLE, { demo: false, caveats: [OVER, MISSING] });
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(BOM.length), { newline: '\r\n' });
    expect(parsed.data.slice(0, 3)).toEqual([
      ['province_code', 'dose2_pct', 'data_note'],
      ['10', '158.3', NOTE],
      ['30', '71.2', NOTE],
    ]);
  });

  it('Excel: the same column, read back by an Excel reader', async () => {
    const bytes = xlsxFromArrow(TABLE, { caveats: [OVER, MISSING] });
    const sheets = await readXlsxFile(new Blob([bytes.slice()]));
    expect(sheets).toEqual([
      {
        sheet: XLSX_SHEET_NAME,
        data: [
          ['province_code', 'dose2_pct', 'data_note'],
          [10, 158.3, NOTE],
          [30, 71.2, NOTE],
        ],
      },
    ]);
  });
});
