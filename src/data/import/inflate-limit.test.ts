import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { refused } from './__fixtures__/import-helpers';
import { xlsxOf } from './__fixtures__/xlsx-fixture';
import { zipOf, type ZipPart } from './__fixtures__/zip-builder';
import { checkExpandedSize, zipExpandedSize } from './expanded-size';
import { INFLATE_STEP, inflatedSizeWithin } from './inflate-limit';

const MB = 1024 * 1024;
/** Deflate's ceiling on output per input byte (about 1,032), rounded up. */
const MOST_PER_BYTE = 1100;

/** A deflate stream of `megabytes` MB of one repeated row: 1 MB deflated once, repeated. */
function deflatedRows(megabytes: number): Uint8Array {
  const row = '<row><c t="inlineStr"><is><t>ขอนแก่น</t></is></c></row>';
  const chunk = deflateRawSync(Buffer.alloc(MB, row), { finishFlush: constants.Z_FULL_FLUSH });
  // An empty final block (fixed Huffman, end of block) closes the stream.
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), Buffer.from([3, 0])]);
}

const stored = (name: string, text: string): ZipPart => {
  const data = new TextEncoder().encode(text);
  return { name, data, declared: data.length, method: 0 };
};

const TYPES = '<?xml version="1.0"?><Types/>';
const WORKBOOK = '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>';
/** The bytes of the two stored parts of the skeleton (ASCII: one byte a character). */
const SKELETON = TYPES.length + WORKBOOK.length;

/** A workbook skeleton whose one sheet is `megabytes` MB deflated, declared as `declared`. */
function workbook(megabytes: number, declared: number): Uint8Array {
  return zipOf([
    stored('[Content_Types].xml', TYPES),
    stored('xl/workbook.xml', WORKBOOK),
    { name: 'xl/worksheets/sheet1.xml', data: deflatedRows(megabytes), declared, method: 8 },
  ]);
}

describe('counting a ZIP while inflating it', () => {
  it('refuses a workbook whose headers declare 1 KB for 64 MB, stopping near the limit', () => {
    const liar = workbook(64, 1024);
    // The declared sizes pass the directory check: only counting finds the lie.
    expect(zipExpandedSize(liar)).toBe(1024 + SKELETON);
    expect(checkExpandedSize('liar.xlsx', liar, 8 * MB)).toBeNull();
    const counted = inflatedSizeWithin(liar, 8 * MB);
    expect(counted?.over).toBe(true);
    const reached = counted?.over ? counted.reached : 0;
    expect(reached).toBeGreaterThan(8 * MB);
    // Stopped within one step of input past the limit: never near the 64 MB it holds.
    expect(reached).toBeLessThanOrEqual(8 * MB + INFLATE_STEP * MOST_PER_BYTE);
    expect(reached).toBeLessThan(16 * MB);
  });

  it('gives the exact inflated size of an honest archive within the limit', () => {
    const honest = workbook(3, 3 * MB);
    expect(inflatedSizeWithin(honest, 8 * MB)).toEqual({ over: false, size: 3 * MB + SKELETON });
    const plain = xlsxOf([
      {
        name: 'data',
        rows: [
          ['province_code', 'value'],
          [10, 1],
        ],
      },
    ]);
    expect(inflatedSizeWithin(plain, 8 * MB)).toEqual({
      over: false,
      size: zipExpandedSize(plain),
    });
  });

  it('counts a lying sheet the same when it is the last of several deflated entries', () => {
    const two = zipOf([
      { name: 'a.xml', data: deflatedRows(2), declared: 10, method: 8 },
      { name: 'b.xml', data: deflatedRows(2), declared: 10, method: 8 },
    ]);
    expect(inflatedSizeWithin(two, 3 * MB)).toMatchObject({ over: true });
    expect(inflatedSizeWithin(two, 5 * MB)).toEqual({ over: false, size: 4 * MB });
  });

  it('is not a ZIP: nothing to count', () => {
    expect(inflatedSizeWithin(new TextEncoder().encode('province_code,value\n10,1\n'), MB)).toBe(
      null,
    );
  });

  it('the import refuses the lying workbook with the limit message and the size reached', async () => {
    const { error } = await refused('liar.xlsx', workbook(64, 1024), { maxExpandedBytes: 8 * MB });
    expect(error.code).toBe('expanded-too-large');
    expect(error.en).toMatch(
      /^The Excel workbook "liar\.xlsx" would expand to at least \d+(\.\d)? MB, over the 8 MB limit, so it was not opened: save only the sheet/,
    );
    expect(error.th).toMatch(/^สมุดงาน Excel "liar\.xlsx" เมื่อคลายการบีบอัดจะมีขนาดอย่างน้อย \d/);
    const shown = Number(/at least ([\d.]+) MB/.exec(error.en)?.[1]);
    expect(shown).toBeGreaterThan(8);
    expect(shown).toBeLessThan(16);
  });
});
