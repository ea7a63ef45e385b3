import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { nodeParquetDecoder } from '../testing/engines';
import { parquetOf } from '../testing/parquet-fixtures';
import { imported, refused } from './__fixtures__/import-helpers';
import { xlsxOf, zipStored } from './__fixtures__/xlsx-fixture';
import { checkExpandedSize, parquetExpandedSize, zipExpandedSize } from './expanded-size';
import { zipEntries } from './sniff-bytes';

const MB = 1024 * 1024;
const CENTRAL_ENTRY = 0x02014b50;

/** `zip` with the first central-directory entry's declared uncompressed size set to `size`. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = copy.length - 46; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) continue;
    // The first entry is the one nearest the start: keep looking back for an earlier one.
    let first = at;
    for (let back = at - 1; back >= 0; back -= 1) {
      if (view.getUint32(back, true) === CENTRAL_ENTRY) first = back;
    }
    view.setUint32(first + 24, size, true);
    return copy;
  }
  throw new Error('no central directory entry');
}

/** Thrift compact: an unsigned varint. */
function varint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}
const zigzag = (n: number): number[] => varint(n >= 0 ? n * 2 : -n * 2 - 1);

/**
 * A Parquet file of nothing but a footer: FileMetaData with version 1, one schema element, the
 * row count and one RowGroup per entry of `groupSizes` (empty columns, total_byte_size set).
 */
function parquetFooterOnly(groupSizes: readonly number[], rows = 10): Uint8Array {
  const name = [...new TextEncoder().encode('schema')];
  const footer = [
    0x15,
    ...zigzag(1), // 1: version i32
    0x19,
    0x1c,
    0x48,
    ...varint(name.length),
    ...name,
    0x00, // 2: schema, one element (4: name)
    0x16,
    ...zigzag(rows), // 3: num_rows i64
    0x19,
    (groupSizes.length << 4) | 0x0c, // 4: row_groups
    ...groupSizes.flatMap((size) => [
      0x19,
      0x0c, // 1: columns, empty
      0x16,
      ...zigzag(size), // 2: total_byte_size i64
      0x16,
      ...zigzag(rows), // 3: num_rows i64
      0x00,
    ]),
    0x00,
  ];
  const length = new Uint8Array(new Uint32Array([footer.length]).buffer);
  const par1 = [0x50, 0x41, 0x52, 0x31];
  return new Uint8Array([...par1, ...footer, ...length, ...par1]);
}

describe('expanded size of a workbook or ZIP, from its central directory', () => {
  const workbook = xlsxOf([
    {
      name: 'ข้อมูล',
      rows: [
        ['จังหวัด', 'ค่า'],
        ['ชลบุรี', 1],
      ],
    },
  ]);

  it('is the sum of the declared entry sizes', () => {
    const zip = zipStored([
      ['a.txt', 'x'.repeat(1000)],
      ['b.txt', 'y'.repeat(234)],
    ]);
    expect(zipExpandedSize(zip)).toBe(1234);
    expect(zipExpandedSize(zip.subarray(0, 40))).toBeNull();
  });

  it('refuses a workbook declaring 300 MB before inflating it, naming file, size and limit', async () => {
    const others = (zipEntries(workbook) ?? []).slice(1).reduce((sum, e) => sum + e.size, 0);
    expect(others).toBeLessThan(0.05 * MB);
    const bomb = withDeclaredSize(workbook, 300 * MB);
    expect(zipExpandedSize(bomb)).toBe(300 * MB + others);
    const failure = await refused('bomb.xlsx', bomb);
    expect(failure.error).toEqual({
      code: 'expanded-too-large',
      th: 'สมุดงาน Excel "bomb.xlsx" เมื่อคลายการบีบอัดจะมีขนาด 300 MB เกินขีดจำกัด 200 MB จึงไม่ได้เปิดอ่าน: บันทึกเฉพาะแผ่นงานหรือคอลัมน์ที่ใช้ แบ่งเป็นหลายไฟล์ หรือรวมข้อมูลเป็นรายจังหวัดก่อน',
      en: 'The Excel workbook "bomb.xlsx" would expand to 300 MB, over the 200 MB limit, so it was not opened: save only the sheet or columns you need, split it into smaller files, or aggregate it by province first',
    });
  });

  it('counts a ZIP64 entry (size 0xffffffff) as 4 GB', () => {
    const failure = checkExpandedSize('big.zip', withDeclaredSize(workbook, 0xffffffff));
    expect(failure?.error.en).toMatch(/^The ZIP archive "big\.zip" would expand to 4,096 MB,/);
  });

  it('reads a workbook exactly at the limit and refuses it one byte under', async () => {
    const size = zipExpandedSize(workbook) ?? 0;
    expect((await imported('ok.xlsx', workbook, { maxExpandedBytes: size })).rowCount).toBe(1);
    const failure = await refused('ok.xlsx', workbook, { maxExpandedBytes: size - 1 });
    expect(failure.error.code).toBe('expanded-too-large');
  });
});

