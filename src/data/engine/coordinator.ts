/**
 * The data layer's front door: the state layer talks to this class only. It reads the manifest,
 * serves the first-paint preview, and loads every dataset into DuckDB in the background. On
 * {@link DataCoordinator.refreshManifest} it re-reads the manifest; {@link DataCoordinator.reload}
 * loads a dataset again, into a staging table that replaces the old one only once it is complete
 * and valid, so a failed load keeps the last good data (the dataset is then `stale`). A database
 * that dies is replaced by a new one filled from the files already fetched (engine-restart.ts).
 */
import type { Table } from 'apache-arrow';
import type { DataEngine } from './engine';
import { createRestartingEngine, type RestartOptions } from './engine-restart';
import type { DatasetDef, Manifest, ProvincePreview } from '../manifest/manifest-types';
import { parseProvincePreview } from '../manifest/preview';
import {
  DEFAULT_STALL_MS,
  fetchFileBytes,
  fetchJson,
  fetchManifest,
  type FetchLimits,
} from '../refresh/refresh-fetch';
import { RefreshControl } from '../refresh/coordinator-refresh';
import type { RefreshHooks, RefreshTimings, Timers } from '../refresh/refresh';
import { contentKey, mergedRegistry } from '../refresh/refresh-registry';
import type { DatasetStatus, StatusListener } from '../refresh/refresh-status';
import { datasetTableName, DatasetRegistry } from '../manifest/registry';
import { DatasetMissingError, missingTableOf } from './engine-errors';
import type { SqlQuery } from '../sql';

export type { DatasetLoadState, DatasetStatus, StatusListener } from '../refresh/refresh-status';
import { messageOf } from '../error-message';
import { RestrictedFileError } from '../refresh/restricted-file';
import { checkUserTableName, userTableLoad } from '../sql-guard/user-table';

/** Options of {@link DataCoordinator.open}. */
export interface CoordinatorOptions {
  /** The fetch to use; default the global one. */
  readonly fetch?: typeof fetch;
  /** Creates the engine when {@link DataCoordinator.start} runs; default the browser engine, loaded on demand. */
  readonly createEngine?: () => Promise<DataEngine>;
  /** Base for a relative manifest URL; default the page's address. */
  readonly baseUrl?: string;
  /** A response that sends nothing for this long (ms) is abandoned; default 30 s. */
  readonly stallMs?: number;
  /** A data file not complete after this long (ms) is abandoned; default 2 min (refresh-watch.ts). */
  readonly deadlineMs?: number;
  /** The clock of those two download timers; default the global one. */
  readonly fetchTimers?: Timers;
  /** The clock for load times; default Date.now. */
  readonly now?: () => number;
  /** How a dead database is noticed and replaced (see engine-restart.ts); `false`: never. */
  readonly restart?: RestartOptions | false;
}

const loadBrowserEngine = async (): Promise<DataEngine> =>
  (await import('./engine-browser')).createBrowserEngine();

/** Reads the manifest and owns the engine; see the module comment. */
export class DataCoordinator {
  private readonly listeners = new Set<StatusListener>();
  private readonly statusById = new Map<string, DatasetStatus>();
  /** The definition of the data in each table (what the SQL builders must describe). */
  private readonly loadedDefs = new Map<string, DatasetDef>();
  /** The definition each dataset's latest load attempt used. */
  private readonly attemptedDefs = new Map<string, DatasetDef>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private latest: Manifest;
  private currentRegistry: DatasetRegistry;
  private engine: Promise<DataEngine> | undefined;
  private startedEngine: DataEngine | undefined;
  private started: Promise<void> | undefined;
  private readonly refresh = new RefreshControl(this);
  private readonly limits: FetchLimits;
  private readonly now: () => number;
  private readonly restart: RestartOptions | false;

  private constructor(
    /** The manifest's absolute URL; data files are resolved against it. */
    readonly manifestUrl: URL,
    manifest: Manifest,
    private readonly fetchFn: typeof fetch,
    private readonly createEngine: () => Promise<DataEngine>,
    options: CoordinatorOptions,
  ) {
    this.latest = manifest;
    this.currentRegistry = new DatasetRegistry(manifest);
    this.limits = fetchLimitsOf(options);
    this.now = options.now ?? Date.now;
    this.restart = options.restart ?? {};
  }

