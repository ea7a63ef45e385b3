import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { initialAppState, type AppState } from '../app/app-state';
import {
  formatCountChange,
  lastPoints,
  provinceTrends,
  TREND_WEEKS,
  weeklySums,
} from './province-trend';
import { DEFAULT_URL_STATE } from '../url/url-state';
import { addDays } from '../queries/view-filters';
import { QUERY_KEYS } from '../queries/view-queries';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** `count` consecutive days from `first`, each with `value(i)`. */
function days(first: string, count: number, value: (i: number) => number) {
  return Array.from({ length: count }, (_, i) => ({ to: addDays(first, i), value: value(i) }));
}

describe('weeklySums', () => {
  it('sums weeks that end on the last day and drops a partial first week', () => {
    const daily = days('2025-01-01', 16, () => 1);
    daily[15] = { to: '2025-01-16', value: 8 };
    expect(weeklySums(daily)).toEqual([
      { to: '2025-01-09', value: 7 },
      { to: '2025-01-16', value: 14 },
    ]);
  });

  it('is empty for less than a week', () => {
    expect(weeklySums(days('2025-01-01', 6, () => 1))).toEqual([]);
  });
});

describe('lastPoints', () => {
  const points = days('2025-01-01', 10, (i) => i);
  it('keeps the newest points on or before the end date', () => {
    expect(lastPoints(points, '2025-01-05', 3).map((p) => p.value)).toEqual([2, 3, 4]);
    expect(lastPoints(points, null, 2).map((p) => p.value)).toEqual([8, 9]);
    expect(lastPoints(points, '2024-12-31', 3)).toEqual([]);
  });
});

describe('formatCountChange', () => {
  it('writes a signed whole number with a real minus sign', () => {
    expect(formatCountChange(3, 'th')).toBe('+3');
    expect(formatCountChange(-1200, 'en')).toBe('−1,200');
    expect(formatCountChange(0, 'th')).toBe('0');
  });
});

const COMPLAINTS_DEF = { id: 'complaints', asOf: '2025-12-31' } as unknown as DatasetDef;

/** A state with a province's series results, as the chart queries deliver them. */
function seriesState(change: Partial<AppState> = {}): AppState {
  // 40 weeks of cumulative dose 2 rising 1 point a week from 10 %.
  const vaccination = Array.from({ length: 40 }, (_, i) => ({
    week_end: ms(addDays('2021-03-07', 7 * i)),
    population: 1000,
    dose1: 0,
    dose2: 100 + 10 * i,
    dose3: 0,
  }));
  // 35 days of crashes: 2 a day, 5 a day in the last week.
  const road = days('2025-11-01', 35, (i) => (i >= 28 ? 5 : 2)).map((d) => ({
    date: ms(d.to),
    crashes: d.value,
    deaths: 0,
    injuries: 0,
  }));
  // Weeks from Monday 2025-12-01; the week of 2025-12-29 is cut by the data's end (31 Dec).
  const complaints = [6, 4, 9, 3, 1].map((received, i) => ({
    week_start: ms(addDays('2025-12-01', 7 * i)),
    received,
    closed: 0,
  }));
  return {
    ...initialAppState({ ...DEFAULT_URL_STATE, province: 30 }),
    datasets: [COMPLAINTS_DEF],
    results: {
      [QUERY_KEYS.vaccinationSeries]: tableFromJSON(vaccination),
      [QUERY_KEYS.roadDaily]: tableFromJSON(road),
      [QUERY_KEYS.complaintsWeekly]: tableFromJSON(complaints),
    },
    ...change,
  };
}

describe('provinceTrends', () => {
  it('gives weekly values, the latest week and its change for each series', () => {
    const [vaccination, road, complaints] = provinceTrends(seriesState());
    expect(vaccination?.id).toBe('vaccination');
    expect(vaccination?.values).toHaveLength(TREND_WEEKS);
    expect(vaccination?.to).toBe(addDays('2021-03-07', 7 * 39));
    // The change is measured from the week before (the card names the point it is from).
    expect(vaccination?.previousTo).toBe(addDays('2021-03-07', 7 * 38));
    expect(vaccination?.latestText).toBe('49.0 %');
    expect(vaccination?.change).toBeCloseTo(1, 10);
    expect(vaccination?.changeText).toBe('+1.0 จุด');

    expect(road?.label).toBe('อุบัติเหตุ (ครั้ง)');
    expect(road?.values).toEqual([14, 14, 14, 14, 35]);
    expect(road?.to).toBe('2025-12-05');
    expect(road?.previousTo).toBe('2025-11-28');
    expect(road?.changeText).toBe('+21');

    // The week still running at the data's end (29 Dec - 4 Jan) is left out.
    expect(complaints?.label).toBe('เรื่องร้องเรียนรับใหม่');
    expect(complaints?.values).toEqual([6, 4, 9, 3]);
    expect(complaints?.to).toBe('2025-12-28');
    expect(complaints?.latestText).toBe('3');
    expect(complaints?.changeText).toBe('−6');
  });

  it('ends at the time cursor', () => {
    const trends = provinceTrends(seriesState({ cursor: '2025-11-28' }));
    const road = trends.find((t) => t.id === 'road_safety');
    expect(road?.to).toBe('2025-11-28');
    expect(road?.values).toEqual([14, 14, 14, 14]);
    expect(road?.changeText).toBe('0');
    // Vaccination (2021) and complaints (from December) have their own dates.
    expect(trends.find((t) => t.id === 'vaccination')?.values).toHaveLength(TREND_WEEKS);
    expect(trends.find((t) => t.id === 'complaints')).toBeUndefined();
  });

  it('ends at the brushed range, in English', () => {
    const state = seriesState({
      lang: 'en',
      url: { ...DEFAULT_URL_STATE, province: 30, from: '2025-12-01', to: '2025-12-21', lang: 'en' },
    });
    const complaints = provinceTrends(state).find((t) => t.id === 'complaints');
    expect(complaints?.label).toBe('Complaints received');
    expect(complaints?.values).toEqual([6, 4, 9]);
    expect(complaints?.changeText).toBe('+5');
  });

  it('leaves out datasets without a series or with a single week', () => {
    const base = seriesState();
    const state = {
      ...base,
      results: {
        [QUERY_KEYS.complaintsWeekly]: base.results[QUERY_KEYS.complaintsWeekly],
      },
      cursor: '2025-12-07',
    } as AppState;
    expect(provinceTrends(state)).toEqual([]);
    expect(provinceTrends({ ...base, results: {} })).toEqual([]);
  });
});
