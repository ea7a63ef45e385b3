/**
 * The restricted tier over the real coordinator and refresh loop (native DuckDB): a restricted
 * file the server refuses (401/403) marks its dataset `restricted`, reads no body, is never
 * retried, and leaves every other dataset loaded; once the server hands it over (signed in) and
 * its entry changes, it loads like any other. A refusal of an ordinary file stays a failure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { datasetJson, VACCINATION_CSV } from '../testing/fixtures';
import { fetchFileBytes } from './refresh-fetch';
import {
  FakeFileServer,
  startRefreshHarness,
  TEST_BASE,
  TEST_TIMINGS,
  type RefreshHarness,
} from './testing/refresh-harness';
import { RestrictedFileError } from './restricted-file';

const COMPLAINTS_CSV =
  'case_id,province_code,category,status,received,closed,security_sensitive\n' +
  '1,95,land,in_progress,2024-01-03,,true\n';

const RESTRICTED = { restricted: true, file: 'restricted/complaints.csv' };

const manifest = (complaints: Record<string, unknown>) => [
  datasetJson('vaccination', 'csv'),
  { ...datasetJson('complaints', 'csv'), ...complaints },
];

let harness: RefreshHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function setUp(complaints: Record<string, unknown>, refusal: number) {
  const server = new FakeFileServer();
  server.manifest(manifest(complaints));
  server.put('vaccination.csv', VACCINATION_CSV);
  server.refuse(String(complaints.file), refusal);
  harness = await startRefreshHarness(server);
  return { server, ...harness, state: (id: string) => harness?.status(id)?.state };
}

describe('the restricted tier', () => {
  it.each([401, 403])(
    'HTTP %i: restricted, no body read, never retried; loads once signed in and changed',
    async (refusal) => {
      const { server, timers, coordinator, poll, state } = await setUp(RESTRICTED, refusal);
      expect(state('vaccination')).toBe('ready');
      expect(coordinator.statuses().find((s) => s.id === 'complaints')).toMatchObject({
        state: 'restricted',
        message: `restricted/complaints.csv: restricted (HTTP ${refusal}); sign in with an account allowed to see it, or ask the administrator for access`,
      });
      expect(server.bodiesRead).not.toContain('restricted/complaints.csv');
      expect(timers.delays()).toEqual([TEST_TIMINGS.intervalMs]); // the poll alone: no retry
      await poll();
      await poll();
      const asked = server.requests.filter((name) => name === 'restricted/complaints.csv');
      expect(asked).toHaveLength(1);

      // Signed in (the server now hands it over) and a new version listed: it loads.
      server.put('restricted/complaints.csv', COMPLAINTS_CSV);
      server.manifest(manifest({ ...RESTRICTED, version: 'v2' }));
      await poll();
      expect(state('complaints')).toBe('ready');
      expect(server.bodiesRead).toContain('restricted/complaints.csv');
    },
  );

  it('a refused file the manifest does not mark restricted is a failure, retried', async () => {
    const { timers, coordinator } = await setUp({ file: 'complaints.csv' }, 401);
    expect(coordinator.statuses().find((s) => s.id === 'complaints')?.state).toBe('error');
    expect(timers.delays()).toContain(TEST_TIMINGS.retryBaseMs);
  });

  it('fetchFileBytes throws RestrictedFileError on 401 and 403 only', async () => {
    const server = new FakeFileServer();
    server.refuse('a.csv', 403);
    const url = new URL(`${TEST_BASE}a.csv`);
    await expect(
      fetchFileBytes(server.fetch, url, 'a.csv', { stallMs: 1000 }),
    ).rejects.toBeInstanceOf(RestrictedFileError);
    server.refuse('a.csv', 500);
    await expect(fetchFileBytes(server.fetch, url, 'a.csv', { stallMs: 1000 })).rejects.toThrow(
      /^a.csv: HTTP 500/,
    );
    expect(server.bodiesRead).toEqual([]);
  });
});
