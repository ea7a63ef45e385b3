import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { zipStored, xlsxOf } from './__fixtures__/xlsx-fixture';
import { column, imported, refused } from './__fixtures__/import-helpers';
import { parquetOf } from '../testing/parquet-fixtures';
import { nodeParquetDecoder } from '../testing/engines';

describe('Excel workbooks', () => {
  const ministryTable = xlsxOf([
    { name: 'หมายเหตุ', rows: [] },
    {
      name: 'ข้อมูล',
      rows: [
        ['ตารางที่ 1 จำนวนผู้ได้รับวัคซีน', null, null, null],
        [null, null, null, null],
        ['จังหวัด', 'เข็มที่ 1', 'ร้อยละ', 'ณ วันที่'],
        ['ชลบุรี', 1234.5, '45.2%', new Date(Date.UTC(2021, 2, 1))],
        ['กทม.', '1,234', '-', '1/3/2564'],
        ['รวม', 2468.5, null, null],
      ],
    },
    { name: 'Sheet3', rows: [['province'], ['Rayong']] },
  ]);

  it('reads the first worksheet with data, below its title, in Excel row numbers', async () => {
    const result = await imported('ministry.xlsx', ministryTable);
    expect(result.format).toBe('xlsx');
    expect(result.sheet).toBe('ข้อมูล');
    expect(result.locations).toEqual([4, 5]);
    expect(Array.from(result.key.kind === 'province' ? result.key.codes : [])).toEqual([20, 10]);
    expect(column(result, 'เข็มที่ 1')).toEqual([1234.5, 1234]);
    expect(column(result, 'ร้อยละ')).toEqual([45.2, null]);
    expect(column(result, 'ณ วันที่')).toEqual(['2021-03-01', '2021-03-01']);
    expect(result.unmatched).toMatchObject([
      { location: 6, unit: 'row', reason: 'total-row', value: 'รวม' },
    ]);
    expect(result.unmatched[0]?.th).toContain('แถวผลรวม');
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['other-sheets', 'rows-above-header']),
    );
  });

  it('reads a named worksheet and refuses a missing one', async () => {
    const result = await imported('ministry.xlsx', ministryTable, { sheet: 'Sheet3' });
    expect(result.sheet).toBe('Sheet3');
    expect(Array.from(result.key.kind === 'province' ? result.key.codes : [])).toEqual([21]);
    const failure = await refused('ministry.xlsx', ministryTable, { sheet: 'ไม่มี' });
    expect(failure.error.code).toBe('no-sheet');
  });

  it('refuses a workbook with no data', async () => {
    const failure = await refused('blank.xlsx', xlsxOf([{ name: 'Sheet1', rows: [] }]));
    expect(failure.error.code).toBe('no-sheet');
  });

  it('refuses a zip that is not a workbook, naming what it holds', async () => {
    const zip = zipStored([['readme.txt', 'hello']]);
    const failure = await refused('fake.xlsx', zip);
    expect(failure.error.code).toBe('zip-not-workbook');
    expect(failure.error.en).toContain('"readme.txt"');
    expect(failure.error.th).toContain('แตกไฟล์ ZIP');
  });

  it('says what an Office file that is no workbook is', async () => {
    const docx = zipStored([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '<w/>'],
    ]);
    const failure = await refused('minutes.xlsx', docx);
    expect(failure.error.code).toBe('not-a-table');
    expect(failure.error.en).toContain('Word document');
    expect(failure.error.th).toContain('"minutes.xlsx"');
  });

  it("refuses a workbook cut short, and a broken workbook with the reader's reason", async () => {
    const book = xlsxOf([{ name: 'S', rows: [['province'], ['Rayong']] }]);
    const cut = await refused('cut.xlsx', book.slice(0, book.length - 10));
    expect(cut.error.code).toBe('truncated');
    expect(cut.error.en).toContain('cut short');
    const noSheets = zipStored([['xl/workbook.xml', '<workbook/>']]);
    expect((await refused('odd.xlsx', noSheets)).error.code).toBe('unreadable-xlsx');
  });

  it('reads CSV text named .xlsx as CSV, with a warning', async () => {
    const result = await imported('text.xlsx', 'province,v\nRayong,1\n');
    expect(result.format).toBe('csv');
    expect(result.warnings.map((w) => w.code)).toContain('format-mismatch');
    expect((await refused('bin.xlsx', Uint8Array.from([0x81, 0x82, 0x83]))).error.code).toBe(
      'not-the-named-format',
    );
  });

  it('reads a workbook renamed to .csv, with a warning', async () => {
    const result = await imported('renamed.csv', ministryTable);
    expect(result.format).toBe('xlsx');
    expect(result.warnings.map((w) => w.code)).toContain('format-mismatch');
  });

  it('refuses an old binary .xls with advice to save as .xlsx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const failure = await refused('old.xls', ole);
    expect(failure.error.code).toBe('old-excel');
    expect(failure.error.en).toContain('.xlsx');
  });
});

describe('Parquet files', () => {
  const table = new arrow.Table({
    province_code: arrow.vectorFromArray([10n, 20n, 99n], new arrow.Int64()),
    value: arrow.vectorFromArray([1.5, -2, 3], new arrow.Float64()),
    day: arrow.vectorFromArray(
      [Date.UTC(2021, 2, 1), Date.UTC(2021, 2, 2), Date.UTC(2021, 2, 3)],
      new arrow.DateDay(),
    ),
    label: arrow.vectorFromArray(['a', null, 'c'], new arrow.Utf8()),
  });

  it('reads through the app decoder: 64-bit codes, dates, text; lists unknown codes by row', async () => {
    const result = await imported('data.parquet', parquetOf(table), {
      decodeParquet: nodeParquetDecoder,
    });
    expect(result.format).toBe('parquet');
    expect(Array.from(result.key.kind === 'province' ? result.key.codes : [])).toEqual([10, 20]);
    expect(column(result, 'value')).toEqual([1.5, -2]);
    expect(column(result, 'day')).toEqual(['2021-03-01', '2021-03-02']);
    expect(column(result, 'label')).toEqual(['a', null]);
    expect(result.unmatched).toMatchObject([{ location: 3, unit: 'row', value: '99' }]);
  });

  it('refuses Parquet without a decoder, and bytes that are not Parquet', async () => {
    expect((await refused('data.parquet', parquetOf(table))).error.code).toBe(
      'parquet-unavailable',
    );
    const options = { decodeParquet: nodeParquetDecoder };
    const failure = await refused('broken.parquet', 'PAR1 not really PAR1', options);
    expect(failure.error.code).toBe('unreadable-parquet');
    expect(failure.error.en).toContain('broken.parquet');
    const cut = await refused('cut.parquet', 'PAR1 not really', options);
    expect(cut.error.code).toBe('truncated');
  });

  it('refuses a Parquet file with no rows', async () => {
    const empty = new arrow.Table({
      province: arrow.vectorFromArray([] as string[], new arrow.Utf8()),
    });
    const failure = await refused('empty.parquet', parquetOf(empty), {
      decodeParquet: nodeParquetDecoder,
    });
    expect(failure.error.code).toBe('header-only');
  });
});
