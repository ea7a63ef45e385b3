import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Inputs and outputs of the geography build, relative to the repository root. */
export const GEOGRAPHY_FILES = {
  provincesCsv: 'data/provinces.csv',
  provincesTopoJson: 'public/geo/provinces.topo.json',
  neighboursTopoJson: 'public/geo/neighbours.topo.json',
} as const;

/** Resolves a path relative to the repository root, whatever the current directory is. */
export function repoPath(relativePath: string): string {
  return join(REPO_ROOT, relativePath);
}
