/**
 * The queries the benchmark times, built by the app's own SQL builders (src/data/queries), in two
 * groups: over the raw incident table (a registry without the published aggregates, so the
 * builders read their aggregate SELECTs as subqueries over road_safety) and over the published
 * aggregate tables (the registry of the published manifest, as the app reads them).
 */
import type { QueryFilters } from '../../../src/data/queries/filters';
import { roadSafetyByProvince } from '../../../src/data/queries/road-safety';
import { roadSafetyCellDensity } from '../../../src/data/queries/road-safety-cells';
import { roadSafetyDaily } from '../../../src/data/queries/road-safety-series';
import { DatasetRegistry, parseManifest } from '../../../src/data/manifest/registry';
import type { SqlQuery } from '../../../src/data/sql';
import { BANGKOK_BOX, roadSafetyPointsInBox } from './points-in-box';

/** Which tables a query reads. */
export type QueryGroup = 'raw' | 'pre-aggregated';

/** One timed query. */
export interface BenchQuery {
  readonly group: QueryGroup;
  /** Short name, the same for a query in both groups. */
  readonly name: string;
  /** The builder and its filters, for the report. */
  readonly builder: string;
  readonly query: SqlQuery;
}

/** The date range of the filtered queries: a quarter with Songkran in it. */
export const BENCH_RANGE = Object.freeze({ from: '2025-04-01', to: '2025-06-30' });

/** The region whose provinces filter the time histogram (as a region filter or a map selection). */
export const BENCH_REGION = 'northeast';

/**
 * The registry of `manifestJson` without its published aggregates (datasets with aggregateOf):
 * what the app would read from a manifest that lists only raw data.
 * @throws DataFileError if the manifest is not valid.
 */
export function rawOnlyRegistry(manifestJson: unknown, sourceName: string): DatasetRegistry {
  const manifest = parseManifest(manifestJson, sourceName);
  const datasets = manifest.datasets.filter((def) => def.aggregateOf === undefined);
  return new DatasetRegistry(parseManifest({ ...manifest, datasets }, sourceName));
}

/**
 * Every query of the benchmark: four over the raw incidents, then the three of them that read a
 * published aggregate over the aggregates. The same builder with the same filters in both groups.
 * @param regionCodes the province codes of {@link BENCH_REGION}.
 */
export function benchQueries(
  published: DatasetRegistry,
  rawOnly: DatasetRegistry,
  regionCodes: readonly number[],
): BenchQuery[] {
  const range: QueryFilters = { provinceCodes: null, ...BENCH_RANGE };
  const region: QueryFilters = { provinceCodes: regionCodes, from: null, to: null };
  const dates = `${BENCH_RANGE.from}..${BENCH_RANGE.to}`;
  const aggregating = [
    {
      name: 'province choropleth',
      builder: `roadSafetyByProvince, ${dates}`,
      build: (registry: DatasetRegistry) => roadSafetyByProvince(registry, range),
    },
    {
      name: 'time histogram',
      builder: `roadSafetyDaily, ${BENCH_REGION} (${regionCodes.length} provinces), all days`,
      build: (registry: DatasetRegistry) => roadSafetyDaily(registry, region),
    },
    {
      name: 'box + time density',
      builder: `roadSafetyCellDensity, ${dates}`,
      build: (registry: DatasetRegistry) => roadSafetyCellDensity(registry, range),
    },
  ];
  const box = BANGKOK_BOX;
  return [
    ...aggregating.map(({ name, builder, build }) => ({
      group: 'raw' as const,
      name,
      builder,
      query: build(rawOnly),
    })),
    {
      group: 'raw',
      name: 'raw points in a box',
      builder: `roadSafetyPointsInBox, Bangkok box ${box.west}–${box.east}°E ${box.south}–${box.north}°N, ${dates}`,
      query: roadSafetyPointsInBox(rawOnly, box, BENCH_RANGE),
    },
    ...aggregating.map(({ name, builder, build }) => ({
      group: 'pre-aggregated' as const,
      name,
      builder,
      query: build(published),
    })),
  ];
}
