/**
 * The ingest context of tests: the app's province reference and DOPA population, and a fixed
 * "today" so a date after 2026-12-07 counts as in the future.
 */
import { POPULATION_BY_CODE } from '../../places/population';
import { PROVINCES, normaliseProvince } from '../../places/provinces';
import { DOPA_2020_SOURCE, type IngestContext, type SourceFile } from '../ingest-types';

export const TEST_TODAY = '2026-12-07';

export function testContext(overrides: Partial<IngestContext> = {}): IngestContext {
  return {
    normalise: normaliseProvince,
    provinces: PROVINCES,
    population: POPULATION_BY_CODE,
    populationSource: DOPA_2020_SOURCE,
    today: TEST_TODAY,
    ...overrides,
  };
}

/** A source file from text (UTF-8, optionally with a BOM). */
export function textFile(name: string, text: string, bom = false): SourceFile {
  const bytes = new TextEncoder().encode(text);
  if (!bom) return { name, bytes };
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  return { name, bytes: withBom };
}
