import { isoDateFromEpochMs, tableRows } from '../../data/formats/arrow-rows';
import {
  DataCoordinator,
  type CoordinatorOptions,
  type DatasetStatus,
} from '../../data/engine/coordinator';
import type { RestartHooks } from '../../data/engine/engine-restart';
import { messageOf } from '../../data/error-message';
import type { ProvincePreview } from '../../data/manifest/manifest-types';
import { vaccinationByProvince } from '../../data/queries';
import { DEFAULT_REFRESH_SECONDS, timingsFor, type Timers } from '../../data/refresh/refresh';
import {
  addNotice,
  markError,
  setDatasetHealth,
  setDatasets,
  setEngineStatus,
  setQueriesRunning,
  setResult,
  setResults,
  setToday,
  setVaccination,
} from './actions';
import type { AppState, AppStore, EngineStatus, VaccinationSnapshot } from './app-state';
import { thaiDateOf, type DatasetHealth } from '../freshness/freshness';
import { followPageLifecycle, type LifecycleDocument, type LifecycleTarget } from './lifecycle';
import { addManifestNotices, dropUnlistedLayers } from './manifest-notices';
import { withModuleQueries } from '../models/dataset-modules';
import { QueryRunner } from '../queries/query-runner';
import { VIEW_QUERIES } from '../queries/view-queries';

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

/** A dataset's load history as the freshness rules read it; null while its first load runs. */
export function healthOf(status: DatasetStatus): DatasetHealth | null {
  if (status.state === 'loading') return null;
  if (status.state === 'ready') {
    return { lastGoodAt: status.loadedAt ?? null, failedAt: null, message: null };
  }
  return {
    lastGoodAt: status.loadedAt ?? null,
    failedAt: status.failedAt ?? null,
    message: status.message ?? null,
  };
}

/** Options of {@link startDataFlow}. */
export interface DataFlowOptions extends CoordinatorOptions {
  /** Timers of the auto-refresh loop (tests drive them by hand); default the global ones. */
  readonly refreshTimers?: Timers;
  /** Where page life-cycle events come from; default the browser's document and window, if any. */
  readonly lifecycle?: { readonly document: LifecycleDocument; readonly window: LifecycleTarget };
}

/** A tab hidden this long (at most; or one refresh interval) polls the manifest when shown again. */
const LONG_HIDDEN_MS = 60_000;

/**
 * Follows restarts of a dead database (engine-restart.ts): the page keeps its results while the
 * header says the database is being prepared; then every view query and the map's snapshot run
 * again on the new database. A restart that fails becomes a notice.
 */
function restartHooks(
  store: AppStore,
  later: () => { coordinator: DataCoordinator; runner: QueryRunner<AppState> } | undefined,
): RestartHooks {
  let before = store.getState().engine;
  return {
    restarting: (reason) => {
      before = store.getState().engine;
      setEngineStatus(store, 'loading', reason);
    },
    restarted: () => {
      setEngineStatus(store, before === 'error' || before === 'partial' ? before : 'ready');
      const flow = later();
      if (!flow) return;
      flow.runner.rerunAll();
      loadSnapshot(store, flow.coordinator).catch((error: unknown) => {
        addNotice(store, messageOf(error));
      });
    },
    restartFailed: (message) => {
      setEngineStatus(store, 'error', message);
      addNotice(store, message);
    },
  };
}

function browserLifecycle(): DataFlowOptions['lifecycle'] {
  if (typeof document === 'undefined' || typeof window === 'undefined') return undefined;
  return { document, window };
}

/**
 * How long a response may send nothing before it is abandoned: the refresh interval, kept
 * between 5 s (a busy page must not abort a healthy download) and 30 s.
 */
export function stallMsFor(refreshSeconds: number): number {
  return Math.min(30_000, Math.max(5_000, refreshSeconds * 1000));
}

/** Fetches vaccination by province from DuckDB into the store (what the map draws). */
async function loadSnapshot(store: AppStore, coordinator: DataCoordinator): Promise<void> {
  const rows = tableRows(await coordinator.query(vaccinationByProvince(coordinator.registry)));
  if (rows.length > 0) setVaccination(store, snapshotFromRows(rows));
  else addNotice(store, `${coordinator.registry.get('vaccination').file}: has no rows`);
}

/**
 * Follows every dataset's loads: records its load history, and once start-up is over (`settled`),
 * a reloaded dataset updates the manifest entries, the vaccination snapshot and, when nothing
 * is failing any more, the engine status.
 */
function followLoads(store: AppStore, coordinator: DataCoordinator, settled: () => boolean): void {
  coordinator.onStatus((status) => {
    const health = healthOf(status);
    if (health) setDatasetHealth(store, status.id, health);
    if (status.state !== 'ready') return;
    // Before the view queries hear of the load: they read the datasets' periods.
    setDatasets(store, coordinator.registry.layers());
    if (!settled()) return;
    if (status.id === 'vaccination') {
      loadSnapshot(store, coordinator).catch((error: unknown) => {
        addNotice(store, messageOf(error));
      });
    }
    const failing = coordinator.statuses().some((s) => s.state === 'error');
    const engine = store.getState().engine;
    if ((engine === 'error' || engine === 'partial') && !failing) setEngineStatus(store, 'ready');
  });
}

