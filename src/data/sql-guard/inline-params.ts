/**
 * SQL text with its `?` parameters written in as literals, for duckdb-wasm's interruptible
 * (pending) query, which takes text only. Only values that cannot carry SQL are written in:
 * finite numbers and bigints (digits, sign, point, exponent: in brackets, so a minus sign never
 * meets another into a `--` comment), booleans and NULL. Text values are refused rather than
 * quoted: the rule stays that values from data never enter SQL text.
 */
import { lexSql } from './sql-guard-lexer';
import type { SqlParam, SqlQuery } from '../sql';

/**
 * `q.sql` with each `?` replaced by its parameter.
 * @throws Error when a parameter is text or not finite, when `?` placeholders cannot be told
 * apart (`$1`, or `?` run together with another operator) or their count differs from the params.
 */
export function inlineParams(q: SqlQuery): string {
  if (q.params.length === 0) return q.sql;
  const lexed = lexSql(q.sql);
  if (!lexed.ok) throw new Error(`inlineParams: the SQL has an unterminated ${lexed.problem}`);
  const marks = lexed.tokens.filter((token) => token.kind === 'op' && token.value.includes('?'));
  const numbered = lexed.tokens.some((token) => token.kind === 'param');
  if (numbered || marks.some((mark) => mark.value !== '?') || marks.length !== q.params.length) {
    throw new Error(
      `inlineParams: expected ${q.params.length} plain ? placeholders, found ${marks.length}${numbered ? ' and $n ones' : ''}`,
    );
  }
  let text = '';
  let at = 0;
  marks.forEach((mark, index) => {
    text += q.sql.slice(at, mark.start) + literal(q.params[index] ?? null);
    at = mark.end;
  });
  return text + q.sql.slice(at);
}

function literal(value: SqlParam): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'bigint') return `(${value.toString()})`;
  if (typeof value === 'number' && Number.isFinite(value)) return `(${String(value)})`;
  throw new Error(
    `inlineParams: ${typeof value === 'string' ? 'a text' : 'a non-finite'} parameter cannot be written into SQL text; an interruptible query takes numbers, booleans and NULL only`,
  );
}
