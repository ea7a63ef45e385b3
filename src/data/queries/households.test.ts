import { describe, expect, it } from 'vitest';
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import { TEST_ENGINES } from '../testing/engines';
import { publishedManifestJson, publishedRegistry } from '../testing/published-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  householdHexbins,
  householdsByProvince,
  householdsMinGroupSize,
  KNOWN_PROVINCE_CODES,
} from './index';

const registry = publishedRegistry();

/** A published registry whose households dataset has `minGroupSize` (or none, for undefined). */
function registryWithMinGroupSize(minGroupSize: number | undefined): DatasetRegistry {
  const manifest = publishedManifestJson();
  const datasets = manifest.datasets as Record<string, unknown>[];
  const households = datasets.find((dataset) => dataset.id === 'households');
  if (!households) throw new Error('the test manifest has no households dataset');
  if (minGroupSize === undefined) delete households.minGroupSize;
  else households.minGroupSize = minGroupSize;
  return new DatasetRegistry(parseManifest(manifest, 'manifest.json'));
}

/**
 * Published tables as a hand-made (or tampered) file could hold them: groups of 11, 10 and 9
 * households (k = 10: one above, one at, one below).
 */
const PROVINCES_CSV = `province_code,households,members,members_vaccinated
10,11,33,22
50,10,40,30
90,9,27,9
`;
const CELLS_CSV = `province_code,q,r,households,members,members_vaccinated
10,-3,4,11,33,22
50,1,2,10,40,30
90,5,6,9,27,9
10,7,7,10,20,10
11,7,7,12,24,12
`;

describe('households k', () => {
  it('comes from the manifest, 10 when it gives none', () => {
    expect(householdsMinGroupSize(registry)).toBe(10);
    expect(householdsMinGroupSize(registryWithMinGroupSize(25))).toBe(25);
    expect(householdsMinGroupSize(registryWithMinGroupSize(undefined))).toBe(10);
  });

  it('province codes travel as integer parameters', () => {
    const q = householdsByProvince(registry, [10, 50]);
    // k, the filter's codes, then the 77 known codes every per-province figure keeps to.
    expect(q.params).toEqual([10, 10, 50, ...KNOWN_PROVINCE_CODES]);
    expect(q.sql).not.toMatch(/\b50\b/);
    expect(() => householdsByProvince(registry, [1.5])).toThrow('is not a province code');
  });
});

describe.each(TEST_ENGINES)('households builders on %s', (_, createEngine) => {
  const db = engineWithCsvTables(
    createEngine,
    { households: PROVINCES_CSV, households_cells: CELLS_CSV },
    undefined,
    registry,
  );

  it('householdsByProvince: groups of 11 and 10 shown, the group of 9 never', async () => {
    expect(await db.rows(householdsByProvince(registry))).toEqual([
      { province_code: 10, households: 11, members: 33, members_vaccinated: 22 },
      { province_code: 50, households: 10, members: 40, members_vaccinated: 30 },
    ]);
    expect(await db.rows(householdsByProvince(registry, [90]))).toEqual([]);
    expect(await db.rows(householdsByProvince(registry, []))).toEqual([]);
  });

  it('householdHexbins: cells of at least k, the parts of a border cell added up, Int32 columns', async () => {
    expect(await db.rows(householdHexbins(registry))).toEqual([
      { q: -3, r: 4, households: 11, members: 33, members_vaccinated: 22 },
      { q: 1, r: 2, households: 10, members: 40, members_vaccinated: 30 },
      { q: 7, r: 7, households: 22, members: 44, members_vaccinated: 22 },
    ]);
    const table = await db.table(householdHexbins(registry));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'q:Int32',
      'r:Int32',
      'households:Int32',
      'members:Int32',
      'members_vaccinated:Int32',
    ]);
  });

  it('no households builder returns a group below k, whatever the manifest says k is', async () => {
    for (const k of [undefined, 10, 11]) {
      const kRegistry = registryWithMinGroupSize(k);
      const results = [
        ...(await db.rows(householdsByProvince(kRegistry))),
        ...(await db.rows(householdHexbins(kRegistry))),
      ];
      expect(results.length).toBeGreaterThan(0);
      for (const row of results) expect(row.households).toBeGreaterThanOrEqual(k ?? 10);
    }
  });
});
