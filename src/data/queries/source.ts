/**
 * Where builders read from. Each dataset's builders get their FROM clause from one small function
 * (e.g. `roadSafetyFacts`), so pointing a dataset at a pre-aggregated table later changes that
 * function only, not the builders or their callers.
 */
import type { DatasetRegistry } from '../registry';

/** A relation builders read and its quoted columns. */
export interface DatasetSource {
  /** What follows FROM: the dataset's quoted table today, perhaps a pre-aggregated table later. */
  readonly from: string;
  /** A column of that relation, quoted. @throws Error if the manifest's schema lacks it. */
  readonly column: (name: string) => string;
}

/** The dataset's own table, as the registry names it. */
export function tableSource(registry: DatasetRegistry, id: string): DatasetSource {
  return {
    from: registry.tableName(id),
    column: (name) => registry.column(id, name),
  };
}

/** `CAST(coalesce(expression, 0) AS type)`: a zero-filled aggregate with a stable result type. */
export function zeroFilled(expression: string, type: 'INTEGER' | 'DOUBLE'): string {
  return `CAST(coalesce(${expression}, 0) AS ${type})`;
}
