/**
 * Data-quality checks of the query layer: which province codes exist, and per dataset how many
 * rows carry an unknown province, a duplicate key, a negative count or no denominator. The
 * per-province builders leave such rows out (or flag them); these counts say how many, so the
 * legend and the card can tell the reader instead of showing a silently wrong total.
 */
import { PROVINCES } from '../places/provinces';
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, type SqlQuery } from '../sql';
import { aggregateRelation, tableSource, type AggregateRelation } from './source';

/** The 77 provinces' TIS-1099 codes: any other code in a file is an error of that file. */
export const KNOWN_PROVINCE_CODES: readonly number[] = PROVINCES.map((p) => p.code);

/**
 * `column IN (the 77 codes)`: true for a known province, false for 0, 99 or any other code, NULL
 * for a NULL code (use it in WHERE, which drops NULL too).
 */
export function knownProvinceCondition(column: string): SqlQuery {
  const list = concatSql(
    KNOWN_PROVINCE_CODES.map((code) => castParam(code, 'INTEGER')),
    ', ',
  );
  return concatSql([column, 'IN (', list, ')']);
}

/** `column >= 0` for each count column: a count below zero is impossible, never a fact. */
export function nonNegativeConditions(columns: readonly string[]): SqlQuery[] {
  return columns.map((column) => ({ sql: `${column} >= 0`, params: [] }));
}

/**
 * The conditions every per-province figure puts on its rows: a known province, and no negative
 * count (quoted columns). The rows left out are counted by {@link datasetQuality}.
 */
export function soundProvinceRows(province: string, counts: readonly string[]): SqlQuery[] {
  return [knownProvinceCondition(province), ...nonNegativeConditions(counts)];
}

/** The datasets with a quality check. */
export const QUALITY_DATASETS = [
  'vaccination',
  'poverty',
  'road_safety',
  'complaints',
  'households',
] as const;

/** A dataset with a quality check. */
export type QualityDatasetId = (typeof QUALITY_DATASETS)[number];

/** What one dataset's check looks at. */
export interface QualityChecks {
  /** The relation read: the table the maps read (road safety: its daily aggregate). */
  readonly relation: string;
  /** Columns that identify a row: two rows with the same values are duplicates. */
  readonly key: readonly string[];
  /** Columns that count things: negative values are impossible. */
  readonly counts: readonly string[];
  /** A count others are divided by: zero or missing cannot make a rate. */
  readonly denominator?: string;
  /** True when the per-province builders keep one row of a duplicate key (else all are summed). */
  readonly duplicatesCut: boolean;
}

/** Each dataset's checks (column names of the data contract). */
export const QUALITY_CHECKS: Readonly<Record<QualityDatasetId, QualityChecks>> = {
  vaccination: {
    relation: 'vaccination',
    key: ['province_code', 'week_end'],
    counts: ['population', 'dose1', 'dose2', 'dose3'],
    denominator: 'population',
    duplicatesCut: true,
  },
  poverty: {
    relation: 'poverty',
    key: ['province_code', 'year', 'dimension'],
    counts: ['target_people', 'target_households'],
    duplicatesCut: false,
  },
  road_safety: {
    relation: 'road_safety_daily',
    key: ['province_code', 'date'],
    counts: ['crashes', 'deaths', 'injuries'],
    duplicatesCut: false,
  },
  complaints: { relation: 'complaints', key: ['case_id'], counts: [], duplicatesCut: false },
  households: {
    relation: 'households',
    key: ['province_code'],
    counts: ['households', 'members', 'members_vaccinated'],
    // One row per province is published: the views keep one value per province code.
    duplicatesCut: true,
  },
};

/** The relation a check reads: the dataset's table, or the published aggregate (or its fallback). */
function checkedRelation(registry: DatasetRegistry, checks: QualityChecks): AggregateRelation {
  if (checks.relation === 'road_safety_daily') return aggregateRelation(registry, checks.relation);
  const table = tableSource(registry, checks.relation);
  return { from: { sql: table.from, params: [] }, column: table.column };
}

/** `a < 0 OR b < 0 ...`, or FALSE without count columns. */
function anyNegative(columns: readonly string[]): string {
  return columns.length === 0 ? 'FALSE' : columns.map((c) => `${c} < 0`).join(' OR ');
}

/**
 * One row of counts over the whole relation, each an INTEGER: total_rows; unknown_province (rows
 * whose code is not one of the 77, or is missing); duplicate (rows of a known province beyond the
 * first with the same key); negative (first rows of a key with a negative count); no_denominator
 * (such rows whose denominator is 0 or missing; always 0 without a denominator). A row is counted
 * under the first of these problems it has, so the counts add up to the rows with a problem.
 * @throws Error if the manifest lacks the dataset or one of the checked columns.
 */
export function datasetQuality(registry: DatasetRegistry, id: QualityDatasetId): SqlQuery {
  const checks = QUALITY_CHECKS[id];
  const relation = checkedRelation(registry, checks);
  const col = relation.column;
  const province = col('province_code');
  const counts = checks.counts.map(col);
  const denominator = checks.denominator === undefined ? null : col(checks.denominator);
  const noDenominator =
    denominator === null ? 'FALSE' : `(${denominator} IS NULL OR ${denominator} = 0)`;
  // Ordered by the counts so that which copy of a duplicate counts as "the first" is stable.
  const order = counts.length === 0 ? '' : ` ORDER BY ${counts.join(', ')}`;
  const count = (condition: string, name: string) =>
    `  CAST(count(*) FILTER (WHERE ${condition}) AS INTEGER) AS ${name}`;
  return concatSql(
    [
      'WITH numbered AS (',
      '  SELECT *,',
      concatSql(['    coalesce(', knownProvinceCondition(province), ', FALSE) AS known_province,']),
      `    row_number() OVER (PARTITION BY ${checks.key.map(col).join(', ')}${order}) AS copy`,
      '  FROM',
      relation.from,
      '), checked AS (',
      '  SELECT known_province, copy,',
      `    coalesce(${anyNegative(counts)}, FALSE) AS negative,`,
      `    ${noDenominator} AS no_denominator`,
      '  FROM numbered',
      ')',
      'SELECT',
      '  CAST(count(*) AS INTEGER) AS total_rows,',
      `${count('NOT known_province', 'unknown_province')},`,
      `${count('known_province AND copy > 1', 'duplicate')},`,
      `${count('known_province AND copy = 1 AND negative', 'negative')},`,
      count('known_province AND copy = 1 AND NOT negative AND no_denominator', 'no_denominator'),
      'FROM checked',
    ],
    '\n',
  );
}
