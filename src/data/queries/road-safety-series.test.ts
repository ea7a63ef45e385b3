import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { ROAD_INCIDENTS_CSV } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import { NO_FILTERS, roadSafetyDaily, roadSafetyFestivalDays } from './index';

const registry = testRegistry();
const zero = { crashes: 0, deaths: 0, injuries: 0 };

/** The 7 rows of one window: `days` maps a day number to its counts, other days are zero. */
function windowRows(
  festival: string,
  festivalStart: string,
  days: Record<number, { crashes: number; deaths: number; injuries: number }>,
) {
  return [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    festival,
    festival_start: festivalStart,
    festival_day: day,
    ...(days[day] ?? zero),
  }));
}

const NEW_YEAR_ALL = windowRows('newyear', '2023-12-30', {
  1: { crashes: 2, deaths: 1, injuries: 2 },
  3: { crashes: 1, deaths: 2, injuries: 1 },
  7: { crashes: 1, deaths: 0, injuries: 1 },
});
const SONGKRAN_ALL = windowRows('songkran', '2024-04-11', {
  1: { crashes: 1, deaths: 0, injuries: 1 },
  3: { crashes: 1, deaths: 1, injuries: 4 },
});

describe.each(TEST_ENGINES)('road safety series on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { road_safety: ROAD_INCIDENTS_CSV });

  it('roadSafetyDaily: every day of the data, zero-filled, oldest first', async () => {
    const rows = await db.rows(roadSafetyDaily(registry, NO_FILTERS));
    // 2023-12-30..2024-04-13: 2 + 31 + 29 (leap year) + 31 + 13 days.
    expect(rows).toHaveLength(106);
    expect(rows[0]).toEqual({ date: '2023-12-30', crashes: 2, deaths: 1, injuries: 2 });
    expect(rows[1]).toEqual({ date: '2023-12-31', ...zero });
    expect(rows[105]).toEqual({ date: '2024-04-13', crashes: 1, deaths: 1, injuries: 4 });
    expect(rows.reduce((sum, row) => sum + (row.crashes as number), 0)).toBe(8);
    const table = await db.table(roadSafetyDaily(registry, NO_FILTERS));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'date:Date32<DAY>',
      'crashes:Int32',
      'deaths:Int32',
      'injuries:Int32',
    ]);
  });

  it('roadSafetyDaily: a range reaching past the data is clamped to it, edges inclusive', async () => {
    const range = { provinceCodes: null, from: '2023-12-01', to: '2024-01-10' };
    expect(await db.rows(roadSafetyDaily(registry, range))).toEqual([
      { date: '2023-12-30', crashes: 2, deaths: 1, injuries: 2 },
      { date: '2023-12-31', ...zero },
      { date: '2024-01-01', crashes: 1, deaths: 2, injuries: 1 },
      { date: '2024-01-02', ...zero },
      { date: '2024-01-03', ...zero },
      { date: '2024-01-04', ...zero },
      { date: '2024-01-05', crashes: 1, deaths: 0, injuries: 1 },
      { date: '2024-01-06', crashes: 1, deaths: 0, injuries: 0 },
      { date: '2024-01-07', ...zero },
      { date: '2024-01-08', ...zero },
      { date: '2024-01-09', crashes: 1, deaths: 1, injuries: 3 },
      { date: '2024-01-10', ...zero },
    ]);
    const edges = { provinceCodes: null, from: '2024-01-05', to: '2024-01-06' };
    expect((await db.rows(roadSafetyDaily(registry, edges))).map((r) => r.crashes)).toEqual([1, 1]);
  });

  it('roadSafetyDaily: provinces filter the counts, not the days', async () => {
    const songkhla = { provinceCodes: [90], from: '2023-12-30', to: '2024-01-06' };
    expect((await db.rows(roadSafetyDaily(registry, songkhla))).map((r) => r.crashes)).toEqual([
      0, 0, 0, 0, 0, 0, 1, 0,
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(roadSafetyDaily(registry, none))).toEqual([]);
    const outside = { provinceCodes: null, from: '2025-01-01', to: null };
    expect(await db.rows(roadSafetyDaily(registry, outside))).toEqual([]);
  });

  it('roadSafetyFestivalDays: 7 zero-filled days per window', async () => {
    expect(await db.rows(roadSafetyFestivalDays(registry, NO_FILTERS))).toEqual([
      ...NEW_YEAR_ALL,
      ...SONGKRAN_ALL,
    ]);
    const table = await db.table(roadSafetyFestivalDays(registry, NO_FILTERS));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'festival:Utf8',
      'festival_start:Date32<DAY>',
      'festival_day:Int32',
      'crashes:Int32',
      'deaths:Int32',
      'injuries:Int32',
    ]);
  });

  it('roadSafetyFestivalDays: provinces filter incidents, every window stays', async () => {
    const bangkok = { provinceCodes: [10], from: null, to: null };
    expect(await db.rows(roadSafetyFestivalDays(registry, bangkok))).toEqual([
      ...windowRows('newyear', '2023-12-30', {
        1: { crashes: 1, deaths: 1, injuries: 0 },
        3: { crashes: 1, deaths: 2, injuries: 1 },
      }),
      ...windowRows('songkran', '2024-04-11', {}),
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(roadSafetyFestivalDays(registry, none))).toEqual([]);
  });

  it('roadSafetyFestivalDays: a window touching the range on its last or first day counts in full', async () => {
    const days = (from: string | null, to: string | null) =>
      db.rows(roadSafetyFestivalDays(registry, { provinceCodes: null, from, to }));
    expect(await days('2024-01-05', '2024-01-05')).toEqual(NEW_YEAR_ALL);
    expect(await days('2024-01-06', '2024-04-10')).toEqual([]);
    expect(await days(null, '2023-12-30')).toEqual(NEW_YEAR_ALL);
    expect(await days(null, '2023-12-29')).toEqual([]);
    expect(await days('2024-04-11', null)).toEqual(SONGKRAN_ALL);
  });
});