describe('expanded size of a Parquet file, from its footer', () => {
  it('is the sum of the row groups total_byte_size, read without decoding', () => {
    expect(parquetExpandedSize(parquetFooterOnly([3 * MB, 5 * MB, 7]))).toBe(8 * MB + 7);
    expect(parquetExpandedSize(parquetFooterOnly([]))).toBe(0);
  });

  it('refuses a footer declaring 2 GB of row groups with the size and the limit', async () => {
    const failure = await refused('crafted.parquet', parquetFooterOnly([1024 * MB, 1024 * MB]), {
      decodeParquet: () => Promise.reject(new Error('the decoder must not be reached')),
    });
    expect(failure.error).toEqual({
      code: 'expanded-too-large',
      th: 'ไฟล์ Parquet "crafted.parquet" เมื่อคลายการบีบอัดจะมีขนาด 2,048 MB เกินขีดจำกัด 200 MB จึงไม่ได้เปิดอ่าน: บันทึกเฉพาะแผ่นงานหรือคอลัมน์ที่ใช้ แบ่งเป็นหลายไฟล์ หรือรวมข้อมูลเป็นรายจังหวัดก่อน',
      en: 'The Parquet file "crafted.parquet" would expand to 2,048 MB, over the 200 MB limit, so it was not opened: save only the sheet or columns you need, split it into smaller files, or aggregate it by province first',
    });
  });

  it('gives null for a footer that runs past its end or lies about its length', () => {
    const whole = parquetFooterOnly([5]);
    const cut = whole.slice();
    new DataView(cut.buffer).setUint32(cut.length - 8, 2 ** 31, true);
    expect(parquetExpandedSize(cut)).toBeNull();
    const short = new Uint8Array([...whole.subarray(0, 10), ...whole.subarray(whole.length - 8)]);
    new DataView(short.buffer).setUint32(short.length - 8, 6, true);
    expect(parquetExpandedSize(short)).toBeNull();
  });

  it('reads a real file (parquet-wasm) within the limit, and refuses it under a lower one', async () => {
    const table = arrow.tableFromArrays({
      province_code: Int32Array.from({ length: 3000 }, (_, i) => 10 + (i % 77)),
      value: Float64Array.from({ length: 3000 }, (_, i) => i / 2),
    });
    const bytes = parquetOf(table);
    const size = parquetExpandedSize(bytes) ?? 0;
    expect(size).toBeGreaterThan(0);
    const decodeParquet = nodeParquetDecoder;
    const ok = await imported('real.parquet', bytes, { decodeParquet, maxExpandedBytes: size });
    expect(ok.rowsRead).toBe(3000);
    const failure = await refused('real.parquet', bytes, {
      decodeParquet,
      maxExpandedBytes: size - 1,
    });
    expect(failure.error.code).toBe('expanded-too-large');
  });
});
