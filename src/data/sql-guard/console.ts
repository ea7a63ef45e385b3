/**
 * The analyst's SQL console over the coordinator (issue 6): which tables it may read, and running
 * a read-only query through the guard (sql-guard.ts), which the user can cancel and which is
 * stopped after a time limit. Views call this through an action; they never reach DuckDB
 * themselves.
 */
import { AGGREGATES } from '../published/aggregates';
import { messageOf } from '../error-message';
import type { DatasetStatus } from '../refresh/refresh-status';
import type { DatasetDef, LocalText } from '../manifest/manifest-types';
import type { DatasetRegistry } from '../manifest/registry';
import { runConsoleQuery, CONSOLE_MAX_ROWS, type ConsoleResult, type SqlRunner } from './sql-guard';
import type { SqlQuery } from '../sql';
import type { Table } from 'apache-arrow';

export { CONSOLE_MAX_ROWS, type ConsoleResult } from './sql-guard';

/** What the console needs of the coordinator: DataCoordinator fits. */
export interface ConsoleSource extends SqlRunner {
  readonly registry: DatasetRegistry;
  statuses(): readonly DatasetStatus[];
  /** A query `signal` interrupts, never retried nor timed out by the engine (engine.ts). */
  interruptibleQuery(q: SqlQuery, signal: AbortSignal): Promise<Table>;
}

/** A console query still running after this long (ms) is stopped: it never blocks for long. */
export const CONSOLE_TIME_LIMIT_MS = 30_000;

/** Options of {@link runConsole}. */
export interface ConsoleRunOptions {
  /** Rows kept at most; default {@link CONSOLE_MAX_ROWS}. */
  readonly maxRows?: number;
  /** The user's Cancel: aborting it stops the query. */
  readonly signal?: AbortSignal;
  /** Default {@link CONSOLE_TIME_LIMIT_MS}. */
  readonly timeLimitMs?: number;
}

/** A console run's outcome; a stopped query says why (the user's Cancel or the time limit). */
export type ConsoleOutcome =
  | ConsoleResult
  | { readonly ok: false; readonly message: LocalText; readonly stopped: 'cancelled' | 'timeout' };

/** The console's words for a query it stopped. */
export const CONSOLE_STOPPED = {
  cancelled: (): LocalText => ({
    th: 'ยกเลิกคำสั่งแล้ว: แก้คำสั่งแล้วรันใหม่ได้',
    en: 'The query was cancelled; edit it and run it again when ready.',
  }),
  timeout: (limitMs: number): LocalText => {
    const seconds = Math.round(limitMs / 1000);
    return {
      th: `คำสั่งรันนานเกิน ${seconds} วินาทีจึงถูกหยุด: จำกัดข้อมูลให้น้อยลง (เช่น เพิ่ม WHERE หรือเลี่ยงการ JOIN โดยไม่มีเงื่อนไข) แล้วรันใหม่`,
      en: `The query ran longer than ${seconds} s and was stopped: narrow it down (e.g. add a WHERE, avoid a JOIN without a condition) and run it again.`,
    };
  },
};

/** Why a console run was stopped: the reason its signal aborts with. */
class ConsoleStopped extends Error {
  constructor(readonly why: 'cancelled' | 'timeout') {
    super(`console query ${why}`);
  }
}

/**
 * May the console show this dataset's rows? Yes unless it holds personal records (a
 * minGroupSize): those only as the published aggregate of the same id and columns, whose groups
 * are never under k. A raw household file listed under an aggregate's id is refused.
 */
export function isShowableDataset(def: DatasetDef): boolean {
  if (def.minGroupSize === undefined) return true;
  const published = AGGREGATES.find((a) => a.id === def.id);
  if (!published) return false;
  const expected = published.columns.map((c) => c.name).join(',');
  return def.columns.map((c) => c.name).join(',') === expected;
}

/**
 * The tables the console may read: every dataset whose table holds data (ready, or stale with
 * its last good data) and {@link isShowableDataset}, then the user's tables, sorted by name.
 */
export function consoleTables(source: ConsoleSource, userTables: readonly string[]): string[] {
  const loaded = source
    .statuses()
    .filter((status) => status.state === 'ready' || status.state === 'stale')
    .map((status) => status.id)
    .filter((id) => source.registry.has(id) && isShowableDataset(source.registry.get(id)));
  return [...new Set([...loaded, ...userTables])].sort();
}

/**
 * Checks and runs one console query over {@link consoleTables}, keeping at most `maxRows` rows.
 * The query is interrupted when `signal` aborts or after `timeLimitMs`, and is never run again.
 * Never throws: a refusal, DuckDB's error or the stop comes back as a {th,en} message.
 */
export async function runConsole(
  source: ConsoleSource,
  sql: string,
  userTables: readonly string[],
  options: ConsoleRunOptions = {},
): Promise<ConsoleOutcome> {
  const limitMs = options.timeLimitMs ?? CONSOLE_TIME_LIMIT_MS;
  const stop = new AbortController();
  const cancel = (): void => {
    stop.abort(new ConsoleStopped('cancelled'));
  };
  const timer = setTimeout(() => {
    stop.abort(new ConsoleStopped('timeout'));
  }, limitMs);
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) cancel();
  try {
    const result = await runConsoleQuery(
      source,
      sql,
      consoleTables(source, userTables),
      options.maxRows ?? CONSOLE_MAX_ROWS,
      (q) => source.interruptibleQuery(q, stop.signal),
    );
    return stoppedOutcome(stop.signal, limitMs) ?? result;
  } catch (error) {
    return (
      stoppedOutcome(stop.signal, limitMs) ?? {
        ok: false as const,
        message: {
          th: `คอนโซลใช้งานไม่ได้: ${messageOf(error)}`,
          en: `The console cannot run: ${messageOf(error)}`,
        },
      }
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** The outcome of a run its signal stopped (whatever DuckDB answered meanwhile), else undefined. */
function stoppedOutcome(signal: AbortSignal, limitMs: number): ConsoleOutcome | undefined {
  if (!signal.aborted) return undefined;
  const why = signal.reason instanceof ConsoleStopped ? signal.reason.why : 'cancelled';
  const message =
    why === 'timeout' ? CONSOLE_STOPPED.timeout(limitMs) : CONSOLE_STOPPED.cancelled();
  return { ok: false, message, stopped: why };
}
