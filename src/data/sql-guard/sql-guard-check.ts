/**
 * The pure part of the SQL console guard: decides from the tokens alone whether a text is one
 * read-only query over the allowed tables. Errs on the side of refusing: a query it cannot read
 * is refused, never run. sql-guard.ts adds DuckDB's own table-function list and the row cap.
 */
import type { LocalText } from '../manifest/manifest-types';
import { GUARD_MESSAGES as M } from './sql-guard-messages';
import { lexSql, type SqlToken } from './sql-guard-lexer';

/** The guard's verdict: the statement to run (no trailing `;`), or why it was refused. */
export type GuardResult =
  { readonly ok: true; readonly sql: string } | { readonly ok: false; readonly message: LocalText };

/** Words a console query may start with. */
const STARTERS = new Set(['SELECT', 'WITH', 'VALUES', 'FROM', 'TABLE', 'DESCRIBE', 'SUMMARIZE']);
/** Words that, first in a frame, make it a query; a table name follows the last three. */
const REF_STARTERS = new Set(['TABLE', 'DESCRIBE', 'SUMMARIZE']);
/** Words that write, reach outside the database, or change settings: refused anywhere unquoted. */
const FORBIDDEN = new Set(
  (
    'INSERT UPDATE DELETE MERGE UPSERT CREATE DROP ALTER TRUNCATE COPY ATTACH DETACH INSTALL LOAD ' +
    'SET RESET PRAGMA CALL EXPORT IMPORT VACUUM CHECKPOINT USE BEGIN COMMIT ROLLBACK ABORT ' +
    'TRANSACTION PREPARE EXECUTE DEALLOCATE EXPLAIN ANALYZE GRANT REVOKE COMMENT INTO RETURNING'
  ).split(' '),
);
/** Clause words that end a FROM clause: commas after them no longer separate tables. */
const FROM_ENDERS = new Set(
  'WHERE GROUP HAVING QUALIFY WINDOW ORDER LIMIT OFFSET UNION EXCEPT INTERSECT SELECT FETCH'.split(
    ' ',
  ),
);
/** Functions whose arguments may hold FROM (extract(year FROM d)): not a table there. */
const ARGUMENT_FROM = new Set(['EXTRACT', 'SUBSTRING', 'TRIM', 'OVERLAY']);
/** Table functions that only generate values: allowed in FROM. */
const SAFE_TABLE_FUNCTIONS = new Set(['range', 'generate_series', 'unnest']);
/** CTE names: letters, digits, _ (never a file name that DuckDB might open instead). */
const PLAIN_NAME = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;
const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** One bracket level of the query. */
interface Frame {
  readonly closer: string;
  /** Only for `(`: extract(...) and the like, where FROM is part of the arguments. */
  readonly argumentFrom: boolean;
  /** A table reference comes next (after FROM, JOIN, a comma in FROM, or `(` there). */
  expectTable: boolean;
  /** Inside a FROM clause: a comma at this level starts another table reference. */
  inFrom: boolean;
  /** Has this frame seen SELECT, VALUES, ... (so FROM inside extract() is a real FROM)? */
  query: boolean;
  /** After WITH (or a comma between CTEs): the next name defines a CTE. */
  expectCte: boolean;
  inCteList: boolean;
  /**
   * The CTE being defined: usable only after its definition, since DuckDB binds a CTE's
   * reference to its own name (even WITH RECURSIVE without UNION) to the catalog table.
   */
  pendingCte: string | undefined;
  /** Tokens seen at this level. */
  count: number;
  /** Was the frame opened where a table reference belonged? */
  readonly tableParen: boolean;
}

const frame = (closer: string, argumentFrom: boolean, tableParen: boolean): Frame => ({
  closer,
  argumentFrom,
  expectTable: tableParen,
  inFrom: tableParen,
  query: false,
  expectCte: false,
  inCteList: false,
  pendingCte: undefined,
  count: 0,
  tableParen,
});

/**
 * Checks one console query without running anything.
 * @param knownTables tables the console may read (the loaded, showable datasets), any case.
 * @param tableFunctions lower-case names of DuckDB table/pragma functions, refused wherever called.
 */
export function checkReadOnlySqlText(
  sql: string,
  knownTables: Iterable<string>,
  tableFunctions: ReadonlySet<string> = new Set(),
): GuardResult {
  const lexed = lexSql(sql);
  if (!lexed.ok) return { ok: false, message: M.unterminated(lexed.problem) };
  const tokens = lexed.tokens;
  const last = lastStatementToken(tokens);
  if (last < 0) return { ok: false, message: M.empty() };
  if (tokens.slice(0, last + 1).some((t) => t.kind === 'punct' && t.value === ';')) {
    return { ok: false, message: M.multiple() };
  }
  const body = tokens.slice(0, last + 1);
  const first = body[0];
  if (!first) return { ok: false, message: M.empty() };
  const startsQuery =
    (first.kind === 'word' && STARTERS.has(first.value)) ||
    (first.kind === 'punct' && first.value === '(');
  if (!startsQuery) return { ok: false, message: M.notQuery(sql.slice(first.start, first.end)) };
  const tables = [...knownTables];
  const problem = walk(body, new Set(tables.map((t) => t.toLowerCase())), tables, tableFunctions);
  if (problem) return { ok: false, message: problem };
  const lastToken = body.at(-1);
  return { ok: true, sql: sql.slice(first.start, lastToken?.end ?? first.end) };
}

