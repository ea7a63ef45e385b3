/**
 * Data-quality counts of an indicator dataset: the rows its figures leave out, so the legend and
 * the card can say how many instead of showing a silently smaller total. The loader stores a
 * province key that names no province as NULL (indicator-load.ts); codes outside the 77 count too.
 */
import type { DatasetRegistry } from '../manifest/registry';
import { concatSql, type SqlQuery } from '../sql';
import { indicatorSpec } from './indicator';
import { knownProvinceCondition } from './quality';
import { tableSource } from './source';

/**
 * One row of INTEGER counts over the dataset's table: total_rows; unknown_province (rows whose
 * province key matched no province, or is missing); no_date (rows of a known province without a
 * date, always 0 for a snapshot). A row is counted under the first problem it has.
 * @throws Error if the dataset is not an indicator of the manifest.
 */
export function indicatorQuality(registry: DatasetRegistry, id: string): SqlQuery {
  const spec = indicatorSpec(registry, id);
  const source = tableSource(registry, id);
  const province = source.column(spec.keys.province);
  const date = spec.keys.date === null ? null : source.column(spec.keys.date);
  return concatSql(
    [
      'WITH checked AS (',
      concatSql([
        '  SELECT coalesce(',
        knownProvinceCondition(province),
        ', FALSE) AS known_province,',
      ]),
      `    ${date === null ? 'FALSE' : `${date} IS NULL`} AS no_date`,
      `  FROM ${source.from}`,
      ')',
      'SELECT',
      '  CAST(count(*) AS INTEGER) AS total_rows,',
      '  CAST(count(*) FILTER (WHERE NOT known_province) AS INTEGER) AS unknown_province,',
      '  CAST(count(*) FILTER (WHERE known_province AND no_date) AS INTEGER) AS no_date',
      'FROM checked',
    ],
    '\n',
  );
}
