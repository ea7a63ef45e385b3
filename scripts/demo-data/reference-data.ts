/**
 * The committed facts the generator starts from: the province list (data/provinces.csv), the
 * registered population (data/population-2020.csv) and the static dataset metadata
 * (data/datasets.json).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { DatasetDef } from '../../src/data/manifest/manifest-types';
import { parseProvinceTable, type RegionId } from '../../src/data/places/province-table';

export type { RegionId };

/** One province with the facts the generator needs. */
export interface ProvinceFacts {
  /** TIS-1099 code (10 Bangkok ... 96 Narathiwat). */
  readonly code: number;
  /** Thai name as in data/provinces.csv (an indicator dataset keys its rows by it). */
  readonly nameTh: string;
  readonly region: RegionId;
  /** DOPA registered population at 31 Dec 2020. */
  readonly population: number;
}

/** The static part of a dataset's manifest entry; the generator adds asOf and period. */
export type StaticDatasetDef = Omit<DatasetDef, 'asOf' | 'period'>;

function parseCsv(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const firstError = parsed.errors[0];
  if (firstError) throw new Error(`${path}: cannot parse CSV (${firstError.message})`);
  return parsed.data;
}

function toInteger(text: string | undefined, what: string): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isInteger(value)) {
    throw new Error(`${what} is not an integer: "${text ?? ''}"`);
  }
  return value;
}

/**
 * Reads the 77 provinces and joins their population; throws if a province has no population
 * or the population file names a province the province list does not have.
 */
export function readProvinces(
  provincesCsvPath: string,
  populationCsvPath: string,
): ProvinceFacts[] {
  const populationByCode = new Map<number, number>();
  for (const [index, row] of parseCsv(populationCsvPath).entries()) {
    const where = `${populationCsvPath} row ${index + 2}`;
    populationByCode.set(
      toInteger(row.code, `${where} code`),
      toInteger(row.population, `${where} population`),
    );
  }
  const table = parseProvinceTable(readFileSync(provincesCsvPath, 'utf8'));
  const provinces = table.map(({ code, nameTh, region }): ProvinceFacts => {
    const population = populationByCode.get(code);
    if (population === undefined) throw new Error(`${populationCsvPath} has no province ${code}`);
    return { code, nameTh, region, population };
  });
  const known = new Set(provinces.map((province) => province.code));
  for (const code of populationByCode.keys()) {
    if (!known.has(code)) throw new Error(`${populationCsvPath} has unknown province ${code}`);
  }
  return provinces.sort((a, b) => a.code - b.code);
}

/** Reads data/datasets.json: a JSON array of {@link StaticDatasetDef}. */
export function readStaticDatasets(path: string): StaticDatasetDef[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${path}: expected a JSON array of datasets`);
  return parsed as StaticDatasetDef[];
}
