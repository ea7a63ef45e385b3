import { describe, expect, it } from 'vitest';
import { utf16, utf8, windows874 } from './__fixtures__/encodings';
import { column, imported, refused } from './__fixtures__/import-helpers';
import { decodeText } from './decode-text';
import { checkImportSize, importFile } from './import-file';
import { MAX_IMPORT_BYTES } from './import-types';

const THAI_CSV = 'จังหวัด,ค่า\nชลบุรี,1\nนครราชสีมา,2\nกรุงเทพฯ,3\n';

describe('text encodings', () => {
  it.each([
    ['UTF-8', utf8(THAI_CSV), 'utf-8'],
    ['UTF-8 with BOM', utf8(THAI_CSV, true), 'utf-8-bom'],
    ['UTF-16 LE with BOM', utf16(THAI_CSV, 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(THAI_CSV, 'be'), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16('province,value\nChon Buri,1\n', 'le', false), 'utf-16le'],
    ['TIS-620 / Windows-874', windows874(THAI_CSV), 'windows-874'],
  ] as const)('reads %s', async (_label, bytes, encoding) => {
    const result = await imported('data.csv', bytes);
    expect(result.encoding).toBe(encoding);
    expect(Array.from(result.key.kind === 'province' ? result.key.codes : [])).toEqual(
      encoding === 'utf-16le' && bytes[0] !== 0xff ? [20] : [20, 30, 10],
    );
    expect(result.columns[0]?.name).not.toMatch(/^\uFEFF/);
  });

  it('warns that an old Thai encoding was converted', async () => {
    const result = await imported('data.csv', windows874(THAI_CSV));
    expect(result.warnings.map((w) => w.code)).toContain('encoding-windows-874');
  });

  it('refuses bytes that are neither UTF-8 nor Thai, naming the line', async () => {
    const bytes = new Uint8Array([...utf8('a,b\n1,2\n'), 0x81, 0x82, 0x0a]);
    const failure = await refused('weird.csv', bytes);
    expect(failure.error.code).toBe('unknown-encoding');
    expect(failure.error.en).toContain('line 3');
    expect(failure.error.th).toContain('บรรทัด 3');
  });

  it('keeps the BOM out of the text', () => {
    const decoded = decodeText(utf8('a', true));
    expect(decoded).toEqual({ ok: true, text: 'a', encoding: 'utf-8-bom' });
  });
});

describe('CSV and TSV shapes', () => {
  it('counts lines across quoted newlines and blank lines', async () => {
    const csv =
      'province,note\n"Chon Buri","two\nlines"\n\nAtlantis,x\nRayong,"a ""quoted"" word"\n';
    const result = await imported('notes.csv', csv);
    expect(result.locations).toEqual([2, 6]);
    expect(result.unmatched).toMatchObject([
      { location: 5, value: 'Atlantis', reason: 'province-unmatched' },
    ]);
    expect(column(result, 'note')).toEqual(['two\nlines', 'a "quoted" word']);
  });

  it('handles CRLF, CR and mixed line endings', async () => {
    const result = await imported('mixed.csv', 'province,v\r\nChon Buri,1\nRayong,2\rTrat,3\r\n');
    expect(result.locations).toEqual([2, 3, 4]);
    expect(column(result, 'v')).toEqual([1, 2, 3]);
  });

  it('reads TSV and guesses a tab delimiter in a .txt file', async () => {
    const tsv = await imported('data.tsv', 'province\tvalue\nChon Buri\t1,234\n');
    expect(tsv.format).toBe('tsv');
    expect(column(tsv, 'value')).toEqual([1234]);
    const txt = await imported('export.txt', utf16('province\tvalue\nRayong\t5\n', 'le'));
    expect(txt.format).toBe('tsv');
    expect(column(txt, 'value')).toEqual([5]);
  });

  it('reads a semicolon-separated file', async () => {
    const result = await imported('semi.csv', 'province;value\nChon Buri;1\n');
    expect(column(result, 'value')).toEqual([1]);
  });

  it('sets ragged rows aside with their line and keeps the rest', async () => {
    const csv = 'province,a,b\nChon Buri,1,2\nRayong,1\nTrat,1,2,3\nChanthaburi,4,5\n';
    const result = await imported('ragged.csv', csv);
    expect(result.rowCount).toBe(2);
    expect(result.unmatched.map((u) => [u.location, u.reason])).toEqual([
      [3, 'ragged'],
      [4, 'ragged'],
    ]);
    expect(result.unmatched[0]?.en).toContain('2 fields, the header has 3');
  });

  it('refuses an unclosed quote at its line', async () => {
    const failure = await refused('quote.csv', 'province,v\nChon Buri,1\n"Rayong,2\nTrat,3\n');
    expect(failure.error.code).toBe('quote-error');
    expect(failure.error.en).toContain('line 3');
    expect(failure.error.en).toContain('quote.csv');
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\n\n  \n'],
    ['a BOM only', '\uFEFF'],
  ])('refuses %s', async (_label, text) => {
    const failure = await refused('empty.csv', text);
    expect(failure.error.code).toBe('empty-file');
    expect(failure.error.th).toContain('empty.csv');
  });

  it('refuses a header-only file, naming the header line', async () => {
    const failure = await refused('header.csv', '\nprovince,value\n');
    expect(failure.error.code).toBe('header-only');
    expect(failure.error.en).toContain('line 2');
  });

  it('skips a title above the header', async () => {
    const csv = 'รายงานประจำเดือน,,\nจังหวัด,ค่า,หมายเหตุ\nชลบุรี,1,x\n';
    const result = await imported('titled.csv', csv);
    expect(result.locations).toEqual([3]);
    expect(result.warnings.map((w) => w.code)).toContain('rows-above-header');
  });

  it('names blank and repeated headers', async () => {
    const result = await imported('names.csv', ',province,v,v\n0,Rayong,1,2\n');
    expect(result.columns.map((c) => c.name)).toEqual(['column_1', 'province', 'v', 'v_2']);
  });
});

describe('size limit', () => {
  it('refuses a file over the limit before reading it', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const result = await importFile({ name: 'huge.csv', bytes: big });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.en).toBe(
      '"huge.csv" is 50.0 MB, over the 50.0 MB limit: split it or aggregate it by province first',
    );
  });

  it('honours a smaller limit and checks a size without bytes', async () => {
    const failure = await refused('small.csv', 'province,v\nRayong,1\n', { maxBytes: 10 });
    expect(failure.error.code).toBe('too-large');
    expect(checkImportSize('x.csv', 200 * 1024 * 1024)?.error.th).toContain('200.0 MB');
    expect(checkImportSize('x.csv', 1024)).toBeNull();
  });
});

describe('file names and contents', () => {
  it.each([
    ['notes.docx.bak', 'province,v\nRayong,1\n'],
    ['no-extension', 'province,v\nRayong,1\n'],
  ])('refuses %s as an unsupported format', async (name, content) => {
    const failure = await refused(name, content);
    expect(failure.error.code).toBe('unsupported-format');
    expect(failure.error.th).toContain(name);
  });

  it.each([
    ['report.pdf', utf8('%PDF-1.7 ...'), 'PDF'],
    ['picture.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'PNG'],
    ['photo.csv', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'JPEG'],
    ['page.csv', utf8('<!DOCTYPE html>\n<html><body>x</body></html>'), 'HTML'],
  ])('refuses %s as not a table, saying what it is', async (name, content, what) => {
    const failure = await refused(name, content);
    expect(failure.error.code).toBe('not-a-table');
    expect(failure.error.en).toContain(what);
    expect(failure.error.th).toContain(name);
  });

  it('refuses binary bytes named .csv as an unknown encoding', async () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 128) % 256);
    expect((await refused('binary.csv', bytes)).error.code).toBe('unknown-encoding');
  });
});
