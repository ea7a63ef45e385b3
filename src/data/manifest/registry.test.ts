import { describe, expect, it } from 'vitest';
import { DataFileError } from './json-fields';
import { DatasetRegistry, parseManifest } from './registry';
import { manifestJson } from '../testing/fixtures';
import { droughtEntryJson } from '../testing/indicator-fixtures';
import { publishedRegistry } from '../testing/published-fixtures';

type Json = Record<string, unknown>;

/** A fresh valid manifest with `change` applied to it. */
function changed(change: (manifest: Json, datasets: Json[]) => void): Json {
  const manifest = manifestJson();
  change(manifest, manifest.datasets as Json[]);
  return manifest;
}

/** The error `run` throws (fails the test if it throws nothing). */
function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

const roadSafety = (datasets: Json[]): Json => datasets[2] as Json;
const columnsOf = (dataset: Json): Json[] => dataset.columns as Json[];

describe('parseManifest', () => {
  it('accepts a valid manifest and keeps only the contract fields', () => {
    const manifest = parseManifest(manifestJson(), 'manifest.json');
    expect(manifest.datasets.map((d) => d.id)).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    expect(manifest.datasets[4]?.minGroupSize).toBe(10);
    expect(manifest.datasets[2]?.columns[10]).toEqual({
      name: 'festival',
      type: 'VARCHAR',
      nullable: true,
    });
    expect(Object.isFrozen(manifest.datasets[0]?.columns)).toBe(true);
  });

  it.each<[string, (manifest: Json, datasets: Json[]) => void, string]>([
    [
      'a month 13',
      (_, d) => (roadSafety(d).asOf = '2025-13-01'),
      "manifest.json: datasets[2] (road_safety): asOf '2025-13-01' is not an ISO date YYYY-MM-DD",
    ],
    [
      'a day that does not exist',
      (_, d) => (roadSafety(d).period = { from: '2025-02-30', to: '2025-03-01' }),
      "manifest.json: datasets[2] (road_safety): period: from '2025-02-30' is not an ISO date YYYY-MM-DD",
    ],
    [
      'a period running backwards',
      (_, d) => (roadSafety(d).period = { from: '2025-03-01', to: '2025-01-01' }),
      "manifest.json: datasets[2] (road_safety): period: from '2025-03-01' is after to '2025-01-01'; swap them",
    ],
    [
      'a duplicate id',
      (_, d) => (roadSafety(d).id = 'poverty'),
      "manifest.json: datasets[2] (poverty): id 'poverty' is used twice (first by datasets[1]); this entry is left out; give each dataset its own id",
    ],
    [
      'an unknown column type',
      (_, d) => ((columnsOf(roadSafety(d))[4] as Json).type = 'FLOAT'),
      "manifest.json: datasets[2] (road_safety): columns[4] (lon): type 'FLOAT' is not one of INTEGER, BIGINT, DOUBLE, VARCHAR, BOOLEAN, DATE, TIMESTAMP",
    ],
    [
      'an unknown format',
      (_, d) => (roadSafety(d).format = 'xlsx'),
      "manifest.json: datasets[2] (road_safety): format 'xlsx' is not one of parquet, csv",
    ],
    [
      'a missing licence',
      (_, d) => delete roadSafety(d).licence,
      "manifest.json: datasets[2] (road_safety): missing field 'licence' (the licence name, e.g. CC-BY-4.0)",
    ],
    [
      'a misspelt optional field',
      (_, d) => ((d[4] as Json).minGroupsize = 10),
      "manifest.json: datasets[4] (households): field 'minGroupsize' is misspelt; write 'minGroupSize'",
    ],
    [
      'an aggregate of a dataset the manifest does not list',
      (_, d) => ((d[2] as Json).aggregateOf = 'roads'),
      "manifest.json: datasets[2] (road_safety): aggregateOf 'roads' is not a usable dataset of the manifest; list that dataset or remove aggregateOf",
    ],
    [
      'an aggregate of an aggregate',
      (_, d) => {
        (d[2] as Json).aggregateOf = 'vaccination';
        (d[3] as Json).aggregateOf = 'road_safety';
      },
      "manifest.json: datasets[3] (complaints): aggregateOf 'road_safety' is itself an aggregate; name the dataset it summarises",
    ],
    [
      'an id that is not a table name',
      (_, d) => (roadSafety(d).id = 'Road Safety'),
      "manifest.json: datasets[2] (Road Safety): id 'Road Safety' must be lower-case letters, digits and single _ and start with a letter (it becomes a table name)",
    ],
    [
      'an id that could clash with a staging table',
      (_, d) => (roadSafety(d).id = 'vaccination__staging'),
      "manifest.json: datasets[2] (vaccination__staging): id 'vaccination__staging' must be lower-case letters, digits and single _ and start with a letter (it becomes a table name)",
    ],
    [
      'a title without English',
      (_, d) => (roadSafety(d).title = { th: 'อุบัติเหตุ' }),
      "manifest.json: datasets[2] (road_safety): title: missing field 'en' (the English text)",
    ],
    [
      'a column listed twice (DuckDB names ignore case)',
      (_, d) => ((columnsOf(roadSafety(d))[5] as Json).name = 'LON'),
      "manifest.json: datasets[2] (road_safety): columns[5] (LON): column 'LON' is listed twice; keep one",
    ],
    [
      'nullable given as a string',
      (_, d) => ((columnsOf(roadSafety(d))[0] as Json).nullable = 'no'),
      "manifest.json: datasets[2] (road_safety): columns[0] (incident_id): nullable must be true or false (may the column hold empty values?), found 'no'",
    ],
    [
      'a minGroupSize of 0',
      (_, d) => ((d[4] as Json).minGroupSize = 0),
      'manifest.json: datasets[4] (households): minGroupSize must be a whole number >= 2 (smallest group of records that may be shown), found 0',
    ],
    [
      'a file URL with another scheme',
      (_, d) => (roadSafety(d).file = 'file:///etc/passwd'),
      "manifest.json: datasets[2] (road_safety): file 'file:///etc/passwd' uses file:, which the app does not fetch; use a name relative to the manifest or an http(s) URL",
    ],
    [
      'a file path from the site root',
      (_, d) => (roadSafety(d).file = '/data/road_safety.parquet'),
      "manifest.json: datasets[2] (road_safety): file '/data/road_safety.parquet' starts with /, which breaks when the app is not at the root; use a name relative to the manifest or an http(s) URL",
    ],
    [
      'no columns',
      (_, d) => (roadSafety(d).columns = []),
      'manifest.json: datasets[2] (road_safety): columns is empty; list every column of the file',
    ],
    [
      'a dataset that is not an object',
      (_, d) => ((d as unknown[])[1] = 'poverty.parquet'),
      "manifest.json: datasets[1] must be a JSON object, found 'poverty.parquet'",
    ],
  ])('leaves out the entry with %s, keeping the others', (_, change, message) => {
    const manifest = parseManifest(changed(change), 'manifest.json');
    const named =
      /^manifest\.json: (datasets\[\d\]) \(([^)]*)\)|^manifest\.json: (datasets\[\d\])/.exec(
        message,
      );
    const entry = named?.[2] ?? named?.[3] ?? '';
    expect(manifest.leftOut).toEqual([{ entry, message }]);
    expect(manifest.datasets).toHaveLength(4);
  });

  it.each<[string, (manifest: Json, datasets: Json[]) => void, string]>([
    [
      'version 2',
      (m) => (m.version = 2),
      'manifest.json: version must be 1, found 2; this app reads version 1',
    ],
    [
      'a generatedAt without time zone',
      (m) => (m.generatedAt = '2024-01-22 08:00'),
      "manifest.json: generatedAt '2024-01-22 08:00' is not an ISO timestamp such as 2025-06-01T08:00:00Z",
    ],
    [
      'a preview of an unknown dataset',
      (m) => (m.preview = { dataset: 'weather', file: 'preview.json' }),
      "manifest.json: preview: dataset 'weather' is not in datasets (ids: vaccination, poverty, road_safety, complaints, households); use one of them",
    ],
    [
      'an empty dataset list',
      (m) => (m.datasets = []),
      'manifest.json: datasets is empty; list at least one data file',
    ],
  ])('rejects %s', (_, change, message) => {
    const error = errorOf(() => parseManifest(changed(change), 'manifest.json'));
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.message).toBe(message);
  });

  it('rejects what is not an object at all', () => {
    expect(() => parseManifest(null, 'manifest.json')).toThrow(
      'manifest.json: the file must be a JSON object, found null',
    );
    expect(() => parseManifest([], 'm.json')).toThrow(
      'm.json: the file must be a JSON object, found a list',
    );
  });

  it('is __proto__-safe: such keys are skipped, never followed, and pollute nothing', () => {
    const text = JSON.stringify(manifestJson()).replace(
      '"licence":"CC-BY-4.0"',
      '"licence":"CC-BY-4.0","__proto__":{"minGroupSize":1,"polluted":true}',
    );
    const manifest = parseManifest(JSON.parse(text), 'manifest.json');
    expect(manifest.ignoredFields).toEqual(['datasets[0] (vaccination): __proto__']);
    expect(manifest.datasets[0]?.minGroupSize).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read fields through the prototype chain', () => {
    const manifest = manifestJson();
    const inherited = Object.create({ licence: 'CC-BY-4.0' }) as Json;
    Object.assign(inherited, (manifest.datasets as Json[])[0]);
    delete inherited.licence;
    (manifest.datasets as Json[])[0] = inherited;
    expect(parseManifest(manifest, 'manifest.json').leftOut?.[0]?.message).toMatch(
      /missing field 'licence'/,
    );
  });

  it('loads the good entries of a manifest with one bad entry and a newer one among them', () => {
    const manifest = changed((m, d) => {
      m.kind = 'war-room';
      const drought = droughtEntryJson();
      // A field of a newer app inside a measure is skipped, like one on the entry.
      (drought.measures as Json[]).push({
        ...(drought.measures as Json[])[0],
        column: 'x',
        colour: 'red',
      });
      d.push(drought);
      (d[1] as Json).cadence = 'hourly';
      d.push({ ...d[3], id: 42 });
      d.push({ ...d[4] });
    });
    const parsed = parseManifest(manifest, 'manifest.json');
    expect(parsed.datasets.map((def) => def.id)).toEqual([
      'vaccination',
      'road_safety',
      'complaints',
      'households',
      'drought',
    ]);
    expect(parsed.leftOut).toEqual([
      {
        entry: 'poverty',
        message:
          "manifest.json: datasets[1] (poverty): cadence 'hourly' is not one of daily, weekly, monthly, yearly, once",
      },
      {
        entry: 'datasets[6]',
        message:
          'manifest.json: datasets[6]: id must be a non-empty string (the table name, e.g. road_safety), found 42',
      },
      {
        entry: 'households',
        message:
          "manifest.json: datasets[7] (households): id 'households' is used twice (first by datasets[4]); this entry is left out; give each dataset its own id",
      },
    ]);
    expect(parsed.ignoredFields).toEqual(['kind', 'datasets[5] (drought): measures[1]: colour']);
    expect(parsed.datasets[4]?.indicator?.measures.map((m) => m.column)).toEqual(['villages', 'x']);
  });

  it('refuses a manifest with no usable entry, naming why each was left out', () => {
    const manifest = changed((_, d) => d.splice(1, 4));
    ((manifest.datasets as Json[])[0] as Json).format = 'xlsx';
    expect(() => parseManifest(manifest, 'manifest.json')).toThrow(
      "manifest.json: no dataset entry is usable; fix at least one:\nmanifest.json: datasets[0] (vaccination): format 'xlsx' is not one of parquet, csv",
    );
  });
});