/**
 * Runs the declared view queries as datasets finish loading (and again when one is reloaded);
 * results go to the store, failures become notices naming the query.
 */
function startViewQueries(store: AppStore, coordinator: DataCoordinator): QueryRunner<AppState> {
  const queries = (s: AppState) => withModuleQueries(VIEW_QUERIES, s.datasets);
  const runner = new QueryRunner(store, coordinator, queries, {
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

/**
 * Resolves once the page has left the loading phase (painted, or failed), or once it shows a layer
 * the preview cannot draw (that one paints only with DuckDB, which must not wait for it).
 */
function whenPainted(store: AppStore, previewDataset: string): Promise<void> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      // A view shown meanwhile (a wall's first scene) may need a layer only DuckDB can paint.
      const { phase, url } = store.getState();
      if (phase === 'loading' && url.layers.every((id) => id === previewDataset)) return false;
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
 * DuckDB result keeps the preview on screen and adds a notice naming the problem. Then starts
 * auto-refresh every `url.refresh` seconds (default 300; 0 = never): changed datasets are
 * swapped in, failed loads keep the last good data and are retried. Returns the coordinator
 * (null when the manifest could not be read); its close() stops the refresh too.
 */
export async function startDataFlow(
  store: AppStore,
  manifestUrl: string,
  options: DataFlowOptions = {},
): Promise<DataCoordinator | null> {
  const now = options.now ?? Date.now;
  const refreshSeconds = store.getState().url.refresh ?? DEFAULT_REFRESH_SECONDS;
  setToday(store, thaiDateOf(now()));
  let coordinator: DataCoordinator;
  const flow: { current?: { coordinator: DataCoordinator; runner: QueryRunner<AppState> } } = {};
  const hooks = restartHooks(store, () => flow.current);
  try {
    coordinator = await DataCoordinator.open(manifestUrl, {
      stallMs: stallMsFor(refreshSeconds),
      ...options,
      restart: options.restart === false ? false : { ...options.restart, hooks },
    });
  } catch (error) {
    setEngineStatus(store, 'error', messageOf(error));
    markError(store, messageOf(error));
    return null;
  }
  setDatasets(store, coordinator.registry.layers());
  addManifestNotices(store, coordinator.manifest);
  dropUnlistedLayers(store, new Set(coordinator.registry.layers().map((def) => def.id)));
  try {
    const preview = await coordinator.preview();
    setVaccination(store, snapshotFromPreview(preview));
    // DuckDB's 40 MB of WebAssembly would compete with the first paint, so it waits for it when
    // the preview alone can draw every layer on screen; other layers need DuckDB to paint at all.
    if (store.getState().url.layers.every((id) => id === preview.dataset)) {
      await whenPainted(store, preview.dataset);
    }
  } catch (error) {
    addNotice(store, messageOf(error));
  }

  setEngineStatus(store, 'loading');
  let settled = false;
  followLoads(store, coordinator, () => settled);
  const runner = startViewQueries(store, coordinator);
  flow.current = { coordinator, runner };
  const started = coordinator.start();
  let queryFailed = false;
  try {
    await coordinator.whenReady('vaccination');
    await loadSnapshot(store, coordinator);
  } catch (error) {
    queryFailed = true;
    addNotice(store, messageOf(error));
  }
  await started;
  await runner.idle();
  const failed = coordinator.statuses().filter((s) => s.state === 'error');
  for (const status of failed) addNotice(store, status.message ?? status.id);
  setEngineStatus(store, settledEngineStatus(coordinator, failed.length, queryFailed));
  if (!store.getState().vaccination) markError(store, store.getState().notices.join('\n'));
  settled = true;
  if (refreshSeconds > 0) {
    coordinator.autoRefresh(
      timingsFor(refreshSeconds * 1000),
      {
        polled: () => {
          setToday(store, thaiDateOf(now()));
        },
        manifestRead: () => {
          setDatasets(store, coordinator.registry.layers());
          addManifestNotices(store, coordinator.manifest);
        },
      },
      options.refreshTimers,
    );
    const lifecycle = options.lifecycle ?? browserLifecycle();
    if (lifecycle) {
      followPageLifecycle(lifecycle.document, lifecycle.window, {
        longHiddenMs: Math.min(LONG_HIDDEN_MS, refreshSeconds * 1000),
        now,
        resumed: () => {
          setToday(store, thaiDateOf(now()));
          void coordinator.pollNow();
        },
      });
    }
  }
  return coordinator;
}

/**
 * The engine's status once start-up is over: `error` when no dataset could be loaded at all (the
 * database itself, or every file, failed), `partial` when some did and others failed, else `ready`.
 */
function settledEngineStatus(
  coordinator: DataCoordinator,
  failed: number,
  queryFailed: boolean,
): EngineStatus {
  if (failed === 0 && !queryFailed) return 'ready';
  const loaded = coordinator.statuses().some((s) => s.state === 'ready' || s.state === 'stale');
  return loaded ? 'partial' : 'error';
}
