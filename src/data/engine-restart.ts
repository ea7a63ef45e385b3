/**
 * A {@link DataEngine} that outlives its database. When the database dies (its worker reports an
 * error, a call fails the way only a dead database fails, or a call gets no answer in time), a
 * new one is created and every table that was loaded is loaded again from the file bytes kept
 * from its last good load: nothing is fetched again. Calls made meanwhile wait for the new
 * database; a call cut off by the death is run once more on it. The caller keeps showing the
 * results it has; the hooks say when a restart begins and ends.
 *
 * Memory: one copy of each table's file bytes (the newest good load) is kept, never a decoded
 * copy.
 */
import type { Timers } from './refresh';
import type { DataEngine } from './engine';
import { messageOf } from './error-message';
import type { DatasetDef } from './manifest-types';
import { datasetTableName } from './registry';

/** What a {@link createRestartingEngine} tells its owner. */
export interface RestartHooks {
  /** The database was given up; a new one is being prepared. */
  readonly restarting?: (reason: string) => void;
  /** The new database holds every table again (`tables` were loaded into it). */
  readonly restarted?: (reason: string, tables: number) => void;
  /** The new database could not be prepared: calls fail until a later try succeeds. */
  readonly restartFailed?: (message: string) => void;
}

/** Options of {@link createRestartingEngine}. */
export interface RestartOptions {
  /** A query with no answer after this long (ms) means the database is gone; default 60 s. */
  readonly queryTimeoutMs?: number;
  /** The same for a table load and for starting a database; default 5 minutes. */
  readonly loadTimeoutMs?: number;
  /** After a failed restart, calls fail at once for this long (ms) before the next try; default 10 s. */
  readonly retryAfterMs?: number;
  readonly hooks?: RestartHooks;
  readonly timers?: Timers;
  readonly now?: () => number;
}

/** The restarting engine, with how many times it has restarted (for tests and benchmarks). */
export interface RestartingEngine extends DataEngine {
  restarts(): number;
}

/** A call cut off because its database was given up. */
export class EngineGoneError extends Error {}

const DEAD_DATABASE =
  /worker (?:was |has been )?terminated|worker failed|RuntimeError|memory access out of bounds|\bunreachable\b|database has been invalidated|FATAL Error|data engine has been terminated/i;

/** True for an error that means the database itself is gone, not that a statement was wrong. */
export function isEngineFailure(error: unknown): boolean {
  return error instanceof EngineGoneError || DEAD_DATABASE.test(messageOf(error));
}

const GLOBAL_TIMERS: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/**
 * The watchdog counts time in ticks of this length, run one after another, not by the clock: a
 * frozen or throttled tab runs no tick, so a call it held up is not mistaken for a dead database.
 */
const TICK_MS = 1_000;

/** One database and the calls waiting on it. */
class Generation {
  alive = true;
  reason = '';
  /** Each waiting call's reject, with the time (ms) it may still wait and its whole timeout. */
  private readonly waiting = new Map<(error: Error) => void, { left: number; of: number }>();
  private ticker: unknown;

  constructor(
    readonly engine: DataEngine,
    private readonly timers: Timers,
    private readonly gone: () => void = () => undefined,
  ) {
    void engine.died?.then((reason) => {
      this.giveUp(reason);
    });
  }

  /** Settles with `work`, or rejects with {@link EngineGoneError} once the database is given up. */
  watch<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // A map entry, not a race against a never-settling promise: nothing piles up per call.
      this.waiting.set(reject, { left: timeoutMs, of: timeoutMs });
      this.arm();
      const done = (): void => {
        this.waiting.delete(reject);
        if (this.waiting.size === 0) this.disarm();
      };
      work.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error instanceof Error ? error : new Error(messageOf(error)));
        },
      );
    });
  }

  private arm(): void {
    if (this.ticker !== undefined || !this.alive) return;
    this.ticker = this.timers.setTimeout(() => {
      this.ticker = undefined;
      for (const [reject, wait] of this.waiting) {
        if (wait.left <= TICK_MS) {
          this.giveUp(`the database gave no answer for ${Math.round(wait.of / 1000)} s`);
          return;
        }
        this.waiting.set(reject, { left: wait.left - TICK_MS, of: wait.of });
      }
      if (this.waiting.size > 0) this.arm();
    }, TICK_MS);
  }

  private disarm(): void {
    this.timers.clearTimeout(this.ticker);
    this.ticker = undefined;
  }

  giveUp(reason: string): void {
    if (!this.alive) return;
    this.alive = false;
    this.reason = reason;
    this.disarm();
    const error = new EngineGoneError(reason);
    for (const reject of this.waiting.keys()) reject(error);
    this.waiting.clear();
    if (this.engine.kill) this.engine.kill();
    else void this.engine.terminate().catch(() => undefined);
    this.gone();
  }
}

/**
 * Wraps `first`; `create` makes each new database. See the module comment.
 */
export function createRestartingEngine(
  first: DataEngine,
  create: () => Promise<DataEngine>,
  options: RestartOptions = {},
): RestartingEngine {
  return new Restarting(first, create, options);
}