describe('DatasetRegistry', () => {
  const registry = new DatasetRegistry(parseManifest(manifestJson(), 'manifest.json'));

  it('looks datasets up by id', () => {
    expect(registry.has('road_safety')).toBe(true);
    expect(registry.has('__proto__')).toBe(false);
    expect(registry.get('households').minGroupSize).toBe(10);
    expect(registry.list()).toHaveLength(5);
    expect(() => registry.get('weather')).toThrow(
      "dataset 'weather' is not in the manifest (it lists: vaccination, poverty, road_safety, complaints, households)",
    );
  });

  it('hands out quoted table and column names from the schema only', () => {
    expect(registry.tableName('road_safety')).toBe('"road_safety"');
    expect(registry.column('road_safety', 'date')).toBe('"date"');
    expect(() => registry.column('road_safety', 'date"; DROP TABLE x; --')).toThrow(
      /dataset 'road_safety' has no column 'date"; DROP TABLE x; --' in the manifest \(it has: incident_id, /,
    );
  });
});

describe('published aggregates', () => {
  it('are tables for the builders, not layers', () => {
    const registry = publishedRegistry();
    expect(registry.get('road_safety_daily').aggregateOf).toBe('road_safety');
    expect(registry.layers().map((def) => def.id)).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'complaints',
      'households',
    ]);
    expect(registry.list().length).toBeGreaterThan(registry.layers().length);
  });
});
