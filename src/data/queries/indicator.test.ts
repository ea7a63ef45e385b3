import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { droughtEntryJson, registryWithEntries } from '../testing/indicator-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  indicatorByProvince,
  indicatorQuality,
  indicatorSeries,
  isIndicator,
  KNOWN_PROVINCE_CODES,
} from './index';

type Json = Record<string, unknown>;

/** A snapshot (no date key) by province name, with one measure per kind of aggregate. */
function wellbeingEntryJson(): Json {
  const drought = droughtEntryJson();
  const measure = (drought.measures as Json[])[0] as Json;
  return {
    ...drought,
    id: 'wellbeing',
    asOf: '2025-12-31',
    period: { from: '2025-01-01', to: '2025-12-31' },
    file: 'wellbeing.csv',
    keys: { province: 'province' },
    measures: [
      { ...measure, column: 'score', aggregate: 'mean', better: 'higher' },
      { ...measure, column: 'share', aggregate: 'weighted', weight: 'households' },
      {
        ...measure,
        column: 'rate',
        aggregate: 'ratio',
        numerator: 'affected',
        denominator: 'households',
        scale: 100,
      },
    ],
  };
}

const registry = registryWithEntries([droughtEntryJson(), wellbeingEntryJson()]);

/**
 * Bangkok (10) and Khon Kaen (40) by code, Chiang Mai (50) by its English and Thai names (two
 * rows in February, summed), Phuket (83) alone in the newest month; an unknown code, an unknown
 * name and a row without a date, all left out.
 */
const DROUGHT_CSV = `province_code,month,villages
10,2026-01-01,5
50,2026-01-01,2
10,2026-02-01,6
Chiang Mai,2026-02-01,3
เชียงใหม่,2026-02-01,1
40,2026-02-01,10
99,2026-02-01,100
Atlantis,2026-02-01,100
83,2026-03-01,7
40,,9
`;

/** Bangkok in two spellings (two rows), Chiang Mai, and a name of no province. */
const WELLBEING_CSV = `province,score,share,households,affected
Bangkok,10,0.25,100,10
กรุงเทพฯ,20,0.125,300,30
Chiang Mai,40,0.75,100,50
Nowhere,1000,1,1000,1000
`;

const OPEN = { from: null, to: null };

describe('indicator builders', () => {
  it('know indicators, and name an unknown dataset or measure', () => {
    expect(isIndicator(registry.get('drought'))).toBe(true);
    expect(isIndicator(registry.get('poverty'))).toBe(false);
    expect(() => indicatorByProvince(registry, 'poverty', 'x', OPEN, null)).toThrow(
      "dataset 'poverty' is not an indicator",
    );
    expect(() => indicatorSeries(registry, 'floods', 'villages', OPEN, null)).toThrow(
      "dataset 'floods' is not in the manifest",
    );
    expect(() => indicatorByProvince(registry, 'drought', 'wells', OPEN, null)).toThrow(
      "indicator 'drought' has no measure 'wells' (it has: villages)",
    );
  });

  it('send dates and province codes as parameters only', () => {
    const q = indicatorByProvince(
      registry,
      'drought',
      'villages',
      { from: '2026-01-01', to: null },
      [50],
    );
    expect(q.params).toEqual([...KNOWN_PROVINCE_CODES, '2026-01-01', 50]);
    expect(q.sql).not.toContain('2026');
    expect(() =>
      indicatorSeries(registry, 'drought', 'villages', { from: '2026-13-01', to: null }, null),
    ).toThrow('from "2026-13-01" is not an ISO date YYYY-MM-DD');
    expect(() => indicatorSeries(registry, 'drought', 'villages', OPEN, [1.5])).toThrow(
      'is not a province code',
    );
  });
});

