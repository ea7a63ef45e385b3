/**
 * Registered population per province (DOPA, 31 Dec 2020; see data/README.md), the denominator of
 * every per-population rate (per 1,000, per 100,000).
 */
import Papa from 'papaparse';
import populationCsv from '../../../data/population-2020.csv?raw';
import { PROVINCE_BY_CODE } from './provinces';

/**
 * Parses `code,population` CSV text into a map, checking every code is a province.
 * @throws Error naming the row and the problem.
 */
export function parsePopulationTable(
  csvText: string,
  fileName: string,
): ReadonlyMap<number, number> {
  const parsed = Papa.parse<Record<string, string>>(csvText, {
    header: true,
    skipEmptyLines: true,
  });
  const result = new Map<number, number>();
  parsed.data.forEach((row, index) => {
    const code = Number(row.code);
    const population = Number(row.population);
    if (!PROVINCE_BY_CODE.has(code) || !Number.isInteger(population) || population <= 0) {
      throw new Error(
        `${fileName} row ${index + 2}: expected a province code and a positive population, got "${row.code ?? ''}", "${row.population ?? ''}"`,
      );
    }
    result.set(code, population);
  });
  return result;
}

/** Registered population by province code. */
export const POPULATION_BY_CODE = parsePopulationTable(populationCsv, 'data/population-2020.csv');

/** `count` per `per` inhabitants of province `code` (e.g. per 100,000), or null without a population. */
export function ratePer(code: number, count: number, per: number): number | null {
  const population = POPULATION_BY_CODE.get(code);
  return population ? (count * per) / population : null;
}
