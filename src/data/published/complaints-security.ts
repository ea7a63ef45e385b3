/**
 * The restricted tier's one view query (complaints-tiers.ts): security-sensitive cases per
 * category, under the same filters as the public category breakdown, so that joined to it the
 * breakdown is whole again for a visitor allowed to fetch the restricted file.
 */
import type { DatasetRegistry } from '../manifest/registry';
import {
  categoryConditions,
  checkFilters,
  dateRangeConditions,
  provinceConditions,
  type QueryFilters,
} from '../queries/filters';
import { concatSql, whereAll, type SqlQuery } from '../sql';

/** The restricted table of security-sensitive cases. */
export const COMPLAINTS_SECURITY = 'complaints_security';

/**
 * Security-sensitive cases received in the filters, per category, most first (ties by key), in
 * the public breakdown's columns: key VARCHAR, cases INTEGER, open INTEGER, security_sensitive
 * INTEGER (every one of them).
 * @throws Error if a filter value is invalid.
 */
export function complaintsSecurityCategories(
  registry: DatasetRegistry,
  filters: QueryFilters,
): SqlQuery {
  checkFilters(filters);
  const col = (name: string) => registry.column(COMPLAINTS_SECURITY, name);
  return concatSql(
    [
      'SELECT',
      `  CAST(${col('category')} AS VARCHAR) AS key,`,
      '  CAST(count(*) AS INTEGER) AS cases,',
      `  CAST(count(*) FILTER (WHERE ${col('closed')} IS NULL) AS INTEGER) AS open,`,
      '  CAST(count(*) AS INTEGER) AS security_sensitive',
      `FROM ${registry.tableName(COMPLAINTS_SECURITY)}`,
      whereAll([
        ...provinceConditions(col('province_code'), filters.provinceCodes),
        ...categoryConditions(filters, 'category', col('category')),
        ...categoryConditions(filters, 'status', col('status')),
        ...dateRangeConditions(col('received'), filters),
      ]),
      `GROUP BY ${col('category')}`,
      'ORDER BY cases DESC, key',
    ],
    '\n',
  );
}
