import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRawDemoSet } from '../demo-data/generate';
import { SMALL_RUN_OPTIONS } from '../demo-data/small-run';
import { aggregateSqlScript, inlineParams, sqlLiteral } from './print-sql';
import { aggregateFileName, plannedAggregates, rawRegistry } from './published-manifest';
import { openRawDatabase, type RawDatabase, type RawSource } from './raw-tables';

describe('inlineParams', () => {
  it('writes values as DuckDB literals', () => {
    expect([null, true, false, 10, 0.5, 12n, "it's"].map((v) => sqlLiteral(v))).toEqual([
      'NULL',
      'TRUE',
      'FALSE',
      '10',
      '0.5',
      '12',
      "'it''s'",
    ]);
    expect(() => sqlLiteral(Number.NaN)).toThrow('no SQL literal');
  });

  it('replaces each ? in order, but not inside \'strings\', "names" or comments', () => {
    const sql = `SELECT ? AS "a?", '?''?' AS b -- why?\n, ? /* ? */ FROM t WHERE c = ?`;
    expect(inlineParams({ sql, params: [1, "x'y", null] })).toBe(
      `SELECT 1 AS "a?", '?''?' AS b -- why?\n, 'x''y' /* ? */ FROM t WHERE c = NULL`,
    );
    expect(() => inlineParams({ sql: 'SELECT ?, ?', params: [1] })).toThrow('more ? placeholders');
    expect(() => inlineParams({ sql: 'SELECT ?', params: [1, 2] })).toThrow('2 params but 1 ?');
  });
});

describe('the printed SQL', () => {
  const raw = buildRawDemoSet({ ...SMALL_RUN_OPTIONS, outDir: 'unused' });
  const registry = rawRegistry(raw.datasets);
  let dir: string;
  let sources: RawSource[];
  let db: RawDatabase;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "war-room-print-sql-'quote-"));
    sources = raw.datasets.map((def) => {
      const location = join(dir, def.file);
      writeFileSync(location, raw.files.get(def.file) ?? new Uint8Array());
      return { def, location };
    });
    db = await openRawDatabase(sources);
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(plannedAggregates(registry).map((a) => [a.id, a] as const))(
    '%s gives the same rows inlined as with bound parameters',
    async (_, aggregate) => {
      const query = aggregate.build(registry);
      const bound = await db.connection.runAndReadAll(query.sql, [...query.params]);
      const inlined = await db.connection.runAndReadAll(inlineParams(query));
      expect(inlined.getRowsJson()).toEqual(bound.getRowsJson());
      expect(bound.currentRowCount).toBeGreaterThan(0);
    },
  );

  it('creates the raw tables from their files, quotes in paths included, and runs as a script', async () => {
    const script = aggregateSqlScript(registry, sources);
    for (const aggregate of plannedAggregates(registry)) {
      expect(script).toContain(`-- ${aggregate.id} -> ${aggregateFileName(aggregate)}\n`);
    }
    expect(script).toContain(
      `FROM read_parquet('${dir.replaceAll("'", "''")}/road_safety.parquet')`,
    );
    const fresh = await openRawDatabase([]);
    try {
      // Every statement of the script runs on a DuckDB that has no tables yet.
      const statements = await fresh.connection.extractStatements(script);
      for (let i = 0; i < statements.count; i++) await (await statements.prepare(i)).run();
      expect(statements.count).toBe(sources.length + plannedAggregates(registry).length);
    } finally {
      fresh.close();
    }
  });
});
