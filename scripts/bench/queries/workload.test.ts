import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetRegistry, parseManifest } from '../../../src/data/manifest/registry';
import { KNOWN_PROVINCE_CODES } from '../../../src/data/queries/quality';
import { createNativeEngine } from '../../../src/data/testing/engines';
import { engineWithDemoData } from '../../../src/data/testing/query-harness';
import { BENCH_RANGE, benchQueries, rawOnlyRegistry } from './workload';

const manifestJson: unknown = JSON.parse(
  readFileSync(new URL('../../../public/data/manifest.json', import.meta.url), 'utf8'),
);
const published = new DatasetRegistry(parseManifest(manifestJson, 'manifest.json'));
const rawOnly = rawOnlyRegistry(manifestJson, 'manifest.json');
const NORTHEAST = [30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49];
const queries = benchQueries(published, rawOnly, NORTHEAST);

/** Every quoted name after FROM or JOIN. */
function tablesRead(sql: string): string[] {
  return [...sql.matchAll(/\b(?:FROM|JOIN)\s+"([a-z_]+)"/g)].map((m) => m[1] ?? '');
}

describe('rawOnlyRegistry', () => {
  it('drops the published aggregates and keeps every raw dataset', () => {
    expect(published.has('road_safety_daily')).toBe(true);
    expect(rawOnly.list().map((def) => def.id)).toEqual(
      published
        .list()
        .filter((def) => def.aggregateOf === undefined)
        .map((def) => def.id),
    );
    expect(rawOnly.has('road_safety_cells')).toBe(false);
  });
});

describe('benchQueries', () => {
  it('has the four issue-4 queries over raw data and three over the aggregates', () => {
    expect(queries.map((q) => `${q.group}: ${q.name}`)).toEqual([
      'raw: province choropleth',
      'raw: time histogram',
      'raw: box + time density',
      'raw: raw points in a box',
      'pre-aggregated: province choropleth',
      'pre-aggregated: time histogram',
      'pre-aggregated: box + time density',
    ]);
  });

  it('reads only road_safety in the raw group and only aggregates in the other', () => {
    for (const q of queries) {
      const tables = new Set(tablesRead(q.query.sql));
      if (q.group === 'raw') expect([...tables]).toEqual(['road_safety']);
      else expect([...tables].every((t) => t.startsWith('road_safety_'))).toBe(true);
    }
  });

  it('gives a query the same filter parameters in both groups', () => {
    for (const q of queries.filter((query) => query.group === 'pre-aggregated')) {
      const raw = queries.find((other) => other.group === 'raw' && other.name === q.name);
      // The raw density's subquery (the hexagon grid of aggregates.ts) brings parameters first.
      expect(raw?.query.params.slice(-q.query.params.length)).toEqual(q.query.params);
    }
    // The date range, then the 77 known province codes (rows of any other code are left out).
    expect(queries[0]?.query.params).toEqual([
      BENCH_RANGE.from,
      BENCH_RANGE.to,
      ...KNOWN_PROVINCE_CODES,
    ]);
  });
});

describe('benchQueries on native DuckDB with the committed demo data', () => {
  const db = engineWithDemoData(createNativeEngine);

  it('gives the same rows over the raw table and over the aggregates', async () => {
    for (const q of queries.filter((query) => query.group === 'pre-aggregated')) {
      const raw = queries.find((other) => other.group === 'raw' && other.name === q.name);
      if (!raw) throw new Error(`no raw ${q.name}`);
      const rows = await db.rows(q.query);
      expect(rows.length, q.name).toBeGreaterThan(0);
      expect(await db.rows(raw.query), q.name).toEqual(rows);
    }
  });
});
