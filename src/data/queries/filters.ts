/**
 * The filters every "whole picture" view shares (provinces and a date range) and the SQL
 * conditions they become. Values travel only as `CAST(? AS type)` parameters.
 */
import { isIsoDate } from '../manifest/json-fields';
import { castParam, concatSql, quoteIdent, type SqlQuery } from '../sql';

/** Category columns a view can be narrowed by (road safety: cause, vehicle; complaints: the rest). */
export const CATEGORY_COLUMNS = ['cause', 'vehicle', 'category', 'status'] as const;

/** One of {@link CATEGORY_COLUMNS}. */
export type CategoryColumn = (typeof CATEGORY_COLUMNS)[number];

/** Allowed values per category column; a column absent or with an empty list is not filtered. */
export type CategoryFilters = Readonly<Partial<Record<CategoryColumn, readonly string[]>>>;

/** The provinces and dates a view looks at. */
export interface QueryFilters {
  /** Provinces to include (a region's codes, or one province); null = all 77. */
  readonly provinceCodes: readonly number[] | null;
  /** Inclusive ISO dates; null = open. */
  readonly from: string | null;
  readonly to: string | null;
  /** Category values to keep; builders apply the columns their dataset has. Absent = all. */
  readonly categories?: CategoryFilters;
}

/** All provinces, all dates. */
export const NO_FILTERS: QueryFilters = Object.freeze({
  provinceCodes: null,
  from: null,
  to: null,
});

/** Returns `value` if it is an ISO date, else throws an Error naming the option. */
export function requireIsoDate(value: string, option: string): string {
  if (!isIsoDate(value)) {
    throw new Error(`${option} ${JSON.stringify(value)} is not an ISO date YYYY-MM-DD`);
  }
  return value;
}

/** Returns `days` if it is a whole number of days >= 0, else throws an Error naming the option. */
export function requireWholeDays(days: number, option: string): number {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new Error(`${option} ${JSON.stringify(days)} is not a whole number of days >= 0`);
  }
  return days;
}

const INTEGER_MIN = -(2 ** 31);
const INTEGER_MAX = 2 ** 31 - 1;

/**
 * Checks the filters before any SQL is built: dates must be ISO dates, province codes integers.
 * `from` after `to` is allowed and selects nothing.
 * @throws Error naming the bad value.
 */
export function checkFilters(filters: QueryFilters): QueryFilters {
  if (filters.from !== null) requireIsoDate(filters.from, 'from');
  if (filters.to !== null) requireIsoDate(filters.to, 'to');
  for (const code of filters.provinceCodes ?? []) {
    if (!Number.isInteger(code) || code < INTEGER_MIN || code > INTEGER_MAX) {
      throw new Error(
        `provinceCodes holds ${JSON.stringify(code)}, which is not a province code (an integer)`,
      );
    }
  }
  return filters;
}

/** True when the filters select no province at all (an empty list), so the result is empty. */
export function selectsNoProvince(filters: QueryFilters): boolean {
  return filters.provinceCodes !== null && filters.provinceCodes.length === 0;
}

/**
 * `column IN (CAST(? AS INTEGER), ...)`; `FALSE` for an empty list; nothing for null (all).
 * @throws Error if a code is not an integer.
 */
export function provinceConditions(
  column: string,
  provinceCodes: readonly number[] | null,
): SqlQuery[] {
  if (provinceCodes === null) return [];
  checkFilters({ provinceCodes, from: null, to: null });
  if (provinceCodes.length === 0) return [{ sql: 'FALSE', params: [] }];
  const list = concatSql(
    provinceCodes.map((code) => castParam(code, 'INTEGER')),
    ', ',
  );
  return [concatSql([column, 'IN (', list, ')'])];
}

/** `column >= CAST(? AS DATE)` and `column <= CAST(? AS DATE)` for the bounds that are set. */
export function dateRangeConditions(
  column: string,
  range: Pick<QueryFilters, 'from' | 'to'>,
): SqlQuery[] {
  const conditions: SqlQuery[] = [];
  if (range.from !== null) {
    conditions.push(
      concatSql([column, '>=', castParam(requireIsoDate(range.from, 'from'), 'DATE')]),
    );
  }
  if (range.to !== null) {
    conditions.push(concatSql([column, '<=', castParam(requireIsoDate(range.to, 'to'), 'DATE')]));
  }
  return conditions;
}

/** Province and date-range conditions of `filters` on the given (quoted) columns. */
export function filterConditions(
  filters: QueryFilters,
  provinceColumn: string,
  dateColumn: string,
): SqlQuery[] {
  checkFilters(filters);
  return [
    ...provinceConditions(provinceColumn, filters.provinceCodes),
    ...dateRangeConditions(dateColumn, filters),
  ];
}

