/**
 * A lexer for the SQL console guard (sql-guard.ts), following DuckDB's (PostgreSQL-derived)
 * scanner where it matters for safety: where a string, quoted name or comment ends. Measured on
 * DuckDB 1.4.3 (wasm) and 1.5 (native): block comments nest, `--` ends at CR or LF, E'..' strings
 * take backslash escapes, $tag$..$tag$ quotes, `$` continues an unquoted word.
 */

/** One token; comments and white space are dropped. */
export interface SqlToken {
  readonly kind: 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct' | 'op';
  /** word: upper-cased; quoted: the name without quotes; string: its text; else the source text. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The tokens, or why the text could not be split into tokens. */
export type LexResult =
  | { readonly ok: true; readonly tokens: readonly SqlToken[] }
  | { readonly ok: false; readonly problem: 'string' | 'quoted' | 'comment' };

const SPACE = /[ \t\n\r\f\v]/;
const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',', ';', '.']);
const OPERATOR = /[+\-*/<>=~!@#%^&|`?:\\]/;

/** PostgreSQL takes every byte >= 0x80 as a letter: Thai names and NBSP are parts of words. */
function isWordStart(ch: string): boolean {
  return /[A-Za-z_]/.test(ch) || ch.charCodeAt(0) >= 0x80;
}

function isWordPart(ch: string): boolean {
  return isWordStart(ch) || /[0-9$]/.test(ch);
}

/** Splits `sql` into tokens; an unterminated string, quoted name or comment is a problem. */
export function lexSql(sql: string): LexResult {
  const tokens: SqlToken[] = [];
  let i = 0;
  const push = (kind: SqlToken['kind'], value: string, start: number): void => {
    tokens.push({ kind, value, start, end: i });
  };
  while (i < sql.length) {
    const ch = sql.charAt(i);
    const next = sql.charAt(i + 1);
    const start = i;
    if (SPACE.test(ch)) {
      i += 1;
    } else if (ch === '-' && next === '-') {
      while (i < sql.length && sql[i] !== '\n' && sql[i] !== '\r') i += 1;
    } else if (ch === '/' && next === '*') {
      const end = blockCommentEnd(sql, i);
      if (end < 0) return { ok: false, problem: 'comment' };
      i = end;
    } else if (ch === "'") {
      const prev = tokens.at(-1);
      const escapes = prev?.kind === 'word' && prev.value === 'E' && prev.end === i;
      const end = stringEnd(sql, i, escapes);
      if (end < 0) return { ok: false, problem: 'string' };
      if (escapes) tokens.pop();
      i = end;
      push(
        'string',
        sql.slice(start + 1, end - 1).replaceAll("''", "'"),
        escapes ? start - 1 : start,
      );
    } else if (ch === '"') {
      const end = stringEnd(sql, i, false, '"');
      if (end < 0) return { ok: false, problem: 'quoted' };
      i = end;
      push('quoted', sql.slice(start + 1, end - 1).replaceAll('""', '"'), start);
    } else if (ch === '$' && /[0-9]/.test(next)) {
      i += 1;
      while (/[0-9]/.test(sql.charAt(i))) i += 1;
      push('param', sql.slice(start, i), start);
    } else if (ch === '$') {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i));
      if (!tag) {
        i += 1;
        push('op', ch, start);
        continue;
      }
      const close = sql.indexOf(tag[0], i + tag[0].length);
      if (close < 0) return { ok: false, problem: 'string' };
      i = close + tag[0].length;
      push('string', sql.slice(start + tag[0].length, close), start);
    } else if (isWordStart(ch)) {
      while (i < sql.length && isWordPart(sql.charAt(i))) i += 1;
      push('word', sql.slice(start, i).toUpperCase(), start);
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(next))) {
      i = numberEnd(sql, i);
      push('number', sql.slice(start, i), start);
    } else if (PUNCT.has(ch)) {
      i += 1;
      push('punct', ch, start);
    } else if (OPERATOR.test(ch)) {
      // An operator stops where a comment starts, as in PostgreSQL.
      i += 1;
      while (
        i < sql.length &&
        OPERATOR.test(sql.charAt(i)) &&
        !sql.startsWith('--', i) &&
        !sql.startsWith('/*', i)
      ) {
        i += 1;
      }
      push('op', sql.slice(start, i), start);
    } else {
      i += 1;
      push('op', ch, start);
    }
  }
  return { ok: true, tokens };
}

/** Index after the comment opening at `from`; block comments nest. -1 if unterminated. */
function blockCommentEnd(sql: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return -1;
}

/** Index after the quoted text opening at `from` (doubled quotes escape). -1 if unterminated. */
function stringEnd(sql: string, from: number, backslashEscapes: boolean, quote = "'"): number {
  let i = from + 1;
  while (i < sql.length) {
    const ch = sql.charAt(i);
    if (backslashEscapes && ch === '\\') {
      i += 2;
    } else if (ch === quote) {
      if (sql.charAt(i + 1) !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return -1;
}

/** Digits, one decimal point, and an exponent only when a digit follows it (`1e'x'` is 1, E'x'). */
function numberEnd(sql: string, from: number): number {
  const match = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(sql.slice(from));
  return from + (match?.[0].length ?? 1);
}
