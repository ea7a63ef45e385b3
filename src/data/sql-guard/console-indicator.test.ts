import { describe, expect, it } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { consoleTables, runConsole } from './console';
import { DataCoordinator } from '../engine/coordinator';
import { createNativeEngine } from '../testing/engines';
import { droughtEntryJson, manifestWithEntries } from '../testing/indicator-fixtures';

const BASE = 'http://war-room.test/data/';

/** A coordinator over the test manifest plus the drought indicator, whose file alone exists. */
async function openCoordinator(): Promise<DataCoordinator> {
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(manifestWithEntries([droughtEntryJson()])),
    'drought.csv': 'province_code,month,villages\nเชียงใหม่,2026-03-01,4\n10,2026-03-01,2\n',
  };
  const coordinator = await DataCoordinator.open(`${BASE}manifest.json`, {
    fetch: (input) => {
      const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
      const body = files[url.slice(BASE.length)];
      return Promise.resolve(
        body === undefined ? new Response('missing', { status: 404 }) : new Response(body),
      );
    },
    createEngine: createNativeEngine,
    restart: false,
  });
  await coordinator.start();
  return coordinator;
}

describe('an indicator dataset in the SQL console', () => {
  it('is listed and read as a table, its province names stored as codes', async () => {
    const coordinator = await openCoordinator();
    try {
      expect(consoleTables(coordinator, [])).toEqual(['drought']);
      const result = await runConsole(
        coordinator,
        'SELECT province_code, sum(villages) AS villages FROM drought GROUP BY 1 ORDER BY 1',
        [],
      );
      if (!result.ok) throw new Error(result.message.en);
      expect(tableRows(result.table)).toEqual([
        { province_code: 10, villages: 2 },
        { province_code: 50, villages: 4 },
      ]);
    } finally {
      await coordinator.close();
    }
  });
});
