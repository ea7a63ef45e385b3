import { isoDateFromEpochMs, tableRows } from '../data/arrow-rows';
import { DataCoordinator, type CoordinatorOptions } from '../data/coordinator';
import { messageOf } from '../data/error-message';
import type { ProvincePreview } from '../data/manifest-types';
import { vaccinationByProvince } from '../data/queries';
import {
  addNotice,
  markError,
  setDatasets,
  setEngineStatus,
  setQueriesRunning,
  setResult,
  setResults,
  setVaccination,
} from './actions';
import type { AppState, AppStore, VaccinationSnapshot } from './app-state';
import { QueryRunner } from './query-runner';
import { VIEW_QUERIES } from './view-queries';

/** The shipped first-paint file as a snapshot. */
export function snapshotFromPreview(preview: ProvincePreview): VaccinationSnapshot {
  return {
    asOf: preview.asOf,
    origin: 'preview',
    rows: preview.rows.map((r) => ({
      code: r.province_code,
      weekEnd: preview.asOf,
      population: r.population,
      dose1: r.dose1,
      dose2: r.dose2,
      dose3: r.dose3,
    })),
  };
}

/** Rows of the vaccinationByProvince query as a snapshot; as-of is the newest week found. */
export function snapshotFromRows(rows: readonly Record<string, unknown>[]): VaccinationSnapshot {
  const converted = rows.map((r) => ({
    code: Number(r.province_code),
    weekEnd: isoDateFromEpochMs(Number(r.week_end)),
    population: Number(r.population),
    dose1: Number(r.dose1),
    dose2: Number(r.dose2),
    dose3: Number(r.dose3),
  }));
  const asOf = converted.reduce((newest, r) => (r.weekEnd > newest ? r.weekEnd : newest), '');
  return { asOf, origin: 'database', rows: converted };
}

/**
 * Runs the declared view queries as datasets finish loading (and again when one is reloaded);
 * results go to the store, failures become notices naming the query.
 */
function startViewQueries(store: AppStore, coordinator: DataCoordinator): QueryRunner<AppState> {
  const runner = new QueryRunner(store, coordinator, VIEW_QUERIES, {
    result: (key, table) => {
      setResult(store, key, table);
    },
    results: (entries) => {
      setResults(store, entries);
    },
    failure: (key, message) => {
      addNotice(store, `${key}: ${message}`);
    },
    busy: (running) => {
      setQueriesRunning(store, running);
    },
  });
  coordinator.onStatus((status) => {
    if (status.state === 'ready') runner.datasetLoaded(status.id);
  });
  runner.start();
  return runner;
}

/** Resolves once the page has left the loading phase (painted, or failed). */
function whenPainted(store: AppStore): Promise<void> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      if (store.getState().phase === 'loading') return false;
      resolve();
      return true;
    };
    if (check()) return;
    const unsubscribe = store.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}

/**
 * Loads the manifest and the first-paint preview into the store; once the map has painted,
 * starts DuckDB and replaces the preview with the figures DuckDB computes. A failed or empty
 * DuckDB result keeps the preview on screen and adds a notice naming the problem.
 * Returns the coordinator (null when the manifest could not be read).
 */
export async function startDataFlow(
  store: AppStore,
  manifestUrl: string,
  options: CoordinatorOptions = {},
): Promise<DataCoordinator | null> {
  let coordinator: DataCoordinator;
  try {
    coordinator = await DataCoordinator.open(manifestUrl, options);
  } catch (error) {
    setEngineStatus(store, 'error', messageOf(error));
    markError(store, messageOf(error));
    return null;
  }
  setDatasets(store, coordinator.registry.layers());
  try {
    const preview = await coordinator.preview();
    setVaccination(store, snapshotFromPreview(preview));
    // DuckDB's 40 MB of WebAssembly would compete with the first paint, so it waits for it when
    // the preview alone can draw every layer on screen; other layers need DuckDB to paint at all.
    if (store.getState().url.layers.every((id) => id === preview.dataset)) await whenPainted(store);
  } catch (error) {
    addNotice(store, messageOf(error));
  }

  setEngineStatus(store, 'loading');
  const runner = startViewQueries(store, coordinator);
  const started = coordinator.start();
  let queryFailed = false;
  try {
    await coordinator.whenReady('vaccination');
    const rows = tableRows(await coordinator.query(vaccinationByProvince(coordinator.registry)));
    if (rows.length > 0) setVaccination(store, snapshotFromRows(rows));
    else addNotice(store, `${coordinator.registry.get('vaccination').file}: has no rows`);
  } catch (error) {
    queryFailed = true;
    addNotice(store, messageOf(error));
  }
  await started;
  await runner.idle();
  const failed = coordinator.statuses().filter((s) => s.state === 'error');
  for (const status of failed) addNotice(store, status.message ?? status.id);
  setEngineStatus(store, failed.length === 0 && !queryFailed ? 'ready' : 'error');
  if (!store.getState().vaccination) markError(store, store.getState().notices.join('\n'));
  return coordinator;
}
