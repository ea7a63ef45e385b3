/**
 * The published form of the test data: the raw test manifest with households replaced by its
 * province aggregate, plus every aggregate of aggregates.ts (aggregateOf set). Test-only.
 */
import { AGGREGATES } from '../published/aggregates';
import type { DataEngine } from '../engine/engine';
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import { concatSql, quoteIdent } from '../sql';
import { datasetJson, manifestJson } from './fixtures';

/** A manifest.json object as scripts/ publishes it (fresh on every call). */
export function publishedManifestJson(): Record<string, unknown> {
  const manifest = manifestJson('csv');
  const raw = manifest.datasets as Record<string, unknown>[];
  const datasets = raw.map((entry) => {
    const own = AGGREGATES.find((a) => a.id === entry.id && a.of === entry.id);
    if (own) return { ...entry, columns: own.columns.map((c) => ({ ...c })) };
    return entry.id === 'road_safety' ? { ...entry, deferred: true } : entry;
  });
  for (const aggregate of AGGREGATES) {
    if (aggregate.id === aggregate.of) continue;
    datasets.push({
      ...datasetJson(aggregate.of, 'csv'),
      id: aggregate.id,
      aggregateOf: aggregate.of,
      file: `${aggregate.id}.csv`,
      columns: aggregate.columns.map((c) => ({ ...c })),
    });
  }
  return { ...manifest, datasets };
}

/** A registry over {@link publishedManifestJson}. */
export function publishedRegistry(): DatasetRegistry {
  return new DatasetRegistry(parseManifest(publishedManifestJson(), 'manifest.json'));
}

/**
 * Creates the published tables of `of` in `engine` from its raw table, with aggregates.ts's
 * SELECTs (what scripts/ does with native DuckDB), skipping an aggregate that shares the raw id.
 */
export async function createAggregateTables(
  engine: DataEngine,
  raw: DatasetRegistry,
  of: string,
): Promise<void> {
  for (const aggregate of AGGREGATES) {
    if (aggregate.of !== of || aggregate.id === of) continue;
    await engine.query(
      concatSql([`CREATE TABLE ${quoteIdent(aggregate.id)} AS`, aggregate.build(raw)]),
    );
  }
}