describe.each(TEST_ENGINES)('indicator datasets on %s', (_, createEngine) => {
  const db = engineWithCsvTables(
    createEngine,
    { drought: DROUGHT_CSV, wellbeing: WELLBEING_CSV },
    undefined,
    registry,
  );
  const byProvince = (
    id: string,
    measure: string,
    range: { from: string | null; to: string | null },
    codes: number[] | null = null,
  ) => db.rows(indicatorByProvince(registry, id, measure, range, codes));
  const series = (
    id: string,
    measure: string,
    range: { from: string | null; to: string | null },
    codes: number[] | null = null,
  ) => db.rows(indicatorSeries(registry, id, measure, range, codes));

  it('give every province its value at the newest date in range, the same for all', async () => {
    expect(await byProvince('drought', 'villages', OPEN)).toEqual([
      { province_code: 83, value: 7, day: '2026-03-01' },
    ]);
    expect(await byProvince('drought', 'villages', { from: null, to: '2026-02-28' })).toEqual([
      { province_code: 10, value: 6, day: '2026-02-01' },
      { province_code: 40, value: 10, day: '2026-02-01' },
      { province_code: 50, value: 4, day: '2026-02-01' },
    ]);
    expect(
      await byProvince('drought', 'villages', { from: '2026-01-01', to: '2026-01-01' }),
    ).toEqual([
      { province_code: 10, value: 5, day: '2026-01-01' },
      { province_code: 50, value: 2, day: '2026-01-01' },
    ]);
    expect(
      await byProvince('drought', 'villages', { from: '2026-02-02', to: '2026-02-28' }),
    ).toEqual([]);
  });

  it('keep the newest date of the dataset when a selection lacks it', async () => {
    // Phuket alone has March: selecting Bangkok gives no row, not Bangkok's February.
    expect(await byProvince('drought', 'villages', OPEN, [10])).toEqual([]);
    expect(
      await byProvince('drought', 'villages', { from: null, to: '2026-02-01' }, [50, 83]),
    ).toEqual([{ province_code: 50, value: 4, day: '2026-02-01' }]);
    expect(await byProvince('drought', 'villages', OPEN, [])).toEqual([]);
  });

  it('sum a series over provinces, counting the provinces with a value', async () => {
    expect(await series('drought', 'villages', OPEN)).toEqual([
      { day: '2026-01-01', value: 7, provinces: 2 },
      { day: '2026-02-01', value: 20, provinces: 3 },
      { day: '2026-03-01', value: 7, provinces: 1 },
    ]);
    expect(
      await series('drought', 'villages', { from: '2026-02-01', to: '2026-02-01' }, [10, 50]),
    ).toEqual([{ day: '2026-02-01', value: 10, provinces: 2 }]);
  });

  it('turn province names into codes at load and count the rows left out', async () => {
    expect(
      await db.rows({ sql: 'SELECT DISTINCT province_code FROM drought ORDER BY 1', params: [] }),
    ).toEqual([
      { province_code: 10 },
      { province_code: 40 },
      { province_code: 50 },
      { province_code: 83 },
      { province_code: null },
    ]);
    expect(await db.rows(indicatorQuality(registry, 'drought'))).toEqual([
      { total_rows: 10, unknown_province: 2, no_date: 1 },
    ]);
    expect(await db.rows(indicatorQuality(registry, 'wellbeing'))).toEqual([
      { total_rows: 4, unknown_province: 1, no_date: 0 },
    ]);
  });

  it('aggregate a snapshot by mean, weighted mean and ratio × scale, per province', async () => {
    expect(await byProvince('wellbeing', 'score', OPEN)).toEqual([
      { province_code: 10, value: 15, day: null },
      { province_code: 50, value: 40, day: null },
    ]);
    // Bangkok: (0.25 × 100 + 0.125 × 300) / 400.
    expect(await byProvince('wellbeing', 'share', OPEN)).toEqual([
      { province_code: 10, value: 0.15625, day: null },
      { province_code: 50, value: 0.75, day: null },
    ]);
    expect(await byProvince('wellbeing', 'rate', OPEN)).toEqual([
      { province_code: 10, value: 10, day: null },
      { province_code: 50, value: 50, day: null },
    ]);
  });

  it('give a snapshot one series row at its asOf, whatever the range', async () => {
    const range = { from: '2030-01-01', to: null };
    expect(await series('wellbeing', 'score', range)).toEqual([
      { day: '2025-12-31', value: 27.5, provinces: 2 },
    ]);
    expect(await series('wellbeing', 'share', OPEN)).toEqual([
      { day: '2025-12-31', value: 0.275, provinces: 2 },
    ]);
    expect(await series('wellbeing', 'rate', OPEN)).toEqual([
      { day: '2025-12-31', value: 18, provinces: 2 },
    ]);
    expect(await series('wellbeing', 'rate', OPEN, [50])).toEqual([
      { day: '2025-12-31', value: 50, provinces: 1 },
    ]);
  });
});
