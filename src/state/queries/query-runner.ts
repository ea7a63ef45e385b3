import type { Table } from 'apache-arrow';
import { messageOf } from '../../data/error-message';
import type { DatasetRegistry } from '../../data/manifest/registry';
import type { SqlQuery } from '../../data/sql';
import type { Store } from '../app/store';

/** A query a view declares: what it reads, what it depends on, how to build its SQL. */
export interface ViewQuery<S> {
  readonly key: string;
  /**
   * Dataset ids the query reads; it runs once all are loaded and again when one is reloaded. A
   * function picks them from the manifest (e.g. a published aggregate, else its raw table).
   */
  readonly datasets: readonly string[] | ((registry: DatasetRegistry) => readonly string[]);
  /** The state values the query depends on; it reruns when one changes (Object.is). */
  readonly inputs: (state: S) => readonly unknown[];
  readonly build: (registry: DatasetRegistry, state: S) => SqlQuery;
  /** When given and false, the query does not run (e.g. its layer is hidden). */
  readonly enabled?: (state: S) => boolean;
}

/** What the runner needs from the data module (DataCoordinator provides it). */
export interface QuerySource {
  readonly registry: DatasetRegistry;
  query(q: SqlQuery): Promise<Table>;
  /** Asks for a dataset that is not loaded yet (a deferred one); optional. */
  request?(id: string): void;
}

/** Receives the runner's results and failures. */
export interface QueryResultSink {
  result(key: string, table: Table): void;
  /**
   * Receives the results of queries started together at once (one store update, one render);
   * without it, each goes to {@link result}.
   */
  results?(entries: readonly { key: string; table: Table }[]): void;
  failure(key: string, message: string): void;
  /** Called when the runner starts working (true) and when it has nothing left to run (false). */
  busy?(running: boolean): void;
}

function sameInputs(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

function sameSql(a: SqlQuery | undefined, b: SqlQuery): boolean {
  return a !== undefined && a.sql === b.sql && sameInputs(a.params, b.params);
}

/** The query `query` builds for `state`, or what stopped it being built. */
function buildOf<S>(query: ViewQuery<S>, registry: DatasetRegistry, state: S): SqlQuery | Error {
  try {
    return query.build(registry, state);
  } catch (error) {
    return error instanceof Error ? error : new Error(messageOf(error));
  }
}

/**
 * Runs each declared query when its datasets are loaded and whenever its inputs change, the
 * Mosaic way: views declare queries and receive Arrow tables. Changed inputs that build the same
 * SQL and parameters as the run before (e.g. a date range clamped into a dataset's period) run
 * nothing: the result, and every model built from it, stays the same object. Only the newest run
 * of a key may deliver: a slow old result never overwrites a newer one.
 */
export class QueryRunner<S> {
  private readonly loaded = new Map<string, number>();
  private readonly lastInputs = new Map<string, readonly unknown[]>();
  private readonly lastLoads = new Map<string, string>();
  /** The SQL each key last started with. */
  private readonly lastSql = new Map<string, SqlQuery>();
  private readonly generation = new Map<string, number>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: Store<S>,
    private readonly source: QuerySource,
    /** The declared queries, or a function of the state giving them (e.g. from the manifest). */
    private readonly queries: readonly ViewQuery<S>[] | ((state: S) => readonly ViewQuery<S>[]),
    private readonly sink: QueryResultSink,
  ) {}

  /** Starts following the store; returns the function that stops it. */
  start(): () => void {
    const unsubscribe = this.store.subscribe(() => {
      this.runDue();
    });
    this.runDue();
    return unsubscribe;
  }

  /** Marks a dataset as (re)loaded: its queries run again. */
  datasetLoaded(id: string): void {
    this.loaded.set(id, (this.loaded.get(id) ?? 0) + 1);
    this.runDue();
  }

  /**
   * Runs every enabled query again (e.g. on a new database after a restart); results already
   * delivered stay in place until the new ones arrive.
   */
  rerunAll(): void {
    for (const [id, count] of this.loaded) this.loaded.set(id, count + 1);
    this.runDue();
  }

  /** Resolves when no query is running (for tests and readiness checks). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private runDue(): void {
    const state = this.store.getState();
    const started: Promise<Outcome>[] = [];
    const queries = typeof this.queries === 'function' ? this.queries(state) : this.queries;
    for (const query of queries) {
      const datasets =
        typeof query.datasets === 'function'
          ? query.datasets(this.source.registry)
          : query.datasets;
      if (query.enabled && !query.enabled(state)) {
        this.lastInputs.delete(query.key);
        this.lastSql.delete(query.key);
        continue;
      }
      const missing = datasets.filter((id) => !this.loaded.has(id));
      if (missing.length > 0) {
        for (const id of missing) this.source.request?.(id);
        continue;
      }
      const loads = datasets.map((id) => this.loaded.get(id)).join(',');
      const inputs = query.inputs(state);
      if (
        this.lastLoads.get(query.key) === loads &&
        sameInputs(this.lastInputs.get(query.key), inputs)
      ) {
        continue;
      }
      const sameLoads = this.lastLoads.get(query.key) === loads;
      this.lastLoads.set(query.key, loads);
      this.lastInputs.set(query.key, inputs);
      const built = buildOf(query, this.source.registry, state);
      if (!(built instanceof Error)) {
        if (sameLoads && sameSql(this.lastSql.get(query.key), built)) continue;
        this.lastSql.set(query.key, built);
      }
      started.push(this.run(query.key, built));
    }
    if (started.length > 0) this.deliverTogether(started);
  }

  /** Runs one query; resolves (never rejects) with its outcome and generation. */
  private async run(key: string, built: SqlQuery | Error): Promise<Outcome> {
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    const start = performance.now();
    try {
      if (built instanceof Error) throw built;
      const table = await this.source.query(built);
      // A User Timing entry for the benchmark and the browser's performance panel: the newest run
      // of each key only, since the browser keeps every entry until cleared (a wall runs for days).
      const name = `query ${key}`;
      performance.clearMeasures(name);
      performance.measure(name, { start, end: performance.now() });
      return { key, generation, table };
    } catch (error) {
      return { key, generation, message: messageOf(error) };
    }
  }

  /**
   * Waits for every query started by one state change and hands their results over together,
   * so the views re-render once per change, not once per query. Only the newest run of a key
   * delivers: a slow old result never overwrites a newer one.
   */
  private deliverTogether(started: readonly Promise<Outcome>[]): void {
    const task = Promise.all(started).then((outcomes) => {
      const current = outcomes.filter((o) => this.generation.get(o.key) === o.generation);
      const tables = current.flatMap((o) => (o.table ? [{ key: o.key, table: o.table }] : []));
      if (tables.length > 0) {
        if (this.sink.results) this.sink.results(tables);
        else for (const { key, table } of tables) this.sink.result(key, table);
      }
      for (const o of current) if (o.message !== undefined) this.sink.failure(o.key, o.message);
    });
    if (this.pending.size === 0) this.sink.busy?.(true);
    this.pending.add(task);
    void task.finally(() => {
      this.pending.delete(task);
      if (this.pending.size === 0) this.sink.busy?.(false);
    });
  }
}

/** What one query run ended with. */
interface Outcome {
  readonly key: string;
  readonly generation: number;
  readonly table?: Table;
  readonly message?: string;
}
