import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { consoleTables, isShowableDataset, runConsole, type ConsoleSource } from './console';
import { DataCoordinator } from '../engine/coordinator';
import type { DatasetStatus } from '../refresh/refresh-status';
import { createNativeEngine } from '../testing/engines';
import { VACCINATION_CSV, manifestJson, testRegistry } from '../testing/fixtures';
import { publishedRegistry } from '../testing/published-fixtures';

const ready = (id: string): DatasetStatus => ({ id, state: 'ready', rowCount: 1, loadedAt: 1 });

describe('which tables the console may read', () => {
  it('shows published aggregates of personal data but never the raw records', () => {
    expect(isShowableDataset(publishedRegistry().get('households'))).toBe(true);
    expect(isShowableDataset(publishedRegistry().get('households_cells'))).toBe(true);
    // The raw household file, whatever id it is listed under, has columns no aggregate has.
    expect(isShowableDataset(testRegistry().get('households'))).toBe(false);
    expect(isShowableDataset(testRegistry().get('vaccination'))).toBe(true);
  });

  it('lists loaded (ready or stale) showable datasets and the user tables', () => {
    const source: ConsoleSource = {
      registry: testRegistry(),
      statuses: () => [
        ready('vaccination'),
        ready('households'),
        { id: 'poverty', state: 'error', message: 'x' },
        { id: 'complaints', state: 'stale', message: 'x', loadedAt: 1 },
        { id: 'road_safety', state: 'loading' },
      ],
      query: () => Promise.reject(new Error('not used')),
      interruptibleQuery: () => Promise.reject(new Error('not used')),
    };
    expect(consoleTables(source, ['user_a'])).toEqual(['complaints', 'user_a', 'vaccination']);
  });
});

const MANIFEST_URL = 'http://war-room.test/data/manifest.json';

/** A coordinator over the test manifest where only vaccination.csv exists. */
async function openCoordinator(): Promise<DataCoordinator> {
  const files: Record<string, string> = {
    [MANIFEST_URL]: JSON.stringify(manifestJson('csv')),
    'http://war-room.test/data/vaccination.csv': VACCINATION_CSV,
  };
  const coordinator = await DataCoordinator.open(MANIFEST_URL, {
    fetch: (input) => {
      const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
      const body = files[url];
      return Promise.resolve(
        body === undefined ? new Response('missing', { status: 404 }) : new Response(body),
      );
    },
    createEngine: createNativeEngine,
  });
  await coordinator.start();
  return coordinator;
}

const USER = tableFromArrays({
  province_code: Int32Array.from([10, 50]),
  score: Float64Array.from([1.5, -2]),
  note: ['กรุงเทพ', '=1+1'],
});

describe('user tables and the console through the coordinator', () => {
  it('loads a user table the console can join with a dataset', async () => {
    const coordinator = await openCoordinator();
    try {
      expect(await coordinator.loadUserTable('user_scores', USER)).toBe(2);
      const result = await runConsole(
        coordinator,
        'SELECT u.province_code, u.score, u.note, max(v.dose2) AS dose2 FROM user_scores u JOIN vaccination v USING (province_code) GROUP BY ALL ORDER BY 1',
        ['user_scores'],
      );
      if (!result.ok) throw new Error(result.message.en);
      expect(tableRows(result.table).map((r) => [r.province_code, r.score, r.note])).toEqual([
        [10, 1.5, 'กรุงเทพ'],
        [50, -2, '=1+1'],
      ]);
    } finally {
      await coordinator.close();
    }
  });

  it.each([
    ['INSERT INTO vaccination SELECT * FROM vaccination', /read-only/],
    ["SELECT * FROM read_csv('/etc/passwd')", /read_csv/],
    ['SELECT 1; SELECT 2', /One statement/],
    ['DROP TABLE user_scores', /read-only/],
    ['SELECT * FROM households', /no table households/],
    ['SELECT * FROM user_other', /no table user_other/],
  ])('refuses %j with a message', async (sql, message) => {
    const coordinator = await openCoordinator();
    try {
      await coordinator.loadUserTable('user_scores', USER);
      const result = await runConsole(coordinator, sql, ['user_scores']);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.en).toMatch(message);
      const after = await runConsole(coordinator, 'SELECT count(*) AS n FROM user_scores', [
        'user_scores',
      ]);
      expect(after.ok && tableRows(after.table)[0]?.n).toBe(2n);
    } finally {
      await coordinator.close();
    }
  });

  it('refuses bad user table names and drops only user tables', async () => {
    const coordinator = await openCoordinator();
    try {
      await expect(coordinator.loadUserTable('vaccination', USER)).rejects.toThrow(/user_/);
      await expect(
        coordinator.loadUserTable('user_x"; DROP TABLE vaccination; --', USER),
      ).rejects.toThrow(/user table/);
      await expect(coordinator.dropUserTable('vaccination')).rejects.toThrow(/user table/);
      await coordinator.loadUserTable('user_scores', USER);
      await coordinator.dropUserTable('user_scores');
      const gone = await runConsole(coordinator, 'SELECT * FROM user_scores', ['user_scores']);
      expect(gone.ok).toBe(false);
      const kept = await runConsole(coordinator, 'SELECT count(*) AS n FROM vaccination', []);
      expect(kept.ok && Number(tableRows(kept.table)[0]?.n)).toBe(7);
    } finally {
      await coordinator.close();
    }
  });
});
