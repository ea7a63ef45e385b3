/** Zero-filled time series of the road_safety dataset: per day, and per day of festival windows. */
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import {
  checkFilters,
  clampedDay,
  provinceConditions,
  selectsNoProvince,
  type QueryFilters,
} from './filters';
import {
  roadSafetyConditions,
  roadSafetyFacts,
  roadSafetyFilteredFacts,
  roadSafetyMeasures,
  type RoadSafetyFacts,
} from './road-safety';
import { zeroFilled } from './source';

/** Days in a festival campaign window ("the 7 dangerous days"). */
export const FESTIVAL_WINDOW_DAYS = 7;

/** `crashes, deaths, injuries` of a LEFT JOINed `counts` relation, zero where it has no row. */
const ZERO_FILLED_COUNTS = [
  `${zeroFilled('counts.crashes', 'INTEGER')} AS crashes`,
  `${zeroFilled('counts.deaths', 'INTEGER')} AS deaths`,
  `${zeroFilled('counts.injuries', 'INTEGER')} AS injuries`,
].join(', ');

/** `WHERE FALSE` when the filters select no province: zero-filled series are then empty too. */
function noProvinceGuard(filters: QueryFilters): SqlQuery {
  return whereAll(selectsNoProvince(filters) ? [{ sql: 'FALSE', params: [] }] : []);
}

/**
 * Incidents in the filters per day, oldest first: date DATE, crashes INTEGER, deaths INTEGER,
 * injuries INTEGER. Every day from the first to the last day is present (zero when nothing
 * happened); the days run from the table's first date (or `from`, if later) to its last date (or
 * `to`, if earlier), so days outside the data are not shown as zero. A cause or vehicle filter
 * applies. An empty province list gives no rows.
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function roadSafetyDaily(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const { facts, categories } = roadSafetyFilteredFacts(registry, filters);
  const date = facts.column('date');
  return concatSql(
    [
      // A derived source (raw rows grouped on the fly) is grouped once, not once per use.
      `WITH facts AS ${facts.derived ? 'MATERIALIZED ' : ''}(SELECT * FROM ${facts.from}),`,
      'bounds AS (',
      concatSql([
        '  SELECT',
        clampedDay(`min(${date})`, filters.from, 'from'),
        'AS first_day,',
        clampedDay(`max(${date})`, filters.to, 'to'),
        'AS last_day FROM facts',
      ]),
      '), days AS (',
      '  SELECT CAST(unnest(generate_series(first_day, last_day, INTERVAL 1 DAY)) AS DATE)',
      '    AS series_day FROM bounds',
      '), counts AS (',
      `  SELECT ${date} AS series_day, ${roadSafetyMeasures(facts)} FROM facts`,
      whereAll(roadSafetyConditions(facts, filters, categories)),
      `  GROUP BY ${date}`,
      ')',
      `SELECT days.series_day AS date, ${ZERO_FILLED_COUNTS}`,
      'FROM days LEFT JOIN counts ON counts.series_day = days.series_day',
      noProvinceGuard(filters),
      'ORDER BY days.series_day',
    ],
    '\n',
  );
}

/** `festival`, `festival_start` and `festival_day` of the facts' rows that are in a window. */
function festivalKeys(facts: RoadSafetyFacts): { select: string; inWindow: SqlQuery } {
  const col = facts.column;
  const festival = col('festival');
  const day = col('festival_day');
  return {
    select: [
      `CAST(${festival} AS VARCHAR) AS festival`,
      `CAST(${col('date')} - CAST(${day} - 1 AS INTEGER) AS DATE) AS festival_start`,
      `CAST(${day} AS INTEGER) AS festival_day`,
    ].join(', '),
    inWindow: concatSql([
      `${festival} IS NOT NULL AND ${day} BETWEEN 1 AND`,
      castParam(FESTIVAL_WINDOW_DAYS, 'INTEGER'),
    ]),
  };
}

/**
 * The "7 dangerous days": incidents per festival window and day, one row per window and day
 * 1..7 (zero-filled): festival VARCHAR, festival_start DATE (day 1 of the window),
 * festival_day INTEGER, crashes INTEGER, deaths INTEGER, injuries INTEGER. Ordered by
 * festival_start, festival, festival_day.
 *
 * A window is any (festival, first day) in the table. `from`/`to` choose windows, not incidents:
 * a window with at least one day in the range is counted in full, so the days of a window are
 * always comparable. Provinces filter the incidents; an empty list gives no rows. Cause and
 * vehicle filters do not apply (the per-cause and per-vehicle tables have no festival days).
 * @throws Error if a date is not an ISO date or a province code is not an integer.
 */
export function roadSafetyFestivalDays(registry: DatasetRegistry, filters: QueryFilters): SqlQuery {
  checkFilters(filters);
  const facts = roadSafetyFacts(registry);
  const keys = festivalKeys(facts);
  const windowConditions: SqlQuery[] = [];
  if (filters.to !== null) {
    windowConditions.push(concatSql(['festival_start <=', castParam(filters.to, 'DATE')]));
  }
  if (filters.from !== null) {
    const lastDayOffset = castParam(FESTIVAL_WINDOW_DAYS - 1, 'INTEGER');
    const from = castParam(filters.from, 'DATE');
    windowConditions.push(concatSql(['festival_start +', lastDayOffset, '>=', from]));
  }
  return concatSql(
    [
      'WITH windows AS (',
      `  SELECT DISTINCT festival, festival_start FROM (SELECT ${keys.select} FROM ${facts.from}`,
      concatSql(['  WHERE', keys.inWindow, ')']),
      whereAll(windowConditions),
      '), grid AS (',
      '  SELECT festival, festival_start,',
      concatSql([
        '    CAST(unnest(generate_series(1,',
        castParam(FESTIVAL_WINDOW_DAYS, 'INTEGER'),
        ')) AS INTEGER) AS festival_day',
      ]),
      '  FROM windows',
      '), counts AS (',
      `  SELECT ${keys.select}, ${roadSafetyMeasures(facts)} FROM ${facts.from}`,
      whereAll([
        keys.inWindow,
        ...provinceConditions(facts.column('province_code'), filters.provinceCodes),
      ]),
      '  GROUP BY ALL',
      ')',
      `SELECT grid.festival, grid.festival_start, grid.festival_day, ${ZERO_FILLED_COUNTS}`,
      'FROM grid LEFT JOIN counts',
      '  ON counts.festival = grid.festival AND counts.festival_start = grid.festival_start',
      '  AND counts.festival_day = grid.festival_day',
      noProvinceGuard(filters),
      'ORDER BY grid.festival_start, grid.festival, grid.festival_day',
    ],
    '\n',
  );
}
