/**
 * SQL builders for indicator datasets: datasets declared in the manifest with `"kind": "indicator"`
 * and no code of their own (issue 14). Every identifier comes from the dataset's entry through the
 * registry; the province key column holds TIS-1099 codes once loaded (names are turned into codes
 * by the loader, indicator-load.ts), so the builders only keep the 77 known codes.
 */
import type { DatasetDef, IndicatorMeasure, IndicatorSpec } from '../manifest/manifest-types';
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, whereAll, type SqlQuery } from '../sql';
import {
  dateRangeConditions,
  provinceConditions,
  restrictToProvincesOf,
  withThreshold,
  type ProvinceThreshold,
} from './filters';
import { knownProvinceCondition } from './quality';
import { tableSource, type DatasetSource } from './source';

/** Inclusive ISO dates; null = open. */
export interface IndicatorRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** True when the manifest declared the dataset as an indicator. */
export function isIndicator(def: DatasetDef): boolean {
  return def.indicator !== undefined;
}

/** The indicator's spec. @throws Error if the manifest lacks the dataset or it is no indicator. */
export function indicatorSpec(registry: DatasetRegistry, id: string): IndicatorSpec {
  const spec = registry.get(id).indicator;
  if (spec === undefined) {
    throw new Error(
      `dataset '${id}' is not an indicator (its manifest entry has no kind: indicator)`,
    );
  }
  return spec;
}

/** The indicator's spec and the measure named `measure`. @throws Error naming what is unknown. */
export function indicatorMeasure(
  registry: DatasetRegistry,
  id: string,
  measure: string,
): { readonly spec: IndicatorSpec; readonly measure: IndicatorMeasure } {
  const spec = indicatorSpec(registry, id);
  const found = spec.measures.find((m) => m.column === measure);
  if (found === undefined) {
    throw new Error(
      `indicator '${id}' has no measure '${measure}' (it has: ${spec.measures.map((m) => m.column).join(', ')})`,
    );
  }
  return { spec, measure: found };
}

/**
 * The partial sums of one group of rows that {@link combine} turns into the measure's value; each
 * ignores rows that lack one of its inputs, so a missing weight never counts a value unweighted.
 */
function partials(measure: IndicatorMeasure, col: (name: string) => string): string[] {
  switch (measure.aggregate) {
    case 'sum':
      return [`sum(${col(measure.column)}) AS part_sum`];
    case 'mean':
      return [`avg(${col(measure.column)}) AS part_mean`];
    case 'weighted': {
      const value = col(measure.column);
      const weight = col(requiredField(measure, 'weight'));
      const both = `FILTER (WHERE ${value} IS NOT NULL AND ${weight} IS NOT NULL)`;
      return [
        `sum(${value} * ${weight}) ${both} AS part_product`,
        `sum(${weight}) ${both} AS part_weight`,
      ];
    }
    case 'ratio': {
      const numerator = col(requiredField(measure, 'numerator'));
      const denominator = col(requiredField(measure, 'denominator'));
      const both = `FILTER (WHERE ${numerator} IS NOT NULL AND ${denominator} IS NOT NULL)`;
      return [
        `sum(${numerator}) ${both} AS part_numerator`,
        `sum(${denominator}) ${both} AS part_denominator`,
      ];
    }
  }
}

/**
 * The measure's value from partial sums: `inner` true for one province's rows, false to sum
 * provinces up (a mean of provinces then weighs each province once).
 */
function combine(measure: IndicatorMeasure, inner: boolean): SqlQuery {
  const over = (expression: string) => (inner ? expression : `sum(${expression})`);
  switch (measure.aggregate) {
    case 'sum':
      return { sql: over('part_sum'), params: [] };
    case 'mean':
      return { sql: inner ? 'part_mean' : 'avg(part_mean)', params: [] };
    case 'weighted':
      return { sql: `${over('part_product')} / nullif(${over('part_weight')}, 0)`, params: [] };
    case 'ratio':
      // Scaled before dividing: 40 × 100 / 400 is exactly 10, 40 / 400 × 100 is not.
      return concatSql([
        `${over('part_numerator')} *`,
        castParam(measure.scale ?? 1, 'DOUBLE'),
        `/ nullif(${over('part_denominator')}, 0)`,
      ]);
  }
}

function requiredField(measure: IndicatorMeasure, field: 'weight' | 'numerator' | 'denominator') {
  const name = measure[field];
  if (name === undefined) {
    throw new Error(`measure '${measure.column}' (${measure.aggregate}) has no ${field} column`);
  }
  return name;
}

/**
 * One row per known province and day (day NULL for a snapshot) with the measure's partial sums,
 * rows within the range only (a snapshot ignores the range: it is one moment).
 */
