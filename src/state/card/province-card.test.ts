/**
 * The province card lists a row per listed dataset, each built by its module (src/datasets/<id>/
 * card.ts), the five core datasets first in their fixed order whatever the manifest's order, and
 * the preview's coverage before the manifest is read. Results are made by hand in the builders'
 * column contract (no DuckDB); the modules are registered as in the app (vitest setupFiles).
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../app/app-state';
import { QUERY_KEYS } from '../queries/view-queries';
import { provinceCard } from './province-card';

/** Two provinces of the north (50 Chiang Mai, 57 Chiang Rai) and Bangkok (10). */
function state(change: Partial<AppState> = {}): AppState {
  const base = initialAppState();
  return {
    ...base,
    lang: 'en',
    // Not the card's order: the card orders the core rows itself.
    datasets: ['households', 'complaints', 'road_safety', 'poverty', 'vaccination'].map((id) =>
      testDataset(id),
    ),
    url: { ...base.url, province: 50 },
    results: {
      [QUERY_KEYS.vaccinationByProvince]: tableFromJSON([
        { province_code: 10, population: 1000, dose2: 900 },
        { province_code: 50, population: 1000, dose2: 600 },
        { province_code: 57, population: 2000, dose2: 1600 },
      ]),
      [QUERY_KEYS.householdsByProvince]: tableFromJSON([
        { province_code: 10, households: 30 },
        { province_code: 50, households: 20 },
        { province_code: 57, households: 10 },
      ]),
      [QUERY_KEYS.roadByProvince]: tableFromJSON([{ province_code: 50, deaths: 0 }]),
    },
    ...change,
  };
}

describe('provinceCard rows', () => {
  it("lists the modules' rows in the core order, only those with figures", () => {
    const card = provinceCard(state());
    expect(card?.rows.map((r) => r.id)).toEqual(['vaccination', 'road_safety', 'households']);
  });

  it('compares the province with the nation and its region, and ranks it', () => {
    const rows = provinceCard(state())?.rows;
    const vaccination = rows?.find((r) => r.id === 'vaccination');
    expect(vaccination?.label).toBe('Dose 2 (% of population)');
    expect(vaccination?.valueText).toBe('60.0 %');
    // 3,100 of 4,000 in the nation; the north: 2,200 of 3,000.
    expect(vaccination?.nationalText).toBe('77.5 %');
    expect(vaccination?.regionText).toBe('73.3 %');
    expect(vaccination?.rankText).toBe('Rank 3 of 3');
    expect(vaccination?.asOf).toBe(testDataset('vaccination').asOf);
    const households = rows?.find((r) => r.id === 'households');
    // Households compare with the mean per province: 60 over 3, the north's 30 over 2.
    expect([households?.valueText, households?.nationalText, households?.regionText]).toEqual([
      '20',
      '20',
      '15',
    ]);
  });

  it("shows the preview's coverage before the manifest is read", () => {
    const card = provinceCard(
      state({
        datasets: [],
        results: {},
        vaccination: {
          asOf: '2021-11-28',
          origin: 'preview',
          rows: [50, 57].map((code) => ({
            code,
            weekEnd: '2021-11-28',
            population: 1000,
            dose1: 900,
            dose2: code === 50 ? 500 : 700,
            dose3: 0,
          })),
        },
      }),
    );
    expect(card?.rows.map((r) => [r.id, r.valueText, r.nationalText, r.asOf])).toEqual([
      ['vaccination', '50.0 %', '60.0 %', '2021-11-28'],
    ]);
  });
});
