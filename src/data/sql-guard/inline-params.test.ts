import { describe, expect, it } from 'vitest';
import { inlineParams } from './inline-params';

describe('inlineParams', () => {
  it('writes numbers, bigints, booleans and NULL in place of each plain ?', () => {
    expect(
      inlineParams({
        sql: 'SELECT ? AS a, ? - ? AS b, ? AS c, ? AS d',
        params: [1.5, 10n, -3, true, null],
      }),
    ).toBe('SELECT (1.5) AS a, (10) - (-3) AS b, TRUE AS c, NULL AS d');
  });

  it('leaves a ? inside a string, a quoted name or a comment alone', () => {
    expect(
      inlineParams({
        sql: `SELECT '?' AS "why?", ? /* ? */ -- ?\nLIMIT CAST(? AS BIGINT)`,
        params: [7, 100_001],
      }),
    ).toBe(`SELECT '?' AS "why?", (7) /* ? */ -- ?\nLIMIT CAST((100001) AS BIGINT)`);
  });

  it('keeps SQL without parameters as it is', () => {
    expect(inlineParams({ sql: "SELECT 'a?b'", params: [] })).toBe("SELECT 'a?b'");
  });

  it.each([
    [{ sql: 'SELECT ?', params: ["'; DROP TABLE t; --"] }, /a text parameter/],
    [{ sql: 'SELECT ?', params: [Number.NaN] }, /a non-finite parameter/],
    [{ sql: 'SELECT ?, ?', params: [1] }, /expected 1 plain \? placeholders, found 2/],
    [{ sql: 'SELECT $1', params: [1] }, /found 0 and \$n ones/],
    // `=?` is one operator token to DuckDB's scanner: not told apart, so refused.
    [{ sql: 'SELECT 1 WHERE 2=?', params: [1] }, /expected 1 plain \? placeholders, found 1/],
    [{ sql: "SELECT '?", params: [1] }, /unterminated string/],
  ])('refuses %j', (q, message) => {
    expect(() => inlineParams(q)).toThrow(message);
  });
});
