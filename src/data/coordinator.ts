/**
 * The data layer's front door: the state layer talks to this class only. It reads the manifest,
 * serves the first-paint preview, and loads every dataset into DuckDB in the background.
 */
import type { Table } from 'apache-arrow';
import type { DataEngine } from './engine';
import type { DatasetDef, Manifest, ProvincePreview } from './manifest-types';
import { parseProvincePreview } from './preview';
import { DatasetRegistry, parseManifest } from './registry';
import type { SqlQuery } from './sql';
import { messageOf } from './error-message';

/** Where one dataset is in its load. */
export type DatasetLoadState = 'loading' | 'ready' | 'error';

/** A dataset's load status, as reported to {@link StatusListener}s. */
export interface DatasetStatus {
  readonly id: string;
  readonly state: DatasetLoadState;
  /** Rows loaded; set when ready. */
  readonly rowCount?: number;
  /** What went wrong, starting with the file name; set on error. */
  readonly message?: string;
}

/** Called on every status change. */
export type StatusListener = (status: DatasetStatus) => void;

/** Options of {@link DataCoordinator.open}. */
export interface CoordinatorOptions {
  /** The fetch to use; default the global one. */
  readonly fetch?: typeof fetch;
  /** Creates the engine when {@link DataCoordinator.start} runs; default the browser engine, loaded on demand. */
  readonly createEngine?: () => Promise<DataEngine>;
  /** Base for a relative manifest URL; default the page's address. */
  readonly baseUrl?: string;
}

const loadBrowserEngine = async (): Promise<DataEngine> =>
  (await import('./engine-browser')).createBrowserEngine();

/** Reads the manifest and owns the engine; see the module comment. */
export class DataCoordinator {
  private readonly listeners = new Set<StatusListener>();
  private readonly statusById = new Map<string, DatasetStatus>();
  private engine: Promise<DataEngine> | undefined;
  private startedEngine: DataEngine | undefined;
  private started: Promise<void> | undefined;

  private constructor(
    /** The manifest's absolute URL; data files are resolved against it. */
    readonly manifestUrl: URL,
    /** Table and column names for the SQL builders. */
    readonly registry: DatasetRegistry,
    private readonly fetchFn: typeof fetch,
    private readonly createEngine: () => Promise<DataEngine>,
  ) {}

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
    const name = fileNameOf(url);
    const json = await fetchJson(fetchFn, url, name);
    const registry = new DatasetRegistry(parseManifest(json, name));
    return new DataCoordinator(url, registry, fetchFn, options.createEngine ?? loadBrowserEngine);
  }

  /** The validated manifest. */
  get manifest(): Manifest {
    return this.registry.manifest;
  }

  /**
   * Fetches and validates the small first-paint file (manifest.preview): no DuckDB needed.
   * @throws Error naming the preview file.
   */
  async preview(): Promise<ProvincePreview> {
    const { file, dataset } = this.manifest.preview;
    const json = await fetchJson(this.fetchFn, new URL(file, this.manifestUrl), file);
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
    void (this.started ?? Promise.resolve()).then(() => this.loadOne(def, engine));
  }

  /** Resolves when the dataset is loaded; rejects with its error message if its load failed. */
  whenReady(id: string): Promise<void> {
    this.registry.get(id);
    return new Promise((resolve, reject) => {
      const settle = (status: DatasetStatus): boolean => {
        if (status.id !== id) return false;
        if (status.state === 'ready') resolve();
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
    return (this.startedEngine ?? (await this.engine)).query(q);
  }

  /** Terminates the engine, if one was started. */
  async close(): Promise<void> {
    const engine = await this.engine?.catch(() => undefined);
    await engine?.terminate();
  }

  private async loadAll(): Promise<void> {
    const [first] = loadGroups(this.registry.list());
    for (const def of first) this.report({ id: def.id, state: 'loading' });
    const engine = this.createEngine().catch((error: unknown) => {
      throw new Error(`the database engine could not start (${messageOf(error)})`);
    });
    this.engine = engine;
    engine.then(
      (started) => {
        this.startedEngine = started;
      },
      () => undefined,
    );
    await Promise.all(first.map((def) => this.loadOne(def, engine)));
  }

  private async loadOne(def: DatasetDef, engine: Promise<DataEngine>): Promise<void> {
    try {
      // Fetch and engine start run side by side; a file problem is reported before an engine one.
      const [fetched, started] = await Promise.allSettled([this.fetchBytes(def.file), engine]);
      if (fetched.status === 'rejected') throw fetched.reason;
      if (started.status === 'rejected') throw started.reason;
      const rowCount = await started.value.loadTable(def, fetched.value);
      this.report({ id: def.id, state: 'ready', rowCount });
    } catch (error) {
      const message = messageOf(error);
      const named = message.startsWith(`${def.file}:`) ? message : `${def.file}: ${message}`;
      this.report({ id: def.id, state: 'error', message: named });
    }
  }

  private async fetchBytes(file: string): Promise<Uint8Array> {
    const response = await fetchOk(this.fetchFn, new URL(file, this.manifestUrl), file);
    return new Uint8Array(await response.arrayBuffer());
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

function fileNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.href;
}

async function fetchOk(fetchFn: typeof fetch, url: URL, name: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new Error(`${name}: could not be fetched from ${url.href} (${messageOf(error)})`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new Error(
      `${name}: HTTP ${response.status} ${response.statusText} for ${url.href}; check that the file is in place`,
    );
  }
  return response;
}

async function fetchJson(fetchFn: typeof fetch, url: URL, name: string): Promise<unknown> {
  const response = await fetchOk(fetchFn, url, name);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${name}: is not valid JSON (${messageOf(error)})`, { cause: error });
  }
}
