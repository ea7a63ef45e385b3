import { describe, expect, it, vi } from 'vitest';
import { tableRows } from '../formats/arrow-rows';
import { DataCoordinator, loadGroups, type DatasetStatus } from './coordinator';
import type { DataEngine } from './engine';
import { vaccinationByProvince } from '../queries';
import { createNativeEngine } from '../testing/engines';
import { bytesOf, datasetJson, manifestJson, VACCINATION_CSV } from '../testing/fixtures';
import { parquetOf, roadSafetyArrow } from '../testing/parquet-fixtures';
import { publishedRegistry } from '../testing/published-fixtures';

const BASE = 'http://war-room.test/app/data/';
const MANIFEST_URL = `${BASE}manifest.json`;

type Files = Record<string, string | Uint8Array>;
type Json = Record<string, unknown>;

/** A fetch that serves `files` by absolute URL, 404 for anything else, and records requests. */
function fakeFetch(files: Files, requested: string[] = []): typeof fetch {
  return (input) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    requested.push(url);
    const body = files[url];
    return Promise.resolve(
      body === undefined
        ? new Response('missing', { status: 404, statusText: 'Not Found' })
        : new Response(typeof body === 'string' ? body : new Uint8Array(body)),
    );
  };
}

/** The injected clock's time. */
const NOW = Date.UTC(2025, 5, 1, 3);

const PREVIEW = {
  dataset: 'vaccination',
  asOf: '2024-01-21',
  rows: [{ province_code: 10, population: 1000, dose1: 800, dose2: 650, dose3: 200 }],
};

/**
 * A manifest whose datasets end up: vaccination ready (CSV), road_safety ready (Parquet),
 * poverty failing its schema check, complaints missing (404), households ready from another host.
 */
function mixedFiles(): Files {
  const manifest = manifestJson('csv');
  const datasets = manifest.datasets as Record<string, unknown>[];
  datasets[2] = datasetJson('road_safety', 'parquet');
  (datasets[4] as Record<string, unknown>).file = 'http://files.test/households.csv';
  return {
    [MANIFEST_URL]: JSON.stringify(manifest),
    [`${BASE}preview.json`]: JSON.stringify(PREVIEW),
    [`${BASE}vaccination.csv`]: VACCINATION_CSV,
    [`${BASE}road_safety.parquet`]: parquetOf(roadSafetyArrow(30)),
    [`${BASE}poverty.csv`]: 'province_code,year\n10,2024\n',
    'http://files.test/households.csv':
      'household_id,province_code,lon,lat,members,members_vaccinated,surveyed\n1,10,100.5,13.7,4,3,2024-01-05\n',
  };
}

describe('DataCoordinator.open', () => {
  it('fetches and validates the manifest, without starting an engine', async () => {
    let engines = 0;
    const coordinator = await DataCoordinator.open('data/manifest.json', {
      baseUrl: 'http://war-room.test/app/index.html',
      fetch: fakeFetch(mixedFiles()),
      createEngine: () => {
        engines++;
        return createNativeEngine();
      },
    });
    expect(coordinator.manifestUrl.href).toBe(MANIFEST_URL);
    expect(coordinator.registry.list().map((d) => d.id)).toContain('road_safety');
    expect(engines).toBe(0);
    await expect(coordinator.query({ sql: 'SELECT 1', params: [] })).rejects.toThrow(
      'DataCoordinator.query: call start() first',
    );
  });

  it.each<[string, Files, string]>([
    [
      'a missing manifest',
      {},
      `manifest.json: HTTP 404 Not Found for ${MANIFEST_URL}; check that the file is in place`,
    ],
    ['broken JSON', { [MANIFEST_URL]: '{"version": 1,' }, 'manifest.json: is not valid JSON ('],
    [
      'an invalid manifest',
      { [MANIFEST_URL]: JSON.stringify({ ...manifestJson(), version: 2 }) },
      'manifest.json: version must be 1, found 2; this app reads version 1',
    ],
  ])('reports %s naming the file', async (_, files, message) => {
    await expect(DataCoordinator.open(MANIFEST_URL, { fetch: fakeFetch(files) })).rejects.toThrow(
      message,
    );
  });
});

describe('DataCoordinator.preview', () => {
  it('returns the validated first-paint file', async () => {
    const coordinator = await DataCoordinator.open(MANIFEST_URL, {
      fetch: fakeFetch(mixedFiles()),
    });
    expect(await coordinator.preview()).toEqual(PREVIEW);
  });

  it('names the preview file and row when it is wrong', async () => {
    const files = mixedFiles();
    files[`${BASE}preview.json`] = JSON.stringify({
      ...PREVIEW,
      rows: [{ ...PREVIEW.rows[0], dose2: -1 }],
    });
    const coordinator = await DataCoordinator.open(MANIFEST_URL, { fetch: fakeFetch(files) });
    await expect(coordinator.preview()).rejects.toThrow(
      'preview.json: rows[0]: dose2 must be a whole number >= 0 (people with two doses), found -1',
    );
  });
});

