/**
 * A drought-like indicator entry, a zone of four provinces and helpers that fill a copy of its
 * template as a provincial office would (read the workbook, type into cells, save it again),
 * for the province report tests.
 */
import readXlsxFile from 'read-excel-file/universal';
import { excelSerialDay, writeXlsx, type XlsxCell } from '../../../formats/xlsx-writer';
import type { DatasetDef } from '../../../manifest/manifest-types';
import type { Grouping } from '../../../places/groupings';

export const DROUGHT: DatasetDef = {
  id: 'drought',
  title: { th: 'หมู่บ้านที่ประสบภัยแล้ง', en: 'Drought-affected villages' },
  unit: { th: 'หมู่บ้าน', en: 'villages' },
  source: { th: 'สาธิต', en: 'demo' },
  licence: 'CC0-1.0',
  asOf: '2026-02-28',
  period: { from: '2025-10-01', to: '2026-02-28' },
  cadence: 'monthly',
  demo: true,
  file: 'drought.csv',
  format: 'csv',
  columns: [
    { name: 'province', type: 'VARCHAR', nullable: false },
    { name: 'month', type: 'DATE', nullable: false },
    { name: 'villages', type: 'INTEGER', nullable: false },
    { name: 'households_affected', type: 'INTEGER', nullable: false },
    { name: 'villages_total', type: 'INTEGER', nullable: false, description: 'Villages in all' },
    { name: 'level', type: 'VARCHAR', nullable: true, description: 'ระดับสถานการณ์' },
  ],
  indicator: {
    keys: { province: 'province', date: 'month' },
    measures: [
      {
        column: 'villages',
        title: { th: 'หมู่บ้านที่ประสบภัยแล้ง', en: 'Drought-affected villages' },
        unit: { th: 'หมู่บ้าน', en: 'villages' },
        better: 'lower',
        aggregate: 'sum',
      },
      {
        column: 'households_affected',
        title: { th: 'ครัวเรือนที่ได้รับผลกระทบ', en: 'Households affected' },
        unit: { th: 'ครัวเรือน', en: 'households' },
        better: 'lower',
        aggregate: 'sum',
      },
      {
        column: 'villages_pct',
        title: { th: 'ร้อยละของหมู่บ้าน', en: 'Share of villages' },
        unit: { th: 'ร้อยละ', en: '%' },
        better: 'lower',
        aggregate: 'ratio',
        numerator: 'villages',
        denominator: 'villages_total',
        scale: 100,
      },
    ],
  },
};

/** Zone 9 of a test grouping: Bangkok, Nonthaburi, Pathum Thani, Krabi. */
export const ZONES: readonly Grouping[] = [
  {
    id: 'zone',
    title: { th: 'เขตตรวจราชการ', en: 'Inspection zone' },
    source: { th: 'ทดสอบ', en: 'test' },
    verified: false,
    note: { th: 'ทดสอบ', en: 'test' },
    groups: [{ id: '9', title: { th: 'เขต 9', en: 'Zone 9' }, codes: [10, 12, 13, 81] }],
  },
];

export const LEVELS = ['ปกติ', 'เฝ้าระวัง', 'วิกฤต'];

/** A cell typed in: a number, text, a date (typed into a date cell, as Excel stores it), or cleared. */
export type Typed = number | string | { readonly date: string } | null;

function cellOf(value: unknown): XlsxCell {
  if (value instanceof Date) {
    return { value: excelSerialDay(value.toISOString().slice(0, 10)), style: 'date' };
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return null;
}

/**
 * A copy of `template` with `edits` typed in: by row (Excel's 1-based number) and column
 * (0-based), on the first sheet. The other sheets are kept.
 */
export async function filledCopy(
  template: Uint8Array,
  edits: readonly { readonly row: number; readonly column: number; readonly value: Typed }[],
): Promise<Uint8Array> {
  const sheets = await readXlsxFile(new Blob([template.slice()]));
  const grids = sheets.map((s) => s.data.map((row) => row.map(cellOf)));
  const first = grids[0] ?? [];
  for (const edit of edits) {
    const row = first[edit.row - 1] ?? [];
    while (row.length <= edit.column) row.push(null);
    row[edit.column] =
      edit.value !== null && typeof edit.value === 'object'
        ? { value: excelSerialDay(edit.value.date), style: 'date' }
        : edit.value;
    first[edit.row - 1] = row;
  }
  return writeXlsx({
    sheets: sheets.map((s, i) => ({ name: s.sheet, rows: grids[i] ?? [] })),
  });
}
