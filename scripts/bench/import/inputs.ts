/**
 * The hostile and heavy files of the import bench (and of the import-worker journey), made here:
 * a workbook whose sheet really inflates to hundreds of megabytes, a Parquet footer declaring
 * gigabytes, a GeoJSON polygon of a million vertices, and the text of a million-row CSV.
 */
import { readFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { zipOf, type ZipPart } from '../../../src/data/import/__fixtures__/zip-builder';

const MB = 1024 * 1024;

const stored = (name: string, text: string): ZipPart => {
  const data = new TextEncoder().encode(text);
  return { name, data, declared: data.length, method: 0 };
};

/** An empty final deflate block (fixed Huffman, end of block). */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/**
 * An .xlsx zip bomb: a real workbook skeleton whose one worksheet is `expandedMb` megabytes of
 * the same row, deflated to a few hundred kilobytes.
 */
export function xlsxBomb(expandedMb = 300): Uint8Array {
  const row = '<row><c t="inlineStr"><is><t>กรุงเทพมหานคร</t></is></c></row>';
  // One megabyte deflated and flushed to a byte boundary, repeated, then an empty final block:
  // a valid deflate stream of `expandedMb` megabytes, made without deflating them all.
  const chunk = deflateRawSync(Buffer.alloc(MB, row), { finishFlush: constants.Z_FULL_FLUSH });
  const sheet = Buffer.concat([...Array.from({ length: expandedMb }, () => chunk), FINAL_BLOCK]);
  const body = { length: expandedMb * MB };
  return zipOf([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    stored(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declared: body.length, method: 8 },
  ]);
}

/** Thrift compact unsigned varint. */
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
const zigzag = (n: number): number[] => varint(n * 2);

/**
 * A Parquet file that is only a footer declaring `groups` row groups of `groupMb` megabytes
 * each and a billion rows: what a crafted file claims before any page is read.
 */
export function parquetClaimingGigabytes(groups = 64, groupMb = 512): Uint8Array {
  const name = [...new TextEncoder().encode('schema')];
  const rows = 1_000_000_000;
  const group = [0x19, 0x0c, 0x16, ...zigzag(groupMb * MB), 0x16, ...zigzag(rows / groups), 0x00];
  const footer = [
    0x15,
    ...zigzag(1),
    0x19,
    0x1c,
    0x48,
    ...varint(name.length),
    ...name,
    0x00,
    0x16,
    ...zigzag(rows),
    0x19,
    0xf0 | 0x0c,
    ...varint(groups),
    ...Array.from({ length: groups }, () => group).flat(),
    0x00,
  ];
  const length = new Uint8Array(new Uint32Array([footer.length]).buffer);
  const par1 = [0x50, 0x41, 0x52, 0x31];
  return new Uint8Array([...par1, ...footer, ...length, ...par1]);
}

/** A GeoJSON FeatureCollection of one polygon with `vertices` vertices around Khon Kaen. */
export function polygonGeojson(vertices = 1_000_000): string {
  const parts: string[] = [];
  for (let i = 0; i < vertices - 1; i += 1) {
    const angle = (2 * Math.PI * i) / (vertices - 1);
    parts.push(
      `[${(102.8 + 0.3 * Math.cos(angle)).toFixed(6)},${(16.4 + 0.3 * Math.sin(angle)).toFixed(6)}]`,
    );
  }
  parts.push(parts[0] ?? '[102.8,16.4]');
  return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"province_code":40,"value":1},"geometry":{"type":"Polygon","coordinates":[[${parts.join(',')}]]}}]}`;
}

/** The Thai names of the 77 provinces (data/provinces.csv, column name_th), for page-made CSVs. */
export function thaiProvinceNames(): string[] {
  const [header = '', ...lines] = readFileSync(
    new URL('../../../data/provinces.csv', import.meta.url),
    'utf8',
  )
    .trim()
    .split('\n');
  const column = header.split(',').indexOf('name_th');
  return lines.map((line) => line.split(',')[column] ?? '');
}

/**
 * Makes, in the page, a CSV of `rows` rows (Thai province name, a number, a date, a category)
 * as a File: the text never crosses from Node. `names` are the province names. The text is made
 * as blob parts of 10,000 rows each, so making it leaves no million strings on the page's heap
 * for the garbage collector to sweep in long tasks during the import being measured.
 */
export function csvInPage([rows, names, fileName]: readonly [
  number,
  readonly string[],
  string,
]): File {
  const parts: string[] = ['จังหวัด,จำนวน,วันที่,ประเภท'];
  for (let start = 0; start < rows; start += 10_000) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      text += `\n${names[i % names.length] ?? ''},${String(i % 997)},2025-03-${day},ก${String(i % 7)}`;
    }
    parts.push(text);
  }
  return new File(parts, fileName, { type: 'text/csv' });
}
