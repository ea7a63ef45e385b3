import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { GEOGRAPHY_FILES, repoPath } from './paths';

const csvPath = GEOGRAPHY_FILES.provincesCsv;

/**
 * Reads the numeric province codes (column `code`) from `data/provinces.csv`, sorted ascending.
 * Throws if a code is missing, not an integer, or repeated.
 */
export function readProvinceCodes(): number[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(repoPath(csvPath), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`${csvPath}: cannot parse CSV (${first?.message ?? 'unknown error'})`);
  }
  const codes = parsed.data.map((row, index) => {
    const code = Number(row.code);
    if (!Number.isInteger(code)) {
      throw new Error(`${csvPath}: row ${index + 2} has no integer code (got "${row.code ?? ''}")`);
    }
    return code;
  });
  if (new Set(codes).size !== codes.length) throw new Error(`${csvPath}: duplicate province code`);
  return codes.sort((a, b) => a - b);
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