/** One condition that holds when all of `conditions` do (`TRUE` when there are none). */
export function allOf(conditions: readonly SqlQuery[]): SqlQuery {
  if (conditions.length === 0) return { sql: 'TRUE', params: [] };
  return concatSql(
    conditions.map((condition) => concatSql(['(', condition, ')'], '')),
    ' AND ',
  );
}

/**
 * Clamps the data's own first (or last) day to a filter bound: `greatest(dataDay, CAST(? AS DATE))`
 * for `from`, `least(...)` for `to`, or `dataDay` alone when the bound is open.
 */
export function clampedDay(dataDay: string, bound: string | null, side: 'from' | 'to'): SqlQuery {
  if (bound === null) return { sql: dataDay, params: [] };
  const fn = side === 'from' ? 'greatest' : 'least';
  return concatSql([`${fn}(${dataDay},`, castParam(requireIsoDate(bound, side), 'DATE'), ')'], ' ');
}

/** The values `filters` keeps for `column`, or null when that column is not filtered. */
export function categoryValues(
  filters: Pick<QueryFilters, 'categories'>,
  column: CategoryColumn,
): readonly string[] | null {
  const values = filters.categories?.[column];
  return values && values.length > 0 ? values : null;
}

/**
 * `column IN (CAST(? AS VARCHAR), ...)` for the category values `filters` keeps for `name`;
 * nothing when that column is not filtered. `column` is the quoted column of the relation.
 * @throws Error if a value is not a string.
 */
export function categoryConditions(
  filters: Pick<QueryFilters, 'categories'>,
  name: CategoryColumn,
  column: string,
): SqlQuery[] {
  const values = categoryValues(filters, name);
  if (values === null) return [];
  for (const value of values) {
    if (typeof value !== 'string') {
      throw new Error(`categories.${name} holds ${JSON.stringify(value)}, which is not text`);
    }
  }
  const list = concatSql(
    values.map((value) => castParam(value, 'VARCHAR')),
    ', ',
  );
  return [concatSql([column, 'IN (', list, ')'])];
}

/** Comparison of a province threshold: less than, at most, more than, at least. */
export const THRESHOLD_OPS = ['lt', 'le', 'gt', 'ge'] as const;

/** One of {@link THRESHOLD_OPS}. */
export type ThresholdOp = (typeof THRESHOLD_OPS)[number];

/** Keep the provinces whose `measure` (a column of a per-province result) compares to `value`. */
export interface ProvinceThreshold {
  readonly measure: string;
  readonly op: ThresholdOp;
  readonly value: number;
}

const OP_SQL: Readonly<Record<ThresholdOp, string>> = { lt: '<', le: '<=', gt: '>', ge: '>=' };

function thresholdCondition(threshold: ProvinceThreshold, allowed: readonly string[]): SqlQuery {
  if (!allowed.includes(threshold.measure)) {
    throw new Error(
      `threshold measure ${JSON.stringify(threshold.measure)} is not one of ${allowed.join(', ')}`,
    );
  }
  // Own keys only: an op such as 'constructor' must not find Object's members.
  const op = Object.hasOwn(OP_SQL, threshold.op) ? OP_SQL[threshold.op] : undefined;
  if (op === undefined) throw new Error(`threshold op ${JSON.stringify(threshold.op)} is unknown`);
  if (!Number.isFinite(threshold.value)) {
    throw new Error(`threshold value ${JSON.stringify(threshold.value)} is not a finite number`);
  }
  return concatSql([quoteIdent(threshold.measure), op, castParam(threshold.value, 'DOUBLE')]);
}

/**
 * Keeps the rows of a per-province query (one row per province, with a `province_code` column)
 * whose `threshold.measure` column passes the threshold; rows with a NULL measure are dropped.
 * Sorted by province_code. Without a threshold, `query` is returned as it is. `allowed` lists
 * the query's result columns a threshold may compare.
 * @throws Error if the measure is not allowed, the op unknown or the value not finite.
 */
export function withThreshold(
  query: SqlQuery,
  threshold: ProvinceThreshold | null,
  allowed: readonly string[],
): SqlQuery {
  if (threshold === null) return query;
  const condition = thresholdCondition(threshold, allowed);
  return concatSql(
    [
      'WITH unfiltered AS (',
      query,
      ')',
      'SELECT * FROM unfiltered WHERE',
      condition,
      'ORDER BY province_code',
    ],
    '\n',
  );
}

/**
 * Keeps the rows of a per-province query whose province is in the result of `provinces` (a query
 * with a `province_code` column): e.g. the previous period restricted to the provinces that pass
 * a threshold now. Sorted by province_code.
 */
export function restrictToProvincesOf(query: SqlQuery, provinces: SqlQuery): SqlQuery {
  return concatSql(
    [
      'SELECT * FROM (',
      query,
      ') AS restricted WHERE province_code IN (SELECT province_code FROM (',
      provinces,
      ') AS kept)',
      'ORDER BY province_code',
    ],
    '\n',
  );
}
