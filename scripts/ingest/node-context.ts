/**
 * The ingest context in Node: the province reference and the DOPA population from data/ (read
 * with fs, since the app's bundled copies are Vite `?raw` imports), or the population of a file
 * given with --population (any file with a province column and a population column).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import {
  provinceShapesOf,
  type ShapesContext,
} from '../../src/data/ingest/adapters/province-shapes';
import { DOPA_2020_SOURCE, type IngestContext } from '../../src/data/ingest/ingest-types';
import { readSource } from '../../src/data/ingest/read-source';
import { ReportBuilder } from '../../src/data/ingest/report-builder';
import {
  cellAt,
  findColumn,
  headerList,
  numberCell,
  provinceCodes,
} from '../../src/data/ingest/source-cells';
import { createProvinceNormaliser } from '../../src/data/places/normalise-province';
import { parseProvinceAliasTable, parseProvinceTable } from '../../src/data/places/province-table';
import { REPO_ROOT } from '../demo-data/options';
import { readProvinces } from '../demo-data/reference-data';

const POPULATION_HEADERS = ['population', 'ประชากร', 'จำนวนประชากร', 'total', 'รวม', 'pop'];

/** DOPA 2020 by code, read and checked as the demo generator reads it (every province, integers). */
function bundledPopulation(): Map<number, number> {
  const facts = readProvinces(
    join(REPO_ROOT, 'data/provinces.csv'),
    join(REPO_ROOT, 'data/population-2020.csv'),
  );
  return new Map(facts.map((p) => [p.code, p.population]));
}

/** The population of `path`, keyed by province code. @throws Error saying what the file lacks. */
async function populationFile(path: string, context: IngestContext): Promise<Map<number, number>> {
  const name = basename(path);
  const read = await readSource({ name, bytes: new Uint8Array(readFileSync(path)) });
  if (!read.ok) throw new Error(`--population ${read.error.en}`);
  const source = read.source;
  const index = findColumn(source, POPULATION_HEADERS);
  if (index === null) {
    throw new Error(
      `--population ${name}: no population column (${POPULATION_HEADERS.join(', ')}) — columns found: ${headerList(source)}`,
    );
  }
  const report = new ReportBuilder('population', null, context);
  const codes = provinceCodes(source, context, report);
  if (codes === null)
    throw new Error(
      `--population ${report.report([], new Set(), null, null).errors[0]?.en ?? name}`,
    );
  const population = new Map<number, number>();
  codes.forEach((code, r) => {
    const value = numberCell(cellAt(source, r, index));
    if (code !== null && typeof value === 'number' && value > 0) population.set(code, value);
  });
  const missing = context.provinces.filter((p) => !population.has(p.code));
  if (missing.length > 0) {
    throw new Error(
      `--population ${name}: no population for ${missing.map((p) => p.nameEn).join(', ')} — give all 77 provinces`,
    );
  }
  return population;
}

/** The context of a run: today's date, the province reference, the population to use. */
export async function nodeContext(today: string, populationPath?: string): Promise<ShapesContext> {
  const provinces = parseProvinceTable(readFileSync(join(REPO_ROOT, 'data/provinces.csv'), 'utf8'));
  const aliases = parseProvinceAliasTable(
    readFileSync(join(REPO_ROOT, 'data/province-aliases.csv'), 'utf8'),
    provinces,
  );
  // The app's own outlines: a point far outside the province its row names is reported.
  const topology = JSON.parse(
    readFileSync(join(REPO_ROOT, 'public/geo/provinces.topo.json'), 'utf8'),
  ) as Topology;
  const context: ShapesContext = {
    provinceShapes: provinceShapesOf(topology),
    normalise: createProvinceNormaliser(provinces, aliases),
    provinces,
    population: bundledPopulation(),
    populationSource: DOPA_2020_SOURCE,
    today,
  };
  if (populationPath === undefined) return context;
  const name = basename(populationPath);
  return {
    ...context,
    population: await populationFile(populationPath, context),
    populationSource: { th: `ไฟล์ประชากร ${name}`, en: `population file ${name}` },
  };
}