/** Index of the last token that is not a trailing `;` (-1 when there is none). */
function lastStatementToken(tokens: readonly SqlToken[]): number {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.kind === 'punct' && tokens[last]?.value === ';') last -= 1;
  return last;
}

function walk(
  tokens: readonly SqlToken[],
  known: ReadonlySet<string>,
  tables: readonly string[],
  tableFunctions: ReadonlySet<string>,
): LocalText | undefined {
  const stack: Frame[] = [frame('', false, false)];
  const ctes = new Set<string>();
  const flushCte = (top: Frame): void => {
    if (top.pendingCte !== undefined) ctes.add(top.pendingCte);
    top.pendingCte = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as SqlToken;
    const next = tokens[i + 1];
    const top = stack.at(-1) as Frame;
    const firstInFrame = top.count === 0;
    top.count += 1;
    const opensCall = next?.kind === 'punct' && next.value === '(';
    if (token.kind === 'word' && FORBIDDEN.has(token.value)) return M.forbidden(token.value);
    if (
      (token.kind === 'word' || token.kind === 'quoted') &&
      opensCall &&
      tableFunctions.has(token.value.toLowerCase()) &&
      !SAFE_TABLE_FUNCTIONS.has(token.value.toLowerCase())
    ) {
      return M.tableFunction(token.value.toLowerCase(), tables);
    }
    if (token.kind === 'punct' && token.value in CLOSERS) {
      const tableParen = top.expectTable && token.value === '(';
      const prev = tokens[i - 1];
      const argumentFrom = prev?.kind === 'word' && ARGUMENT_FROM.has(prev.value);
      top.expectTable = false;
      stack.push(frame(CLOSERS[token.value] ?? '', argumentFrom, tableParen));
      continue;
    }
    if (
      token.kind === 'punct' &&
      (token.value === ')' || token.value === ']' || token.value === '}')
    ) {
      const closed = stack.pop();
      if (!closed || closed.closer !== token.value || stack.length === 0) return M.brackets();
      continue;
    }
    if (top.expectTable) {
      if (token.kind === 'word' && token.value === 'LATERAL') continue;
      if (token.kind === 'word' && firstInFrame && top.tableParen && STARTERS.has(token.value)) {
        top.expectTable = false;
        top.inFrom = false;
      } else {
        top.expectTable = false;
        const problem = checkTableRef(tokens, i, known, ctes, tables);
        if (problem) return problem;
        continue;
      }
    }
    if (token.kind === 'punct' && token.value === ',') {
      if (top.inFrom) {
        top.expectTable = true;
      } else if (top.inCteList) {
        flushCte(top);
        top.expectCte = true;
      }
      continue;
    }
    if (top.expectCte && (token.kind === 'word' || token.kind === 'quoted')) {
      if (token.kind === 'word' && token.value === 'RECURSIVE') continue;
      if (!PLAIN_NAME.test(token.value)) return M.cteName(token.value);
      top.pendingCte = token.value.toLowerCase();
      top.expectCte = false;
      top.inCteList = true;
      continue;
    }
    if (token.kind !== 'word') continue;
    const word = token.value;
    if (word === 'WITH' && firstInFrame) {
      top.expectCte = true;
      top.query = true;
    } else if (firstInFrame && REF_STARTERS.has(word)) {
      top.expectTable = true;
      top.query = true;
    } else if (word === 'FROM') {
      const argument = top.argumentFrom && !top.query;
      const distinctFrom = tokens[i - 1]?.value === 'DISTINCT' && tokens[i - 2]?.kind === 'word';
      const isDistinctFrom = distinctFrom && ['IS', 'NOT'].includes(tokens[i - 2]?.value ?? '');
      if (!argument && !isDistinctFrom) {
        flushCte(top);
        top.expectTable = true;
        top.inFrom = true;
        top.inCteList = false;
        top.query = true;
      }
    } else if (word === 'JOIN') {
      top.expectTable = true;
      top.inFrom = true;
    } else if (STARTERS.has(word) || FROM_ENDERS.has(word)) {
      if (STARTERS.has(word)) top.query = true;
      flushCte(top);
      top.inFrom = false;
      top.inCteList = false;
    }
  }
  return stack.length === 1 ? undefined : M.brackets();
}

/** Checks the table reference starting at `tokens[i]`. */
function checkTableRef(
  tokens: readonly SqlToken[],
  i: number,
  known: ReadonlySet<string>,
  ctes: ReadonlySet<string>,
  tables: readonly string[],
): LocalText | undefined {
  const token = tokens[i] as SqlToken;
  const next = tokens[i + 1];
  if (token.kind === 'string') return M.file(token.value, tables);
  if (token.kind !== 'word' && token.kind !== 'quoted') return M.unexpected(token.value);
  const name = token.kind === 'word' ? token.value.toLowerCase() : token.value;
  if (next?.kind === 'punct' && next.value === '.') {
    const part = tokens[i + 2];
    return M.qualified(`${name}.${part ? part.value.toLowerCase() : ''}`);
  }
  if (next?.kind === 'punct' && next.value === '(') {
    return SAFE_TABLE_FUNCTIONS.has(name) ? undefined : M.tableFunction(name, tables);
  }
  const key = name.toLowerCase();
  if (known.has(key) || ctes.has(key)) return undefined;
  if (/[./\\:*?]/.test(name)) return M.file(name, tables);
  return M.unknownTable(name, tables);
}
