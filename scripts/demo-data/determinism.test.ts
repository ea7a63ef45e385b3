import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoFiles } from './generate';
import { DEFAULT_OPTIONS } from './options';
import { createSmallRun, SMALL_RUN_OPTIONS, type SmallRun } from './small-run';

describe('determinism', () => {
  it('gives byte-identical files for the same flags, and other bytes for another seed', async () => {
    const options = { ...SMALL_RUN_OPTIONS, outDir: 'unused' };
    const first = await buildDemoFiles(options);
    const second = await buildDemoFiles(options);
    expect([...first.keys()]).toEqual([...second.keys()]);
    for (const [name, bytes] of first) {
      expect(Buffer.from(bytes).equals(Buffer.from(second.get(name) ?? [])), name).toBe(true);
    }
    const reseeded = await buildDemoFiles({ ...options, seed: options.seed + 1 });
    for (const name of ['road_safety.parquet', 'road_safety_daily.parquet']) {
      const bytes = first.get(name) ?? new Uint8Array();
      expect(Buffer.from(bytes).equals(Buffer.from(reseeded.get(name) ?? [])), name).toBe(false);
    }
  });
});

describe('committed public/data', () => {
  let run: SmallRun;
  beforeAll(async () => {
    run = await createSmallRun(DEFAULT_OPTIONS);
  });
  afterAll(() => {
    run.dispose();
  });

  it('holds exactly the files `npm run demo-data` writes, nothing stale', () => {
    // Restricted tables sit in their own folder (restricted/), which the web server guards.
    const committed = readdirSync(DEFAULT_OPTIONS.outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(DEFAULT_OPTIONS.outDir, join(entry.parentPath, entry.name)));
    expect(committed.sort()).toEqual([...run.files.keys()].sort());
  });

  it('is exactly what `npm run demo-data` produces with the default flags', () => {
    for (const [name, bytes] of run.files) {
      const committed = readFileSync(join(DEFAULT_OPTIONS.outDir, name));
      expect(committed.equals(readFileSync(join(run.dir, name))), `public/data/${name}`).toBe(true);
      expect(committed.length).toBe(bytes.length);
    }
  });

  it('has festival days with about 3.1x the crashes and 3.3x the deaths of ordinary days', async () => {
    const [stats] = await run.query.all(`SELECT
      count(*) FILTER (festival IS NOT NULL) / 21 AS festival_crashes,
      count(*) FILTER (festival IS NULL) / 351 AS ordinary_crashes,
      sum(deaths) FILTER (festival IS NOT NULL) / 21 AS festival_deaths,
      sum(deaths) FILTER (festival IS NULL) / 351 AS ordinary_deaths,
      count(*) AS n FROM ${run.table('road_safety.parquet')}`);
    expect(stats?.n).toBe(DEFAULT_OPTIONS.incidents);
    const crashRatio = Number(stats?.festival_crashes) / Number(stats?.ordinary_crashes);
    const deathRatio = Number(stats?.festival_deaths) / Number(stats?.ordinary_deaths);
    expect(crashRatio).toBeGreaterThan(2.9);
    expect(crashRatio).toBeLessThan(3.35);
    expect(deathRatio).toBeGreaterThan(2.8);
    expect(deathRatio).toBeLessThan(3.9);
  });
});
