/**
 * Command-line options of `npm run demo-data` and their defaults.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository root (this file lives in scripts/demo-data/). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Everything a run depends on: the same options always give the same bytes. */
export interface GeneratorOptions {
  /** Directory the files are written to. */
  readonly outDir: string;
  /** Seed of the pseudo-random generator. */
  readonly seed: number;
  /** Rows of road_safety.parquet. */
  readonly incidents: number;
  /** Rows of complaints.parquet. */
  readonly complaints: number;
  /** Rows of households.parquet. */
  readonly households: number;
  /** TopoJSON file of the province polygons (property `code`). */
  readonly geoPath: string;
  /** Object of the topology holding the provinces (the only object is used if it is absent). */
  readonly geoObject: string;
  /** Directory of provinces.csv, population-2020.csv and datasets.json. */
  readonly dataDir: string;
}

/** The options of the committed files in public/data/. */
export const DEFAULT_OPTIONS: GeneratorOptions = {
  outDir: resolve(REPO_ROOT, 'public/data'),
  seed: 77,
  incidents: 20_000,
  complaints: 12_000,
  households: 30_000,
  geoPath: resolve(REPO_ROOT, 'public/geo/provinces.topo.json'),
  geoObject: 'provinces',
  dataDir: resolve(REPO_ROOT, 'data'),
};

/** Usage text for --help. */
export const USAGE = `Usage: npm run demo-data -- [options]
  --out DIR          output directory (default public/data)
  --seed N           pseudo-random seed (default ${DEFAULT_OPTIONS.seed})
  --incidents N      road incidents (default ${DEFAULT_OPTIONS.incidents})
  --complaints N     complaint cases (default ${DEFAULT_OPTIONS.complaints})
  --households N     survey households (default ${DEFAULT_OPTIONS.households})
  --geo FILE         province TopoJSON (default public/geo/provinces.topo.json)
  --geo-object NAME  topology object (default provinces)`;

function count(text: string | undefined, fallback: number, flag: string, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new Error(`${flag} must be a whole number >= ${min}, got "${text}"`);
  }
  return value;
}

/**
 * Parses command-line arguments (without the node and script names). Returns null for --help.
 * Paths are resolved against the current directory.
 */
export function parseOptions(args: readonly string[]): GeneratorOptions | null {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      incidents: { type: 'string' },
      complaints: { type: 'string' },
      households: { type: 'string' },
      geo: { type: 'string' },
      'geo-object': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const defaults = DEFAULT_OPTIONS;
  return {
    outDir: values.out === undefined ? defaults.outDir : resolve(values.out),
    seed: count(values.seed, defaults.seed, '--seed', 0),
    incidents: count(values.incidents, defaults.incidents, '--incidents', 1),
    complaints: count(values.complaints, defaults.complaints, '--complaints', 1),
    households: count(values.households, defaults.households, '--households', 1),
    geoPath: values.geo === undefined ? defaults.geoPath : resolve(values.geo),
    geoObject: values['geo-object'] ?? defaults.geoObject,
    dataDir: defaults.dataDir,
  };
}
