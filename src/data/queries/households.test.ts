import { describe, expect, it } from 'vitest';
import { hexCellOf } from '../hexgrid';
import { DatasetRegistry, parseManifest } from '../registry';
import { TEST_ENGINES } from '../testing/engines';
import { manifestJson, testRegistry } from '../testing/fixtures';
import { HOUSEHOLD_CLUSTERS, householdsCsv } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  householdHexbins,
  householdsByProvince,
  householdsMinGroupSize,
  NO_FILTERS,
  type QueryFilters,
} from './index';

const registry = testRegistry();

/** A registry whose households dataset has `minGroupSize` (or none, for undefined). */
function registryWithMinGroupSize(minGroupSize: number | undefined): DatasetRegistry {
  const manifest = manifestJson('csv');
  const datasets = manifest.datasets as Record<string, unknown>[];
  const households = datasets.find((dataset) => dataset.id === 'households');
  if (!households) throw new Error('the test manifest has no households dataset');
  if (minGroupSize === undefined) delete households.minGroupSize;
  else households.minGroupSize = minGroupSize;
  return new DatasetRegistry(parseManifest(manifest, 'manifest.json'));
}

/** The 5 km cell of a fixture cluster (all its households share it). */
function clusterCell(index: number): { q: number; r: number } {
  const cluster = HOUSEHOLD_CLUSTERS[index];
  if (!cluster) throw new Error(`no household cluster ${index}`);
  return hexCellOf(cluster.lon, cluster.lat, 5);
}

const FILTER_CASES: readonly QueryFilters[] = [
  NO_FILTERS,
  { provinceCodes: [10], from: null, to: null },
  { provinceCodes: [90], from: null, to: null },
  { provinceCodes: [50, 90], from: null, to: null },
  { provinceCodes: [], from: null, to: null },
  { provinceCodes: null, from: '2021-10-01', to: '2021-10-01' },
  { provinceCodes: null, from: '2021-10-15', to: null },
];
const CELL_SIZES_KM = [0.001, 0.01, 1, 5, 25, 200, 5000];

describe('households k', () => {
  it('comes from the manifest, 10 when it gives none', () => {
    expect(householdsMinGroupSize(registry)).toBe(10);
    expect(householdsMinGroupSize(registryWithMinGroupSize(25))).toBe(25);
    expect(householdsMinGroupSize(registryWithMinGroupSize(undefined))).toBe(10);
  });
});

describe.each(TEST_ENGINES)('households builders on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { households: householdsCsv() });

  it('householdsByProvince: groups of 11 and 10 shown, the group of 9 never', async () => {
    expect(await db.rows(householdsByProvince(registry, NO_FILTERS))).toEqual([
      { province_code: 10, households: 11, members: 33, members_vaccinated: 22 },
      { province_code: 50, households: 10, members: 40, members_vaccinated: 30 },
    ]);
    const songkhla = { provinceCodes: [90], from: null, to: null };
    expect(await db.rows(householdsByProvince(registry, songkhla))).toEqual([]);
  });

  it('householdsByProvince: a date range that shrinks a group below k hides it', async () => {
    // Bangkok: 6 households on 10-01 and 5 on 10-15; Chiang Mai: all 10 on 10-01.
    const firstDay = { provinceCodes: null, from: '2021-10-01', to: '2021-10-01' };
    expect(await db.rows(householdsByProvince(registry, firstDay))).toEqual([
      { province_code: 50, households: 10, members: 40, members_vaccinated: 30 },
    ]);
    const later = { provinceCodes: null, from: '2021-10-02', to: null };
    expect(await db.rows(householdsByProvince(registry, later))).toEqual([]);
  });

  it('householdsByProvince: k follows the manifest', async () => {
    const strict = householdsByProvince(registryWithMinGroupSize(11), NO_FILTERS);
    expect((await db.rows(strict)).map((row) => row.households)).toEqual([11]);
    const lax = householdsByProvince(registryWithMinGroupSize(9), NO_FILTERS);
    expect((await db.rows(lax)).map((row) => row.households)).toEqual([11, 10, 9]);
    const unset = householdsByProvince(registryWithMinGroupSize(undefined), NO_FILTERS);
    expect((await db.rows(unset)).map((row) => row.households)).toEqual([11, 10]);
  });

  it('householdHexbins: cells of the shared grid, groups below k hidden', async () => {
    const chiangMai = clusterCell(1);
    const bangkok = clusterCell(0);
    expect(await db.rows(householdHexbins(registry, NO_FILTERS, { cellKm: 5 }))).toEqual([
      { ...chiangMai, households: 10, members: 40, members_vaccinated: 30 },
      { ...bangkok, households: 11, members: 33, members_vaccinated: 22 },
    ]);
    const table = await db.table(householdHexbins(registry, NO_FILTERS, { cellKm: 5 }));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'q:Int32',
      'r:Int32',
      'households:Int32',
      'members:Int32',
      'members_vaccinated:Int32',
    ]);
  });

  it('householdHexbins: cells too small for k households return nothing', async () => {
    // Households are ~15 m apart: at 1 m every household is alone in its cell.
    expect(await db.rows(householdHexbins(registry, NO_FILTERS, { cellKm: 0.001 }))).toEqual([]);
    const firstDay = { provinceCodes: [10], from: '2021-10-01', to: '2021-10-01' };
    expect(await db.rows(householdHexbins(registry, firstDay, { cellKm: 5 }))).toEqual([]);
  });

  it('no households builder returns a group below k, for any filter or cell size', async () => {
    for (const k of [10, 11]) {
      const kRegistry = registryWithMinGroupSize(k);
      for (const filters of FILTER_CASES) {
        const results = [await db.rows(householdsByProvince(kRegistry, filters))];
        for (const cellKm of CELL_SIZES_KM) {
          results.push(await db.rows(householdHexbins(kRegistry, filters, { cellKm })));
        }
        for (const row of results.flat()) {
          expect(row.households).toBeGreaterThanOrEqual(k);
          expect(Object.keys(row)).not.toContain('lon');
          expect(Object.keys(row)).not.toContain('household_id');
        }
      }
    }
  });
});