  /**
   * Fetches and validates the manifest. Does not start DuckDB.
   * @throws Error naming the manifest file when it cannot be fetched, parsed or validated.
   */
  static async open(
    manifestUrl: string | URL,
    options: CoordinatorOptions = {},
  ): Promise<DataCoordinator> {
    const base = options.baseUrl ?? (typeof location === 'undefined' ? undefined : location.href);
    const url = new URL(manifestUrl, base);
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    const manifest = await fetchManifest(fetchFn, url, fetchLimitsOf(options), false);
    return new DataCoordinator(
      url,
      manifest,
      fetchFn,
      options.createEngine ?? loadBrowserEngine,
      options,
    );
  }

  /**
   * Table and column names for the SQL builders: the newest manifest, with each loaded dataset
   * described as the data in its table (a newer entry counts once its file has loaded).
   */
  get registry(): DatasetRegistry {
    return this.currentRegistry;
  }

  /** The validated manifest, as {@link registry} describes it. */
  get manifest(): Manifest {
    return this.currentRegistry.manifest;
  }

  /**
   * Fetches and validates the small first-paint file (manifest.preview): no DuckDB needed.
   * @throws Error naming the preview file.
   */
  async preview(): Promise<ProvincePreview> {
    const { file, dataset } = this.manifest.preview;
    const json = await fetchJson(this.fetchFn, new URL(file, this.manifestUrl), file, this.limits);
    return parseProvincePreview(json, file, dataset);
  }

  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The latest status of every dataset whose load has begun. */
  statuses(): readonly DatasetStatus[] {
    return [...this.statusById.values()];
  }

  /**
   * Creates the engine and loads every dataset that is not deferred; resolves once each is ready
   * or has failed. Files are fetched in parallel; a failing dataset never stops the others.
   * Deferred datasets load on {@link request}. Calling it again returns the same promise.
   */
  start(): Promise<void> {
    this.started ??= this.loadAll();
    return this.started;
  }

  /**
   * Starts loading a deferred dataset (once; later calls and other datasets are ignored). Call it
   * when a view needs the dataset; does nothing before {@link start}.
   */
  request(id: string): void {
    const def = this.registry.has(id) ? this.registry.get(id) : undefined;
    if (!def?.deferred || !this.engine || this.statusById.has(id)) return;
    const engine = this.engine;
    this.report({ id, state: 'loading' });
    // Wait for the first group, so the deferred file never competes with the small ones.
    void (this.started ?? Promise.resolve()).then(() => this.track(def, engine));
  }

  /**
   * Re-reads the manifest (asking the server, not the cache). The datasets whose entry changed
   * (file, format, asOf, version, rows, period or columns) and whose load has begun are returned:
   * pass them to {@link reload}. Datasets not loaded yet will load the new entry when they do.
   * @throws Error naming the manifest when it cannot be fetched or is invalid: nothing changes.
   */
  async refreshManifest(): Promise<readonly string[]> {
    const manifest = await fetchManifest(this.fetchFn, this.manifestUrl, this.limits, true);
    this.latest = manifest;
    this.rebuildRegistry();
    return manifest.datasets
      .filter((def) => {
        const attempted = this.attemptedDefs.get(def.id);
        return attempted !== undefined && contentKey(attempted) !== contentKey(def);
      })
      .map((def) => def.id);
  }

  /**
   * Loads a dataset again from the newest manifest entry, in the background: the old table stays
   * in use until the new one has loaded and passed every check, then is replaced in one
   * transaction. Resolves (never rejects) when done; the outcome is reported as a status (`ready`,
   * else `stale` or `error`). Does nothing for a dataset whose load has not begun; a reload of a
   * dataset that is already loading joins that load.
   */
  reload(id: string): Promise<void> {
    const running = this.inFlight.get(id);
    if (running) return running;
    const def = this.latest.datasets.find((d) => d.id === id) ?? this.loadedDefs.get(id);
    if (!def || !this.engine || !this.statusById.has(id)) return Promise.resolve();
    return this.track(def, this.engine);
  }

