/**
 * Where builders read from: a dataset's own table, or a published aggregate (aggregates.ts) with
 * the same SELECT over the raw table as its fallback.
 */
import { aggregateDef } from '../published/aggregates';
import type { DatasetRegistry } from '../manifest/registry';
import { concatSql, quoteIdent, type SqlQuery } from '../sql';

/** A relation builders read and its quoted columns. */
export interface DatasetSource {
  /** What follows FROM: the dataset's quoted table today, perhaps a pre-aggregated table later. */
  readonly from: string;
  /** A column of that relation, quoted. @throws Error if the manifest's schema lacks it. */
  readonly column: (name: string) => string;
  /** True when `from` is a subquery that aggregates raw rows (worth computing only once). */
  readonly derived?: boolean;
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

/** A relation with parameters of its own (a subquery), and its quoted columns. */
export interface AggregateRelation {
  readonly from: SqlQuery;
  readonly column: (name: string) => string;
}

/**
 * The published aggregate `id` when the manifest lists it; otherwise the same SELECT over the raw
 * dataset as a subquery (aggregates.ts), so builders never care which one they read.
 * @throws Error if `id` is no aggregate, or neither it nor its raw dataset is in the manifest.
 */
export function aggregateRelation(registry: DatasetRegistry, id: string): AggregateRelation {
  if (registry.has(id)) {
    const table = tableSource(registry, id);
    return { from: { sql: table.from, params: [] }, column: table.column };
  }
  const def = aggregateDef(id);
  if (!registry.has(def.of)) {
    throw new Error(
      `the manifest lists neither '${id}' nor the dataset it summarises, '${def.of}'`,
    );
  }
  const names = new Set(def.columns.map((c) => c.name));
  return {
    from: concatSql(['(', def.build(registry), ') AS', quoteIdent(id)]),
    column: (name) => {
      if (!names.has(name)) {
        throw new Error(
          `aggregate '${id}' has no column '${name}' (it has: ${[...names].join(', ')})`,
        );
      }
      return quoteIdent(name);
    },
  };
}

/**
 * {@link aggregateRelation} for aggregates whose SELECT takes no parameters, as a plain source.
 * @throws Error if the fallback subquery has parameters.
 */
export function aggregateSource(registry: DatasetRegistry, id: string): DatasetSource {
  const relation = aggregateRelation(registry, id);
  if (relation.from.params.length > 0) {
    throw new Error(`aggregateSource: '${id}' needs parameters; use aggregateRelation`);
  }
  return {
    from: relation.from.sql,
    column: relation.column,
    ...(registry.has(id) ? {} : { derived: true }),
  };
}

/** The datasets a builder over aggregate `id` waits for: the aggregate if published, else its raw data. */
export function aggregateInputs(registry: DatasetRegistry, id: string): readonly string[] {
  return registry.has(id) ? [id] : [aggregateDef(id).of];
}
