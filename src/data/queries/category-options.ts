/** The values an analyst can filter a dataset's categories by (road-safety causes, complaint statuses…). */
import type { DatasetRegistry } from '../manifest/registry';
import { castParam, concatSql, type SqlQuery } from '../sql';
import type { CategoryColumn } from './filters';
import { aggregateSource, tableSource, type DatasetSource } from './source';

/** The datasets with category filters and the columns each one offers. */
export const CATEGORY_OPTIONS_OF = {
  road_safety: ['cause', 'vehicle'],
  complaints: ['category', 'status'],
} as const satisfies Record<string, readonly CategoryColumn[]>;

/** A dataset of {@link CATEGORY_OPTIONS_OF}. */
export type CategoryOptionsOf = keyof typeof CATEGORY_OPTIONS_OF;

/** Where each category column is read: road safety from its published per-key aggregates. */
function sourceOf(registry: DatasetRegistry, column: CategoryColumn): DatasetSource {
  switch (column) {
    case 'cause':
      return aggregateSource(registry, 'road_safety_causes');
    case 'vehicle':
      return aggregateSource(registry, 'road_safety_vehicles');
    case 'category':
    case 'status':
      return tableSource(registry, 'complaints');
  }
}

/** What one row counts: incidents (crashes) for road safety, cases for complaints. */
function countOf(source: DatasetSource, column: CategoryColumn): string {
  return column === 'cause' || column === 'vehicle'
    ? `CAST(sum(${source.column('crashes')}) AS INTEGER)`
    : 'CAST(count(*) AS INTEGER)';
}

/**
 * Every value of the dataset's category columns over all its rows: column_name VARCHAR (e.g.
 * 'cause'), value VARCHAR, count INTEGER (incidents or cases). NULL values are left out. Ordered
 * by column as {@link CATEGORY_OPTIONS_OF} lists them, then most counted first, then value.
 * @throws Error if `dataset` has no category filters.
 */
export function categoryOptions(registry: DatasetRegistry, dataset: CategoryOptionsOf): SqlQuery {
  const columns = CATEGORY_OPTIONS_OF[dataset] as readonly CategoryColumn[] | undefined;
  if (columns === undefined) {
    throw new Error(`categoryOptions: ${JSON.stringify(dataset)} has no category filters`);
  }
  const parts = columns.map((name, index) => {
    const source = sourceOf(registry, name);
    const column = source.column(name);
    return concatSql([
      'SELECT',
      castParam(index, 'INTEGER'),
      'AS column_rank,',
      castParam(name, 'VARCHAR'),
      `AS column_name, CAST(${column} AS VARCHAR) AS value, ${countOf(source, name)} AS count`,
      `FROM ${source.from} WHERE ${column} IS NOT NULL GROUP BY ${column}`,
    ]);
  });
  return concatSql(
    [
      'SELECT column_name, value, count FROM (',
      concatSql(parts, '\nUNION ALL\n'),
      ') AS options ORDER BY column_rank, count DESC, value',
    ],
    '\n',
  );
}
