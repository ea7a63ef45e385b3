/** SQL builders for the complaints dataset (Damrongdhama cases). */
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import {
  allOf,
  categoryConditions,
  checkFilters,
  clampedDay,
  dateRangeConditions,
  provinceConditions,
  requireIsoDate,
  requireWholeDays,
  selectsNoProvince,
  type QueryFilters,
} from './filters';
import { soundProvinceRows } from './quality';
import { tableSource, zeroFilled, type DatasetSource } from './source';

/** The dataset id these builders read. */
export const COMPLAINTS = 'complaints';

/** Columns {@link complaintsBreakdown} can group by. */
export const COMPLAINTS_BREAKDOWNS = ['category', 'status'] as const;

/** One of {@link COMPLAINTS_BREAKDOWNS}. */
export type ComplaintsBreakdownBy = (typeof COMPLAINTS_BREAKDOWNS)[number];

/** Options of {@link complaintsByProvince}. */
export interface ComplaintsByProvinceOptions {
  /** ISO date at which cases are counted as open or overdue (usually the data's asOf). */
  readonly asOf: string;
  /** A case open at asOf is overdue when it was received more than this many days before. */
  readonly overdueDays: number;
}

/** The relation the complaints builders read. */
function complaintsSource(registry: DatasetRegistry): DatasetSource {
  return tableSource(registry, COMPLAINTS);
}

/** Province, category and status conditions of `filters` (not the dates: each count has its own). */
function caseConditions(source: DatasetSource, filters: QueryFilters): SqlQuery[] {
  return [
    ...provinceConditions(source.column('province_code'), filters.provinceCodes),
    ...categoryConditions(filters, 'category', source.column('category')),
    ...categoryConditions(filters, 'status', source.column('status')),
  ];
}

/** Result columns of {@link complaintsByProvince} a province threshold may compare. */
export const COMPLAINTS_PROVINCE_MEASURES = ['received', 'open', 'overdue'] as const;

const count = (condition: SqlQuery, alias: string): SqlQuery =>
  concatSql(['CAST(count(*) FILTER (WHERE', condition, `) AS INTEGER) AS ${alias}`]);

/**
 * One row per province that has cases (in the province filter), sorted by province_code:
 * - province_code INTEGER;
 * - received INTEGER: cases received from `from` to `to` (inclusive);
 * - open INTEGER: cases received on or before asOf and not closed on or before it;
 * - overdue INTEGER: open cases received more than overdueDays before asOf
 *   (asOf - received > overdueDays);
 * - security_sensitive INTEGER: flagged cases received in the range;
 * - security_sensitive_open INTEGER: flagged open cases.
 *
 * open, overdue and security_sensitive_open are a backlog at asOf and ignore `from`/`to`.
 * Category and status filters (`filters.categories`) narrow every count.
 * Whether a case is closed is read from its closed date, not its status.
 * @throws Error if a date is not an ISO date, overdueDays is not a whole number >= 0 or a
 * province code is not an integer.
 */
export function complaintsByProvince(
  registry: DatasetRegistry,
  filters: QueryFilters,
  options: ComplaintsByProvinceOptions,
): SqlQuery {
  checkFilters(filters);
  const asOf = requireIsoDate(options.asOf, 'asOf');
  requireWholeDays(options.overdueDays, 'overdueDays');
  const source = complaintsSource(registry);
  const { from, column: col } = source;
  const province = col('province_code');
  const received = col('received');
  const closed = col('closed');
  const sensitive = col('security_sensitive');
  const asOfDate = (): SqlQuery => castParam(asOf, 'DATE');
  const inRange = allOf(dateRangeConditions(received, filters));
  const openAt = concatSql([
    `${received} <=`,
    asOfDate(),
    `AND (${closed} IS NULL OR ${closed} >`,
    asOfDate(),
    ')',
  ]);
  const overdue = concatSql([
    openAt,
    `AND ${received} <`,
    asOfDate(),
    '-',
    castParam(options.overdueDays, 'INTEGER'),
  ]);
  return concatSql(
    [
      'SELECT',
      `  CAST(${province} AS INTEGER) AS province_code,`,
      concatSql([count(inRange, 'received'), ',']),
      concatSql([count(openAt, 'open'), ',']),
      concatSql([count(overdue, 'overdue'), ',']),
      concatSql([count(concatSql([inRange, `AND ${sensitive}`]), 'security_sensitive'), ',']),
      count(concatSql([openAt, `AND ${sensitive}`]), 'security_sensitive_open'),
      `FROM ${from}`,
      whereAll([...caseConditions(source, filters), ...soundProvinceRows(province, [])]),
      `GROUP BY ${province}`,
      `ORDER BY ${province}`,
    ],
    '\n',
  );
}

