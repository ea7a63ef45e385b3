import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error';

describe('jsonErrorOffset', () => {
  it.each([
    '{}',
    '[1, -2.5e3, "a\\n\\u0e01", true, false, null, {"k": [ ]}]',
    ' {"__proto__": {"x": 1}} ',
  ])('finds no error in %j', (text) => {
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it.each([
    ['[,]', 1],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a": NaN}', 6],
    ['"unterminated', 13],
    ['{} x', 3],
    ['[01]', 2],
  ])('finds the error of %j at %d', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
