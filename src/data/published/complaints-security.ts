/**
 * The restricted tier's view queries (complaints-tiers.ts), for a visitor allowed to fetch the
 * restricted file: security-sensitive cases per category, under the same filters as the public
 * category breakdown, so that joined to it the breakdown is whole again; and per province, so
 * that a category filter on the map counts the security cases of those categories too.
 */
import type { DatasetRegistry } from '../manifest/registry';
import {
  categoryConditions,
  checkFilters,
  dateRangeConditions,
  provinceConditions,
  requireIsoDate,
  requireWholeDays,
  type QueryFilters,
} from '../queries/filters';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';

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

/** Options of {@link complaintsSecurityByProvince}: those of the public per-province query. */
export interface SecurityByProvinceOptions {
  /** ISO date at which cases are counted as open or overdue. */
  readonly asOf: string;
  /** A case open at asOf is overdue when it was received more than this many days before. */
  readonly overdueDays: number;
}

/**
 * Security-sensitive cases per province, one row per province that has any in the filters,
 * sorted by province_code: province_code INTEGER; open INTEGER (received on or before asOf, not
 * closed on or before it); overdue INTEGER (open, received more than overdueDays before asOf);
 * open_week_before INTEGER (open at asOf - 7 days). As in the public per-province query, these
 * backlogs ignore `from`/`to`; the province, category and status filters narrow them.
 * @throws Error if asOf is not an ISO date, overdueDays is not a whole number >= 0 or a filter
 * value is invalid.
 */
export function complaintsSecurityByProvince(
  registry: DatasetRegistry,
  filters: QueryFilters,
  options: SecurityByProvinceOptions,
): SqlQuery {
  checkFilters(filters);
  const asOf = requireIsoDate(options.asOf, 'asOf');
  requireWholeDays(options.overdueDays, 'overdueDays');
  const col = (name: string) => registry.column(COMPLAINTS_SECURITY, name);
  const received = col('received');
  const closed = col('closed');
  const day = (daysBefore: number): SqlQuery =>
    concatSql([castParam(asOf, 'DATE'), '-', castParam(daysBefore, 'INTEGER')]);
  const openAt = (at: SqlQuery): SqlQuery =>
    concatSql([`${received} <=`, at, `AND (${closed} IS NULL OR ${closed} >`, at, ')']);
  const count = (condition: SqlQuery, alias: string, last = false): SqlQuery =>
    concatSql([
      'CAST(count(*) FILTER (WHERE',
      condition,
      `) AS INTEGER) AS ${alias}${last ? '' : ','}`,
    ]);
  return concatSql(
    [
      'SELECT',
      `  CAST(${col('province_code')} AS INTEGER) AS province_code,`,
      count(openAt(day(0)), 'open'),
      count(concatSql([openAt(day(0)), `AND ${received} <`, day(options.overdueDays)]), 'overdue'),
      count(openAt(day(7)), 'open_week_before', true),
      `FROM ${registry.tableName(COMPLAINTS_SECURITY)}`,
      whereAll([
        ...provinceConditions(col('province_code'), filters.provinceCodes),
        ...categoryConditions(filters, 'category', col('category')),
        ...categoryConditions(filters, 'status', col('status')),
      ]),
      `GROUP BY ${col('province_code')}`,
      `ORDER BY ${col('province_code')}`,
    ],
    '\n',
  );
}