  /** Resolves when the dataset has data (ready, or stale); rejects with its error message if none loaded. */
  whenReady(id: string): Promise<void> {
    this.registry.get(id);
    return new Promise((resolve, reject) => {
      const settle = (status: DatasetStatus): boolean => {
        if (status.id !== id) return false;
        if (status.state === 'ready' || status.state === 'stale') resolve();
        else if (status.state === 'error') reject(new Error(status.message));
        return status.state !== 'loading';
      };
      const current = this.statusById.get(id);
      if (current && settle(current)) return;
      const unsubscribe = this.onStatus((status) => {
        if (settle(status)) unsubscribe();
      });
    });
  }

  /**
   * Runs a query built by the SQL builders.
   * @throws Error if {@link start} has not been called or the engine could not start.
   */
  async query(q: SqlQuery): Promise<Table> {
    if (!this.engine) throw new Error('DataCoordinator.query: call start() first');
    // Once the engine is up, hand the query over in this very call (no microtask in between).
    return (this.startedEngine ?? (await this.engine)).query(q).catch((error: unknown) => {
      throw this.explained(error);
    });
  }

  /**
   * Runs the SQL console's query (console.ts); `signal` interrupts it. Never retried, never timed
   * out as a dead database (engine-restart.ts); the dashboard's queries are answered meanwhile.
   * @throws Error if {@link start} has not been called, or `signal.reason` once it aborts.
   */
  async interruptibleQuery(q: SqlQuery, signal: AbortSignal): Promise<Table> {
    if (!this.engine) throw new Error('DataCoordinator.interruptibleQuery: call start() first');
    return (this.startedEngine ?? (await this.engine)).interruptibleQuery(q, signal);
  }

  /** DuckDB's "table does not exist" for a dataset table, as the dataset's own load problem. */
  private explained(error: unknown): unknown {
    const table = missingTableOf(error);
    const def = this.latest.datasets.find((d) => datasetTableName(d) === table);
    if (!def) return error;
    const status = this.statusById.get(def.id);
    const failed = status?.state === 'error' || status?.state === 'stale';
    return new DatasetMissingError(def.id, def.file, failed ? status.message : undefined, {
      cause: error,
    });
  }

  /**
   * Starts auto-refresh ({@link RefreshLoop}): polls the manifest, reloads changed datasets and
   * retries failed ones with back-off, until {@link close}. Calling it again does nothing.
   */
  autoRefresh(timings: RefreshTimings, hooks: RefreshHooks = {}, timers?: Timers): void {
    this.refresh.start(timings, hooks, timers);
  }

  /**
   * Polls the manifest now, as auto-refresh does, and starts its timers afresh (a tab back from
   * being frozen or hidden); does nothing without {@link autoRefresh}. Resolves when the changed
   * datasets have been reloaded.
   */
  pollNow(): Promise<void> {
    return this.refresh.pollNow();
  }

  /**
   * Loads a table the user brought (a dropped file) into DuckDB as `name` for the SQL console,
   * replacing an earlier user table of that name: staged, checked and swapped in like a dataset,
   * so a failure leaves every table as it was. Dataset tables are never touched.
   * @param name `user_` + lower-case letters, digits and single `_` (user-table.ts), not a dataset id.
   * @param csv the table as the loader's CSV (userTableLoad), when it was written off this thread.
   * @returns the number of rows loaded.
   * @throws Error naming the table: a refused name, no engine yet ({@link start}), or DuckDB's refusal.
   */
  async loadUserTable(name: string, table: Table, csv?: Uint8Array): Promise<number> {
    checkUserTableName(
      name,
      this.registry.list().map((def) => def.id),
    );
    if (!this.engine) throw new Error(`user table '${name}': call start() first`);
    // `csv`: the rows already written by the import worker; only the definition is made here.
    const { def, bytes } = userTableLoad(name, csv ? table.slice(0, 0) : table);
    return (await this.engine).loadTable(def, csv ?? bytes);
  }

  /** Removes a user table loaded by {@link loadUserTable} (nothing when there is none). */
  async dropUserTable(name: string): Promise<void> {
    checkUserTableName(
      name,
      this.registry.list().map((def) => def.id),
    );
    if (!this.engine) return;
    await (await this.engine).dropTable(name);
  }

