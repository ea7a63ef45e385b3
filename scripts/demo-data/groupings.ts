/**
 * public/data/groupings.json: the shipped groupings (src/data/places/groupings-seed.ts) built from the
 * committed province and region tables, as the app reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupingsJson } from '../../src/data/places/groupings';
import { seedGroupings } from '../../src/data/places/groupings-seed';
import { parseProvinceTable, parseRegionTable } from '../../src/data/places/province-table';

/** The file's name in the output directory, next to manifest.json. */
export const GROUPINGS_FILE = 'groupings.json';

/** The groupings file's bytes for the tables in `dataDir` (data/provinces.csv, data/regions.csv). */
export function groupingsBytes(dataDir: string): Uint8Array {
  const provinces = parseProvinceTable(readFileSync(join(dataDir, 'provinces.csv'), 'utf8'));
  const regions = parseRegionTable(readFileSync(join(dataDir, 'regions.csv'), 'utf8'));
  const json = groupingsJson(seedGroupings(provinces, regions));
  return new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
}