function provinceDays(
  source: DatasetSource,
  spec: IndicatorSpec,
  measure: IndicatorMeasure,
  range: IndicatorRange,
): SqlQuery {
  const province = source.column(spec.keys.province);
  const date = spec.keys.date === null ? null : source.column(spec.keys.date);
  const day = date ?? 'CAST(NULL AS DATE)';
  return concatSql(
    [
      'SELECT',
      `  CAST(${province} AS INTEGER) AS province_code,`,
      `  ${day} AS day,`,
      `  ${partials(measure, source.column).join(',\n  ')}`,
      `FROM ${source.from}`,
      whereAll([
        knownProvinceCondition(province),
        ...(date === null ? [] : [`${date} IS NOT NULL`, ...dateRangeConditions(date, range)]),
      ]),
      `GROUP BY ${province}${date === null ? '' : `, ${date}`}`,
    ],
    '\n',
  );
}

/**
 * province_code INTEGER, value DOUBLE, day DATE (null for a snapshot): each province's value of
 * `measure` at the newest date of the dataset within [range.from, range.to] (open ends = null),
 * the same date for every province (a province without rows that day is absent). Only known
 * province codes; provinceCodes null = all, empty = none. Sorted by province_code.
 * @throws Error for an unknown dataset or measure, a bad date or a non-integer province code.
 */
export function indicatorByProvince(
  registry: DatasetRegistry,
  id: string,
  measure: string,
  range: IndicatorRange,
  provinceCodes: readonly number[] | null,
): SqlQuery {
  const found = indicatorMeasure(registry, id, measure);
  const source = tableSource(registry, id);
  return concatSql(
    [
      'WITH province_days AS (',
      provinceDays(source, found.spec, found.measure, range),
      ')',
      'SELECT',
      '  province_code,',
      concatSql(['  CAST(', combine(found.measure, true), 'AS DOUBLE) AS value,']),
      '  day',
      'FROM province_days',
      whereAll([
        // Newest over every province, before the selection: the same date whatever is selected.
        'day IS NOT DISTINCT FROM (SELECT max(day) FROM province_days)',
        ...provinceConditions('province_code', provinceCodes),
      ]),
      'ORDER BY province_code',
    ],
    '\n',
  );
}

/**
 * day DATE, value DOUBLE, provinces INTEGER: per date in range, the measure aggregated over the
 * provinces (sum / mean of provinces / weighted mean / ratio of sums × scale) and how many
 * provinces had a value; sorted by day. A snapshot dataset gives one row with day = its asOf.
 * @throws Error for an unknown dataset or measure, a bad date or a non-integer province code.
 */
export function indicatorSeries(
  registry: DatasetRegistry,
  id: string,
  measure: string,
  range: IndicatorRange,
  provinceCodes: readonly number[] | null,
): SqlQuery {
  const found = indicatorMeasure(registry, id, measure);
  const source = tableSource(registry, id);
  const snapshot = found.spec.keys.date === null;
  const day = snapshot ? castParam(registry.get(id).asOf, 'DATE') : 'day';
  const value = combine(found.measure, false);
  return concatSql(
    [
      'WITH province_days AS (',
      provinceDays(source, found.spec, found.measure, range),
      '), province_values AS (',
      concatSql(['  SELECT *,', combine(found.measure, true), 'AS province_value']),
      '  FROM province_days',
      whereAll(provinceConditions('province_code', provinceCodes)),
      ')',
      'SELECT',
      concatSql(['  CAST(', day, 'AS DATE) AS day,']),
      concatSql(['  CAST(', value, 'AS DOUBLE) AS value,']),
      '  CAST(count(province_value) AS INTEGER) AS provinces',
      'FROM province_values',
      'GROUP BY province_values.day',
      'ORDER BY 1',
    ],
    '\n',
  );
}

/**
 * {@link indicatorByProvince} of `measure` kept to the provinces whose value of
 * `threshold.measure` (a measure column of the same indicator, maybe another one) passes the
 * threshold on the same day: the analyst's threshold on an indicator layer. A province without
 * a value of the compared measure is left out, as core thresholds do. Without a threshold this
 * is {@link indicatorByProvince}. The value is a parameter; the column is found in the entry.
 * @throws Error for an unknown dataset or measure (either one), a bad op or a non-finite value.
 */
export function indicatorByProvinceWithin(
  registry: DatasetRegistry,
  id: string,
  measure: string,
  range: IndicatorRange,
  provinceCodes: readonly number[] | null,
  threshold: ProvinceThreshold | null,
): SqlQuery {
  const shown = indicatorByProvince(registry, id, measure, range, provinceCodes);
  if (threshold === null) return shown;
  // Both read the newest day over every province in range, so they compare the same day.
  const compared = indicatorByProvince(registry, id, threshold.measure, range, provinceCodes);
  const passing = withThreshold(compared, { ...threshold, measure: 'value' }, ['value']);
  return restrictToProvincesOf(shown, passing);
}
