import { describe, expect, it } from 'vitest';
import { parsePopulationTable, POPULATION_BY_CODE, ratePer } from './population';

describe('population', () => {
  it('holds the 77 provinces and the DOPA 2020 total', () => {
    expect(POPULATION_BY_CODE.size).toBe(77);
    expect([...POPULATION_BY_CODE.values()].reduce((a, b) => a + b, 0)).toBe(66_186_727);
    expect(POPULATION_BY_CODE.has(38)).toBe(true);
  });

  it('computes rates per population', () => {
    const bangkok = POPULATION_BY_CODE.get(10) ?? 0;
    expect(ratePer(10, bangkok / 1000, 1000)).toBeCloseTo(1);
    expect(ratePer(99, 5, 1000)).toBeNull();
  });

  it('names the row of a bad value', () => {
    expect(() => parsePopulationTable('code,population\n10,5\n97,12\n', 'p.csv')).toThrow(
      'p.csv row 3: expected a province code and a positive population, got "97", "12"',
    );
  });
});