class Restarting implements RestartingEngine {
  private current: Generation;
  private restarting: Promise<Generation> | undefined;
  private failure: { readonly at: number; readonly message: string } | undefined;
  private terminated = false;
  private restartCount = 0;
  /** The newest good load of each table: what a new database is filled from. */
  private readonly loads = new Map<string, { def: DatasetDef; bytes: Uint8Array }>();
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(
    first: DataEngine,
    private readonly create: () => Promise<DataEngine>,
    private readonly options: RestartOptions,
  ) {
    this.timers = options.timers ?? GLOBAL_TIMERS;
    this.now = options.now ?? Date.now;
    this.current = this.generation(first);
  }

  /** A database that, once given up, is replaced at once: a wall must recover with no one asking. */
  private generation(engine: DataEngine): Generation {
    return new Generation(engine, this.timers, () => {
      if (!this.terminated) this.nextGeneration().catch(() => undefined);
    });
  }

  restarts(): number {
    return this.restartCount;
  }

  query: DataEngine['query'] = (q) =>
    this.call(this.options.queryTimeoutMs ?? 60_000, (engine) => engine.query(q));

  async loadTable(def: DatasetDef, bytes: Uint8Array): Promise<number> {
    const rows = await this.call(this.loadTimeoutMs(), (engine) => engine.loadTable(def, bytes));
    const table = datasetTableName(def);
    this.loads.delete(table);
    this.loads.set(table, { def, bytes });
    return rows;
  }

  async dropTable(name: string): Promise<void> {
    this.loads.delete(name);
    await this.call(this.loadTimeoutMs(), (engine) => engine.dropTable(name));
  }

  async terminate(): Promise<void> {
    if (this.terminated) return;
    this.terminated = true;
    this.loads.clear();
    const restarting = this.restarting?.catch(() => undefined);
    if (this.current.alive) await this.current.engine.terminate();
    await restarting;
  }

  kill(): void {
    this.terminated = true;
    this.loads.clear();
    this.current.giveUp('killed');
  }

  private loadTimeoutMs(): number {
    return this.options.loadTimeoutMs ?? 300_000;
  }

  /**
   * Runs `run` on the live database (at once, no microtask in between, when there is one). A
   * call the database's death cut off runs once more on the next database.
   */
  private call<T>(
    timeoutMs: number,
    run: (engine: DataEngine) => Promise<T>,
    retried = false,
  ): Promise<T> {
    if (this.terminated) return Promise.reject(new Error('the data engine has been terminated'));
    const generation = this.current;
    if (!generation.alive) {
      return this.nextGeneration().then(() => this.call(timeoutMs, run, retried));
    }
    return generation.watch(run(generation.engine), timeoutMs).catch((error: unknown) => {
      if (!isEngineFailure(error) && generation.alive) throw error;
      generation.giveUp(messageOf(error));
      if (retried) throw error;
      return this.call(timeoutMs, run, true);
    });
  }

  /** The restart under way, or a new one (unless the last one failed moments ago). */
  private nextGeneration(): Promise<Generation> {
    if (this.current.alive) return Promise.resolve(this.current);
    if (this.restarting) return this.restarting;
    const retryAfterMs = this.options.retryAfterMs ?? 10_000;
    if (this.failure && this.now() - this.failure.at < retryAfterMs) {
      return Promise.reject(new Error(this.failure.message));
    }
    const restart = this.restart(this.current.reason);
    this.restarting = restart;
    const clear = (): void => {
      if (this.restarting === restart) this.restarting = undefined;
    };
    restart.then(clear, clear);
    return restart;
  }

  /** A new database, or an error if it is not up within the load timeout (it is then killed). */
  private started(): Promise<DataEngine> {
    const timeoutMs = this.loadTimeoutMs();
    return new Promise<DataEngine>((resolve, reject) => {
      let late = false;
      const timer = this.timers.setTimeout(() => {
        late = true;
        reject(new Error(`a new database did not start within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.create().then(
        (engine) => {
          this.timers.clearTimeout(timer);
          if (late) engine.kill?.();
          else resolve(engine);
        },
        (error: unknown) => {
          this.timers.clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(messageOf(error)));
        },
      );
    });
  }

  private async restart(reason: string): Promise<Generation> {
    this.options.hooks?.restarting?.(reason);
    let generation: Generation | undefined;
    try {
      generation = this.generation(await this.started());
      for (const [table, { def, bytes }] of [...this.loads]) {
        try {
          await generation.watch(generation.engine.loadTable(def, bytes), this.loadTimeoutMs());
        } catch (error) {
          if (isEngineFailure(error) || !generation.alive) throw error;
          // Loaded before, refused now: the table stays missing and its queries say so.
          this.loads.delete(table);
          console.error(`DataEngine restart: ${def.file} could not be loaded again`, error);
        }
      }
      if (this.terminated) throw new Error('the data engine has been terminated');
      if (!generation.alive) throw new EngineGoneError(generation.reason);
    } catch (error) {
      generation?.giveUp('restart failed');
      const message = `the database could not be restarted (${messageOf(error)})`;
      this.failure = { at: this.now(), message };
      this.options.hooks?.restartFailed?.(message);
      throw new Error(message, { cause: error });
    }
    this.current = generation;
    this.failure = undefined;
    this.restartCount += 1;
    this.options.hooks?.restarted?.(reason, this.loads.size);
    return generation;
  }
}
