import { describe, expect, it } from 'vitest';
import { castParam, concatSql, quoteIdent, whereAll } from './sql';

describe('quoteIdent', () => {
  it('wraps a plain name in double quotes', () => {
    expect(quoteIdent('province_code')).toBe('"province_code"');
  });

  it('doubles inner double quotes so an injection attempt stays one identifier', () => {
    expect(quoteIdent('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
    expect(quoteIdent('"')).toBe('""""');
  });

  it('keeps Thai, spaces and single quotes as they are', () => {
    expect(quoteIdent("จังหวัด it's")).toBe('"จังหวัด it\'s"');
  });

  it('rejects an empty name and a NUL character', () => {
    expect(() => quoteIdent('')).toThrow(/empty/);
    expect(() => quoteIdent('a\u0000b')).toThrow(/NUL/);
  });
});

describe('castParam', () => {
  it('puts the value in params and the type in the text', () => {
    expect(castParam("2024-01-01' OR 1=1 --", 'DATE')).toEqual({
      sql: 'CAST(? AS DATE)',
      params: ["2024-01-01' OR 1=1 --"],
    });
  });

  it('refuses a type outside the contract', () => {
    expect(() => castParam(1, 'INTEGER); DROP TABLE x; --' as 'INTEGER')).toThrow(
      /unknown SQL type/,
    );
  });
});

describe('concatSql and whereAll', () => {
  it('keep params in placeholder order', () => {
    const q = concatSql(['SELECT', castParam(1, 'INTEGER'), ',', castParam('b', 'VARCHAR')]);
    expect(q.sql).toBe('SELECT CAST(? AS INTEGER) , CAST(? AS VARCHAR)');
    expect(q.params).toEqual([1, 'b']);
  });

  it('whereAll joins conditions with AND and is empty without conditions', () => {
    expect(whereAll([])).toEqual({ sql: '', params: [] });
    const q = whereAll([concatSql(['"a" =', castParam(1, 'INTEGER')]), '"b" IS NULL']);
    expect(q.sql).toBe('WHERE ("a" = CAST(? AS INTEGER)) AND ("b" IS NULL)');
    expect(q.params).toEqual([1]);
  });
});
