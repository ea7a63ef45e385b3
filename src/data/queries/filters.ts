/**
 * The filters every "whole picture" view shares (provinces and a date range) and the SQL
 * conditions they become. Values travel only as `CAST(? AS type)` parameters.
 */
import { isIsoDate } from '../json-fields';
import { castParam, concatSql, type SqlQuery } from '../sql';

/** The provinces and dates a view looks at. */
export interface QueryFilters {
  /** Provinces to include (a region's codes, or one province); null = all 77. */
  readonly provinceCodes: readonly number[] | null;
  /** Inclusive ISO dates; null = open. */
  readonly from: string | null;
  readonly to: string | null;
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
