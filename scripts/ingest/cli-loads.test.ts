/**
 * The ingest core runs in plain Node (tsx), where Vite's `?raw` imports of the app's bundled
 * province tables cannot load: an adapter that reaches one through an import breaks
 * `npm run ingest` although every unit test (run by Vite) passes. This runs the CLI as a user does.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../demo-data/options';

describe('npm run ingest in plain Node', () => {
  it('loads every adapter and prints its usage', () => {
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'scripts/ingest.ts'), '--help'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(output).toMatch(/^npm run ingest -- <dataset-id> <file…> \[options\]/);
  });
});
