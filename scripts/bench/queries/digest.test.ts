import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalCell, canonicalText, hex } from './digest';

describe('canonicalCell', () => {
  it('prints each kind of value one way', () => {
    expect(canonicalCell(null)).toBe('\\N');
    expect(canonicalCell(undefined)).toBe('\\N');
    expect(canonicalCell(new Date(Date.UTC(2025, 3, 13)))).toBe('2025-04-13');
    expect(canonicalCell(new Date(Date.UTC(2025, 3, 13, 8, 15)))).toBe('2025-04-13T08:15:00.000Z');
    expect(canonicalCell(100.95)).toBe('100.95');
    expect(canonicalCell(-0)).toBe('0');
    expect(canonicalCell(12n)).toBe('12');
    expect(canonicalCell(true)).toBe('true');
    expect(canonicalCell('a\tb')).toBe('"a\\tb"');
  });

  it('makes a native DATE (a Date) and a wasm DATE (epoch ms turned into a Date) equal', () => {
    const ms = Date.UTC(2025, 5, 30);
    expect(canonicalCell(new Date(ms))).toBe(canonicalCell(new Date('2025-06-30T00:00:00Z')));
  });
});

describe('canonicalText and hex', () => {
  it('writes a header line and a line per row', () => {
    expect(
      canonicalText(
        ['q', 'date'],
        [
          [1, new Date(Date.UTC(2025, 0, 1))],
          [2, null],
        ],
      ),
    ).toBe('q\tdate\n1\t2025-01-01\n2\t\\N');
  });

  it('gives the hex of a digest like node:crypto', () => {
    const bytes = createHash('sha256').update('x').digest();
    expect(hex(bytes)).toBe(createHash('sha256').update('x').digest('hex'));
    expect(hex(new Uint8Array([0, 15, 255]))).toBe('000fff');
  });
});
