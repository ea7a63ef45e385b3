import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATES, type AggregateDef } from '../../src/data/published/aggregates';
import { CORE_DATASET_IDS, type DatasetDef } from '../../src/data/manifest/manifest-types';
import { DatasetRegistry, parseManifest } from '../../src/data/manifest/registry';
import { DEFAULT_OPTIONS } from '../demo-data/options';
import { readStaticDatasets } from '../demo-data/reference-data';
import { aggregateEntry, publishedDatasets, rawRegistry } from './published-manifest';

/** data/datasets.json with dates, as the generator's raw entries. */
function rawDefs(): DatasetDef[] {
  return readStaticDatasets(join(DEFAULT_OPTIONS.dataDir, 'datasets.json')).map((def) => ({
    ...def,
    asOf: '2025-06-30',
    period: { from: '2025-01-01', to: '2025-06-30' },
  }));
}

describe('publishedDatasets', () => {
  const raw = rawRegistry(rawDefs());
  const { datasets, asIs, withheld } = publishedDatasets(raw);
  const byId = new Map(datasets.map((def) => [def.id, def]));

  it('lists the five layers in CORE_DATASET_IDS order, then the aggregates', () => {
    const others = AGGREGATES.filter((a) => a.id !== a.of).map((a) => a.id);
    expect(datasets.map((def) => def.id)).toEqual([...CORE_DATASET_IDS, ...others]);
    expect(asIs).toEqual(['vaccination', 'poverty', 'road_safety']);
    expect(withheld).toEqual([]);
  });

  it('publishes complaints in two tiers: the public cases, the security detail restricted', () => {
    expect(byId.get('complaints')).toMatchObject({
      file: 'complaints.parquet',
      title: raw.get('complaints').title,
    });
    expect(byId.get('complaints')?.restricted).toBeUndefined();
    expect(byId.get('complaints_security')).toMatchObject({
      aggregateOf: 'complaints',
      restricted: true,
      file: 'restricted/complaints_security.parquet',
      demo: true,
    });
  });

  it('defers the raw tables that aggregates summarise, and only those', () => {
    const deferred = datasets.filter((def) => def.deferred === true).map((def) => def.id);
    expect(deferred).toEqual(['road_safety']);
  });

  it('replaces raw households by the province table: same id, no aggregateOf, no points', () => {
    const households = byId.get('households');
    expect(households?.aggregateOf).toBeUndefined();
    expect(households?.minGroupSize).toBe(10);
    expect(households?.columns.map((c) => c.name)).toEqual([
      'province_code',
      'households',
      'members',
      'members_vaccinated',
    ]);
    expect(households?.title.en).toMatch(/ — by province$/);
    expect(households?.file).toBe('households.parquet');
  });

  it("copies the raw dataset's metadata into each aggregate and names it in aggregateOf", () => {
    for (const aggregate of AGGREGATES) {
      const entry = byId.get(aggregate.id);
      const parent = raw.get(aggregate.of);
      expect(entry, aggregate.id).toMatchObject({
        unit: parent.unit,
        source: parent.source,
        licence: parent.licence,
        asOf: parent.asOf,
        period: parent.period,
        cadence: parent.cadence,
        demo: parent.demo,
        file: `${aggregate.restricted ? 'restricted/' : ''}${aggregate.id}.parquet`,
        format: 'parquet',
        columns: aggregate.columns,
        // A tier that stands for the dataset itself (public complaints) keeps its title.
        title: aggregate.titleSuffix.en
          ? {
              th: `${parent.title.th} — ${aggregate.titleSuffix.th}`,
              en: `${parent.title.en} — ${aggregate.titleSuffix.en}`,
            }
          : parent.title,
      });
      expect(entry?.restricted, aggregate.id).toBe(aggregate.restricted);
      expect(entry?.minGroupSize).toBe(parent.minGroupSize);
      if (aggregate.id !== aggregate.of) expect(entry?.aggregateOf).toBe(aggregate.of);
    }
  });

  it('parses as a manifest; every aggregateOf names a published layer', () => {
    const manifest = parseManifest(
      {
        version: 1,
        generatedAt: '2025-06-30T00:00:00.000Z',
        datasets,
        preview: { dataset: 'vaccination', file: 'p.json' },
      },
      'test',
    );
    const registry = new DatasetRegistry(manifest);
    expect(registry.layers().map((def) => def.id)).toEqual([...CORE_DATASET_IDS]);
    for (const def of registry.list()) {
      if (def.aggregateOf !== undefined)
        expect(registry.layers()).toContain(registry.get(def.aggregateOf));
    }
  });

  it('runs only the aggregates whose raw dataset is listed, withholds unsummarised personal data', () => {
    const defs = rawDefs().filter((def) => def.id !== 'road_safety');
    const patients = { ...defs[0], id: 'patients', file: 'p.csv', minGroupSize: 5 } as DatasetDef;
    const result = publishedDatasets(rawRegistry([...defs, patients]));
    expect(result.datasets.map((def) => def.id)).toEqual([
      'vaccination',
      'poverty',
      'complaints',
      'households',
      'households_cells',
      'complaints_security',
    ]);
    expect(result.withheld).toEqual(['patients']);
  });
});

describe('the committed public/data/manifest.json', () => {
  it('parses, lists the published set and no raw household file', () => {
    const path = join(DEFAULT_OPTIONS.outDir, 'manifest.json');
    const manifest = parseManifest(JSON.parse(readFileSync(path, 'utf8')), path);
    const households = manifest.datasets.find((def) => def.id === 'households');
    expect(households?.columns.map((c) => c.name)).not.toContain('household_id');
    const ids = new Set(manifest.datasets.map((def) => def.id));
    for (const def of manifest.datasets) {
      if (def.aggregateOf !== undefined) expect(ids.has(def.aggregateOf)).toBe(true);
    }
  });
});

describe('rawRegistry', () => {
  it('refuses a raw manifest that lists an aggregate or takes an aggregate id', () => {
    const defs = rawDefs();
    const vaccination = defs[0] as DatasetDef;
    const road = defs.find((def) => def.id === 'road_safety') as DatasetDef;
    expect(() =>
      rawRegistry([...defs, { ...vaccination, id: 'extra', aggregateOf: 'vaccination' }]),
    ).toThrow("'extra' is a published aggregate (aggregateOf 'vaccination')");
    expect(() => rawRegistry([...defs, { ...vaccination, id: 'road_safety_daily' }])).toThrow(
      "'road_safety_daily' is the id of the aggregate of 'road_safety'",
    );
    const cells = AGGREGATES.find((a) => a.id === 'households_cells') as AggregateDef;
    expect(() => aggregateEntry(road, cells)).toThrow("summarises 'households', not 'road_safety'");
  });
});
