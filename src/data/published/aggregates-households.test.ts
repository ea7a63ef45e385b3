import { describe, expect, it } from 'vitest';
import { aggregateDef, HOUSEHOLD_CELL_KM } from './aggregates';
import { hexCellOf } from './hexgrid';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { householdsCsv, type HouseholdCluster } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';

const raw = testRegistry();

/** `households` households of province `code` around one point (one hexagon). */
function cluster(code: number, lon: number, lat: number, households: number): HouseholdCluster {
  return { provinceCode: code, lon, lat, households, members: 2, membersVaccinated: 1, early: 0 };
}

/**
 * Province 30: cells of 20 and 12 and a cell of 3 (under k, dropped): 3 hidden households would
 * be its total minus its cells, so the cell of 12 is withheld too (15 hidden).
 * Province 40: cells of 15 and 11, nothing hidden: both published.
 * Province 50: a cell of 25 and cells of 4 and 4 (dropped): 8 hidden, so the only cell goes.
 */
const CLUSTERS = [
  cluster(30, 102.1, 14.97, 20),
  cluster(30, 101.2, 15.5, 12),
  cluster(30, 102.6, 14.4, 3),
  cluster(40, 102.8, 16.4, 15),
  cluster(40, 103.5, 16.9, 11),
  cluster(50, 98.98, 18.79, 25),
  cluster(50, 98.2, 18.1, 4),
  cluster(50, 99.5, 19.5, 4),
];

describe.each(TEST_ENGINES)(
  'households_cells with complementary suppression on %s',
  (_, create) => {
    const db = engineWithCsvTables(create, { households: householdsCsv(CLUSTERS) });

    it('withholds the smallest cells until a province hides 0 or at least k households', async () => {
      const cells = await db.rows(aggregateDef('households_cells').build(raw));
      const key = (c: HouseholdCluster) => {
        const { q, r } = hexCellOf(c.lon, c.lat, HOUSEHOLD_CELL_KM);
        return `${c.provinceCode}:${q}:${r}:${c.households}`;
      };
      const published = [CLUSTERS[0], CLUSTERS[3], CLUSTERS[4]].map((c) =>
        key(c as HouseholdCluster),
      );
      expect(
        cells.map((row) => [row.province_code, row.q, row.r, row.households].map(String).join(':')),
      ).toEqual(expect.arrayContaining(published));
      expect(cells).toHaveLength(published.length);

      const totals = await db.rows(aggregateDef('households').build(raw));
      for (const total of totals) {
        const shown = cells
          .filter((row) => row.province_code === total.province_code)
          .reduce((sum, row) => sum + Number(row.households), 0);
        const hidden = Number(total.households) - shown;
        expect(hidden === 0 || hidden >= 10, `province ${String(total.province_code)}`).toBe(true);
      }
    });
  },
);
