import type { DatasetDef } from './manifest-types';

/**
 * The registry's name lookups that SQL builders use (`DatasetRegistry` in registry.ts has
 * them). Builders the manifest checks themselves need (aggregates.ts) take this instead of the
 * registry, which would import them back.
 */
export interface DatasetNames {
  /** The dataset's manifest entry; throws for an id the manifest does not declare. */
  get(id: string): DatasetDef;
  /** The dataset's table name, quoted. */
  tableName(id: string): string;
  /** A column of the dataset, quoted; throws for a name its schema lacks. */
  column(id: string, name: string): string;
}
