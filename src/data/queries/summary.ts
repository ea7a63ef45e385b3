/** SQL builders that work on any dataset. */
import type { DatasetRegistry } from '../manifest/registry';
import type { SqlQuery } from '../sql';

/** One row: row_count INTEGER, the number of rows in the dataset's table (used to verify loads). */
export function datasetSummary(registry: DatasetRegistry, id: string): SqlQuery {
  return {
    sql: `SELECT CAST(count(*) AS INTEGER) AS row_count FROM ${registry.tableName(id)}`,
    params: [],
  };
}
