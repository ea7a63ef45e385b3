/**
 * The one thing the loader does differently for an indicator dataset (issue 14): its province key
 * column may hold TIS-1099 codes or Thai/English province names, in any spelling the normaliser
 * knows, and is stored as the code. Done once at load, so every builder compares integers.
 * A value no province matches becomes NULL: the row stays in the table, the builders leave it out
 * and the quality count (queries/indicator-quality.ts) says how many.
 */
import type { EngineBackend } from './engine-backend';
import type { DatasetDef } from '../manifest/manifest-types';
import { normaliseProvince } from '../places/provinces';
import type { StagedColumn } from './schema-check';
import { castParam, concatSql, quoteIdent, type SqlQuery } from '../sql';

/**
 * More different spellings than this cannot be a province column (77 provinces, a few spellings
 * each): the file is refused rather than a huge CASE built.
 */
export const MAX_PROVINCE_SPELLINGS = 2000;

/** The province key column of an indicator, or null for any other dataset. */
export function provinceKeyOf(def: DatasetDef): string | null {
  return def.indicator?.keys.province ?? null;
}

/** "column is missing" for the province key (whatever its type in the file), else nothing. */
export function provinceKeyProblems(
  def: DatasetDef,
  staged: readonly StagedColumn[],
): readonly string[] {
  const key = provinceKeyOf(def);
  if (key === null || staged.some((column) => column.name === key)) return [];
  return [
    `${def.file}: column '${key}' (keys.province) is missing (the file has: ${staged.map((s) => s.name).join(', ') || 'no columns'})`,
  ];
}

/**
 * The SELECT expression that turns the staged province key into a code:
 * `CASE CAST(key AS VARCHAR) WHEN '<spelling>' THEN <code> ... END`, NULL for unmatched values.
 * @throws Error naming the file when no value names a province, or there are too many spellings.
 */
export async function provinceCodeExpression(
  backend: EngineBackend,
  def: DatasetDef,
  staging: string,
): Promise<SqlQuery> {
  const key = provinceKeyOf(def);
  if (key === null) throw new Error(`${def.id} is not an indicator`);
  const text = `CAST(${quoteIdent(key)} AS VARCHAR)`;
  const result = await backend.query({
    sql: `SELECT DISTINCT ${text} AS spelling FROM ${staging} WHERE ${quoteIdent(key)} IS NOT NULL ORDER BY 1 LIMIT ${MAX_PROVINCE_SPELLINGS + 1}`,
    params: [],
  });
  const spellings = Array.from(result.getChildAt(0) ?? [], (value: unknown) => value);
  if (spellings.length > MAX_PROVINCE_SPELLINGS) {
    throw new Error(
      `${def.file}: column '${key}' (keys.province) has more than ${MAX_PROVINCE_SPELLINGS} different values; it must hold province codes or names`,
    );
  }
  const cases: SqlQuery[] = [];
  const unmatched: string[] = [];
  for (const value of spellings) {
    const spelling = String(value);
    const code = normaliseProvince(spelling);
    if (code === null) unmatched.push(spelling);
    else
      cases.push(
        concatSql(['WHEN', castParam(spelling, 'VARCHAR'), 'THEN', castParam(code, 'INTEGER')]),
      );
  }
  if (cases.length === 0) {
    const examples = unmatched.slice(0, 3).map((s) => `'${s}'`);
    throw new Error(
      `${def.file}: column '${key}' (keys.province) names no province${examples.length > 0 ? ` (e.g. ${examples.join(', ')})` : ''}; use TIS-1099 codes such as 10 or province names such as เชียงใหม่ / Chiang Mai`,
    );
  }
  return concatSql(['CASE', text, ...cases, 'END']);
}