  /** Stops auto-refresh and terminates the engine, if one was started. */
  async close(): Promise<void> {
    this.refresh.stop();
    const engine = await this.engine?.catch(() => undefined);
    await engine?.terminate();
  }

  private async loadAll(): Promise<void> {
    const [first] = loadGroups(this.registry.list());
    for (const def of first) this.report({ id: def.id, state: 'loading' });
    const restart = this.restart;
    const engine = this.createEngine().then(
      (first) =>
        restart === false ? first : createRestartingEngine(first, this.createEngine, restart),
      (error: unknown) => {
        throw new Error(`the database engine could not start (${messageOf(error)})`);
      },
    );
    this.engine = engine;
    engine.then(
      (started) => {
        this.startedEngine = started;
      },
      () => undefined,
    );
    await Promise.all(first.map((def) => this.track(def, engine)));
  }

  /** Runs {@link loadOne}, remembered as the dataset's load in flight. */
  private track(def: DatasetDef, engine: Promise<DataEngine>): Promise<void> {
    const load = this.loadOne(def, engine).finally(() => this.inFlight.delete(def.id));
    this.inFlight.set(def.id, load);
    return load;
  }

  private async loadOne(def: DatasetDef, engine: Promise<DataEngine>): Promise<void> {
    this.attemptedDefs.set(def.id, def);
    try {
      // Fetch and engine start run side by side; a file problem is reported before an engine one.
      const url = new URL(def.file, this.manifestUrl);
      const [fetched, started] = await Promise.allSettled([
        fetchFileBytes(this.fetchFn, url, def.file, {
          ...this.limits,
          revalidate: this.loadedDefs.has(def.id),
        }),
        engine,
      ]);
      if (fetched.status === 'rejected') throw fetched.reason;
      if (started.status === 'rejected') throw started.reason;
      const rowCount = await started.value.loadTable(def, fetched.value);
      this.loadedDefs.set(def.id, def);
      this.rebuildRegistry();
      this.report({ id: def.id, state: 'ready', rowCount, loadedAt: this.now() });
    } catch (error) {
      const message = messageOf(error);
      const named = message.startsWith(`${def.file}:`) ? message : `${def.file}: ${message}`;
      // The table still holds the last good data when an earlier load succeeded.
      const loadedAt = this.loadedDefs.has(def.id)
        ? this.statusById.get(def.id)?.loadedAt
        : undefined;
      // A restricted file refused to this visitor is no failure; it is not retried.
      if (def.restricted === true && error instanceof RestrictedFileError) {
        this.report({ id: def.id, state: 'restricted', message: named, failedAt: this.now() });
        return;
      }
      this.report({
        id: def.id,
        state: this.loadedDefs.has(def.id) ? 'stale' : 'error',
        message: named,
        failedAt: this.now(),
        ...(loadedAt === undefined ? {} : { loadedAt }),
      });
    }
  }

  private rebuildRegistry(): void {
    this.currentRegistry = mergedRegistry(this.latest, this.loadedDefs, this.currentRegistry);
  }

  private report(status: DatasetStatus): void {
    this.statusById.set(status.id, status);
    for (const listener of [...this.listeners]) {
      try {
        listener(status);
      } catch (error) {
        // A broken listener must not fail the load, like an EventTarget listener.
        console.error('DataCoordinator: a status listener threw', error);
      }
    }
  }
}

/** The download limits of the coordinator's fetches (see refresh-watch.ts). */
function fetchLimitsOf(options: CoordinatorOptions): FetchLimits {
  return {
    stallMs: options.stallMs ?? DEFAULT_STALL_MS,
    ...(options.deadlineMs === undefined ? {} : { deadlineMs: options.deadlineMs }),
    ...(options.fetchTimers === undefined ? {} : { timers: options.fetchTimers }),
  };
}

/**
 * The datasets {@link DataCoordinator.start} loads, and the deferred ones (raw tables whose views
 * read published aggregates), loaded only when a view asks for them.
 */
export function loadGroups(datasets: readonly DatasetDef[]): [DatasetDef[], DatasetDef[]] {
  return [
    datasets.filter((def) => def.deferred !== true),
    datasets.filter((def) => def.deferred === true),
  ];
}