/** `CAST(date_trunc('week', expression) AS DATE)`: the Monday of the expression's week. */
const mondayOf = (expression: string): string => `CAST(date_trunc('week', ${expression}) AS DATE)`;

/**
 * Cases per week (Monday to Sunday), oldest first: week_start DATE (the Monday), received
 * INTEGER (cases received that week), closed INTEGER (cases closed that week). Every week from
 * the data's first day (or `from`, if later) to its last received or closed day (or `to`, if
 * earlier) is present, zero when nothing happened. `from`/`to` filter each count by its own date,
 * so a partial first or last week counts only its days in the range. An empty province list
 * gives no rows.
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function complaintsWeekly(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const source = complaintsSource(registry);
  const { from, column: col } = source;
  const received = col('received');
  const closed = col('closed');
  const provinces = caseConditions(source, filters);
  const weekCounts = (date: string): SqlQuery =>
    concatSql([
      `  SELECT ${mondayOf(date)} AS week_start, count(*) AS cases FROM ${from}`,
      whereAll([
        { sql: `${date} IS NOT NULL`, params: [] },
        ...provinces,
        ...dateRangeConditions(date, filters),
      ]),
      '  GROUP BY week_start',
    ]);
  return concatSql(
    [
      'WITH bounds AS (',
      concatSql([
        '  SELECT',
        clampedDay(`min(${received})`, filters.from, 'from'),
        'AS first_day,',
        clampedDay(`greatest(max(${received}), max(${closed}))`, filters.to, 'to'),
        `AS last_day FROM ${from}`,
      ]),
      '), weeks AS (',
      `  SELECT CAST(unnest(generate_series(${mondayOf('first_day')}, ${mondayOf('last_day')},`,
      '    INTERVAL 7 DAY)) AS DATE) AS week_start FROM bounds WHERE first_day <= last_day',
      '), received_weeks AS (',
      weekCounts(received),
      '), closed_weeks AS (',
      weekCounts(closed),
      ')',
      'SELECT weeks.week_start,',
      `  ${zeroFilled('received_weeks.cases', 'INTEGER')} AS received,`,
      `  ${zeroFilled('closed_weeks.cases', 'INTEGER')} AS closed`,
      'FROM weeks',
      'LEFT JOIN received_weeks ON received_weeks.week_start = weeks.week_start',
      'LEFT JOIN closed_weeks ON closed_weeks.week_start = weeks.week_start',
      whereAll(selectsNoProvince(filters) ? [{ sql: 'FALSE', params: [] }] : []),
      'ORDER BY weeks.week_start',
    ],
    '\n',
  );
}

/**
 * Cases received in the filters by category or status, most cases first (ties by key):
 * key VARCHAR, cases INTEGER, open INTEGER (of those, not closed: no closed date),
 * security_sensitive INTEGER (of those, flagged).
 * @throws Error if `by` is not 'category' or 'status', or a filter value is invalid.
 */
export function complaintsBreakdown(
  registry: DatasetRegistry,
  filters: QueryFilters,
  by: ComplaintsBreakdownBy,
): SqlQuery {
  if (!COMPLAINTS_BREAKDOWNS.includes(by)) {
    throw new Error(
      `complaintsBreakdown: by ${JSON.stringify(by)} is not one of ${COMPLAINTS_BREAKDOWNS.join(', ')}`,
    );
  }
  checkFilters(filters);
  const source = complaintsSource(registry);
  const { from, column: col } = source;
  const key = col(by);
  return concatSql(
    [
      'SELECT',
      `  CAST(${key} AS VARCHAR) AS key,`,
      '  CAST(count(*) AS INTEGER) AS cases,',
      `  CAST(count(*) FILTER (WHERE ${col('closed')} IS NULL) AS INTEGER) AS open,`,
      `  CAST(count(*) FILTER (WHERE ${col('security_sensitive')}) AS INTEGER) AS security_sensitive`,
      `FROM ${from}`,
      whereAll([
        ...caseConditions(source, filters),
        ...dateRangeConditions(col('received'), filters),
      ]),
      `GROUP BY ${key}`,
      'ORDER BY cases DESC, key',
    ],
    '\n',
  );
}
