/** Demo data for the Mosaic benchmark, generated once per incident count and kept in os.tmpdir(). */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GENERATOR = ['scripts/generate-demo-data.ts', 'scripts/demo-data', 'scripts/publish'];

/** Hash of the generator's sources, so a changed generator never reuses stale data. */
function generatorHash(): string {
  const hash = createHash('sha256');
  const visit = (file: string): void => {
    if (!existsSync(file)) return;
    if (file.endsWith('.ts')) {
      hash.update(file).update(readFileSync(file));
      return;
    }
    if (/\.\w+$/.test(file)) return;
    for (const name of readdirSync(file).sort()) visit(path.join(file, name));
  };
  GENERATOR.forEach(visit);
  return hash.digest('hex').slice(0, 12);
}

/**
 * The folder `npx tsx scripts/generate-demo-data.ts --incidents N --out DIR` wrote (the app's
 * whole data/ folder, raw road_safety.parquet included), generating it on first use.
 */
export function demoData(incidents: number): string {
  const dir = path.join(os.tmpdir(), 'war-room-mosaic-data', `${incidents}-${generatorHash()}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const args = ['tsx', 'scripts/generate-demo-data.ts', '--incidents', String(incidents)];
  execFileSync('npx', [...args, '--out', dir], { stdio: 'inherit' });
  writeFileSync(done, new Date().toISOString());
  return dir;
}
