import { readFileSync } from 'node:fs';
import { parseProvinceTable } from '../../src/data/places/province-table';
import { GEOGRAPHY_FILES, repoPath } from './paths';

const csvPath = GEOGRAPHY_FILES.provincesCsv;

/** Reads the numeric province codes from `data/provinces.csv` (validated), sorted ascending. */
export function readProvinceCodes(): number[] {
  const table = parseProvinceTable(readFileSync(repoPath(csvPath), 'utf8'));
  return table.map((province) => province.code).sort((a, b) => a - b);
}

/**
 * Throws a readable error unless `actualCodes` holds exactly the codes of `expectedCodes`
 * (no duplicates, nothing missing, nothing extra).
 */
export function assertSameProvinceCodes(
  actualCodes: readonly number[],
  expectedCodes: readonly number[],
  sourceName: string,
): void {
  const actual = new Set(actualCodes);
  const expected = new Set(expectedCodes);
  const missing = [...expected].filter((code) => !actual.has(code)).sort((a, b) => a - b);
  const extra = [...actual].filter((code) => !expected.has(code)).sort((a, b) => a - b);
  const duplicated = actualCodes.length !== actual.size;
  if (missing.length === 0 && extra.length === 0 && !duplicated) return;
  const problems = [
    missing.length > 0 ? `missing codes ${missing.join(', ')}` : '',
    extra.length > 0 ? `unexpected codes ${extra.join(', ')}` : '',
    duplicated ? 'some codes appear more than once' : '',
  ].filter((problem) => problem !== '');
  throw new Error(
    `${sourceName} does not match the ${expected.size} provinces of ${csvPath}: ${problems.join('; ')}`,
  );
}
