/**
 * indicatorByProvinceWithin: an indicator's values per province kept to the provinces whose value
 * of a measure (maybe another one) passes the analyst's threshold on the same day.
 */
import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { droughtEntryJson, registryWithEntries } from '../testing/indicator-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import { indicatorByProvinceWithin } from './indicator';

type Json = Record<string, unknown>;

/** Drought with two measures: villages (a sum) and the share of villages (a ratio × 100). */
function droughtEntry(): Json {
  const entry = droughtEntryJson();
  const [villages] = entry.measures as Json[];
  const share = {
    ...villages,
    column: 'share',
    aggregate: 'ratio',
    numerator: 'villages',
    denominator: 'villages_total',
    scale: 100,
  };
  return { ...entry, measures: [villages, share] };
}

const registry = registryWithEntries([droughtEntry()]);

/** February is the newest month: Bangkok 0 of 0, Khon Kaen 30 of 100, Chiang Mai 8 of 10. */
const DROUGHT_CSV = `province_code,month,villages,villages_total
10,2026-01-01,50,0
40,2026-01-01,1,100
10,2026-02-01,0,0
40,2026-02-01,30,100
50,2026-02-01,8,10
`;

const OPEN = { from: null, to: null };

describe('indicatorByProvinceWithin', () => {
  it('sends the value as a parameter and names an unknown measure', () => {
    const q = indicatorByProvinceWithin(registry, 'drought', 'villages', OPEN, null, {
      measure: 'share',
      op: 'ge',
      value: 12.345,
    });
    expect(q.params).toContain(12.345);
    expect(q.sql).not.toContain('12.345');
    expect(() =>
      indicatorByProvinceWithin(registry, 'drought', 'villages', OPEN, null, {
        measure: 'rain',
        op: 'ge',
        value: 1,
      }),
    ).toThrow("indicator 'drought' has no measure 'rain' (it has: villages, share)");
  });
});

describe.each(TEST_ENGINES)('indicatorByProvinceWithin on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { drought: DROUGHT_CSV }, undefined, registry);

  it('keeps the provinces that pass, on the newest day, by the same or another measure', async () => {
    const within = (measure: string, threshold: Parameters<typeof indicatorByProvinceWithin>[5]) =>
      db.rows(indicatorByProvinceWithin(registry, 'drought', measure, OPEN, null, threshold));
    expect(await within('villages', null)).toEqual([
      { province_code: 10, value: 0, day: '2026-02-01' },
      { province_code: 40, value: 30, day: '2026-02-01' },
      { province_code: 50, value: 8, day: '2026-02-01' },
    ]);
    // Villages at least 10 in February: Bangkok's 50 in January does not count.
    expect(await within('villages', { measure: 'villages', op: 'ge', value: 10 })).toEqual([
      { province_code: 40, value: 30, day: '2026-02-01' },
    ]);
    // Shown: villages; compared: the share over 50 %. Bangkok has no share (0 of 0): left out.
    expect(await within('villages', { measure: 'share', op: 'gt', value: 50 })).toEqual([
      { province_code: 50, value: 8, day: '2026-02-01' },
    ]);
    // Bangkok passes (0 villages) but has no share to show: its row stays, without a value.
    expect(await within('share', { measure: 'villages', op: 'lt', value: 10 })).toEqual([
      { province_code: 10, value: null, day: '2026-02-01' },
      { province_code: 50, value: 80, day: '2026-02-01' },
    ]);
  });
});