describe('DataCoordinator.start', () => {
  it('loads every dataset it can, reports each, and a failure never stops the others', async () => {
    const requested: string[] = [];
    let engines = 0;
    const coordinator = await DataCoordinator.open(MANIFEST_URL, {
      fetch: fakeFetch(mixedFiles(), requested),
      createEngine: () => {
        engines++;
        return createNativeEngine();
      },
      now: () => NOW,
    });
    const seen: DatasetStatus[] = [];
    coordinator.onStatus((status) => seen.push(status));
    const vaccinationReady = coordinator.whenReady('vaccination');
    const complaintsReady = coordinator.whenReady('complaints').catch((e: unknown) => e);

    await Promise.all([coordinator.start(), coordinator.start()]);

    expect(engines).toBe(1);
    expect(requested).toContain('http://files.test/households.csv');
    const final = Object.fromEntries(coordinator.statuses().map((s) => [s.id, s]));
    const ready = { state: 'ready', loadedAt: NOW };
    expect(final.vaccination).toEqual({ id: 'vaccination', ...ready, rowCount: 7 });
    expect(final.road_safety).toEqual({ id: 'road_safety', ...ready, rowCount: 30 });
    expect(final.households).toEqual({ id: 'households', ...ready, rowCount: 1 });
    expect(final.complaints).toEqual({
      id: 'complaints',
      state: 'error',
      failedAt: NOW,
      message: `complaints.csv: HTTP 404 Not Found for ${BASE}complaints.csv; check that the file is in place`,
    });
    expect(final.poverty?.state).toBe('error');
    expect(final.poverty?.message).toMatch(/^poverty\.csv: column 'dimension' is missing/);
    // Every dataset is reported loading first, then exactly once more.
    for (const id of Object.keys(final)) {
      expect(seen.filter((s) => s.id === id).map((s) => s.state)[0]).toBe('loading');
      expect(seen.filter((s) => s.id === id)).toHaveLength(2);
    }
    await expect(vaccinationReady).resolves.toBeUndefined();
    expect(String(await complaintsReady)).toMatch(/^Error: complaints\.csv: HTTP 404/);
    await expect(coordinator.whenReady('road_safety')).resolves.toBeUndefined();

    const rows = tableRows(await coordinator.query(vaccinationByProvince(coordinator.registry)));
    expect(rows.map((r) => r.province_code)).toEqual([10, 50, 90, 95]);
    await coordinator.close();
  });

  it('loads a deferred dataset only when a view requests it', async () => {
    const files = mixedFiles();
    const manifest = JSON.parse(String(files[MANIFEST_URL])) as { datasets: Json[] };
    const road = manifest.datasets[2];
    if (!road) throw new Error('no road_safety in the test manifest');
    road.deferred = true;
    files[MANIFEST_URL] = JSON.stringify(manifest);
    const requested: string[] = [];
    const coordinator = await DataCoordinator.open(MANIFEST_URL, {
      fetch: fakeFetch(files, requested),
      createEngine: createNativeEngine,
    });
    coordinator.request('road_safety'); // before start: ignored
    await coordinator.start();
    expect(requested).not.toContain(`${BASE}road_safety.parquet`);
    expect(coordinator.statuses().map((s) => s.id)).not.toContain('road_safety');
    coordinator.request('road_safety');
    coordinator.request('road_safety');
    coordinator.request('vaccination'); // not deferred: already loaded, ignored
    await coordinator.whenReady('road_safety');
    expect(requested.filter((url) => url.endsWith('road_safety.parquet'))).toHaveLength(1);
    expect(requested.filter((url) => url.endsWith('vaccination.csv'))).toHaveLength(1);
    await coordinator.close();
  });

  it('marks every dataset as failed, naming its file, when the engine cannot start', async () => {
    const coordinator = await DataCoordinator.open(MANIFEST_URL, {
      fetch: fakeFetch(mixedFiles()),
      createEngine: () => Promise.reject(new Error('no WebAssembly')),
    });
    await coordinator.start();
    expect(coordinator.statuses().map((s) => s.message)).toEqual(
      coordinator.registry
        .list()
        .map((d) =>
          d.id === 'complaints'
            ? `complaints.csv: HTTP 404 Not Found for ${BASE}complaints.csv; check that the file is in place`
            : `${d.file}: the database engine could not start (no WebAssembly)`,
        ),
    );
    await expect(coordinator.query({ sql: 'SELECT 1', params: [] })).rejects.toThrow(
      'the database engine could not start (no WebAssembly)',
    );
    await coordinator.close();
  });

  it('keeps loading when a status listener throws', async () => {
    const engine: Promise<DataEngine> = createNativeEngine();
    const coordinator = await DataCoordinator.open(MANIFEST_URL, {
      fetch: fakeFetch({ ...mixedFiles(), [`${BASE}vaccination.csv`]: bytesOf(VACCINATION_CSV) }),
      createEngine: () => engine,
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      coordinator.onStatus(() => {
        throw new Error('listener bug');
      });
      await coordinator.start();
      expect(consoleError).toHaveBeenCalledWith(
        'DataCoordinator: a status listener threw',
        new Error('listener bug'),
      );
    } finally {
      consoleError.mockRestore();
    }
    expect(coordinator.statuses().find((s) => s.id === 'vaccination')?.state).toBe('ready');
    await coordinator.close();
  });
});

describe('loadGroups', () => {
  it('leaves deferred raw tables out of the start-up load', () => {
    const [first, later] = loadGroups(publishedRegistry().list());
    expect(later.map((def) => def.id)).toEqual(['road_safety']);
    expect(first.map((def) => def.id)).toContain('road_safety_daily');
    expect(first.map((def) => def.id)).toContain('households');
    expect(first.length + later.length).toBe(publishedRegistry().list().length);
  });
});
