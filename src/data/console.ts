/**
 * The analyst's SQL console over the coordinator (issue 6): which tables it may read, and running
 * a read-only query through the guard (sql-guard.ts). Views call this through an action; they
 * never reach DuckDB themselves.
 */
import { AGGREGATES } from './aggregates';
import { messageOf } from './error-message';
import type { DatasetStatus } from './refresh-status';
import type { DatasetDef } from './manifest-types';
import type { DatasetRegistry } from './registry';
import { runConsoleQuery, CONSOLE_MAX_ROWS, type ConsoleResult, type SqlRunner } from './sql-guard';

export { CONSOLE_MAX_ROWS, type ConsoleResult } from './sql-guard';

/** What the console needs of the coordinator: DataCoordinator fits. */
export interface ConsoleSource extends SqlRunner {
  readonly registry: DatasetRegistry;
  statuses(): readonly DatasetStatus[];
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
 * Never throws: a refusal or DuckDB's error comes back as a {th,en} message.
 */
export function runConsole(
  source: ConsoleSource,
  sql: string,
  userTables: readonly string[],
  maxRows = CONSOLE_MAX_ROWS,
): Promise<ConsoleResult> {
  return runConsoleQuery(source, sql, consoleTables(source, userTables), maxRows).catch(
    (error: unknown) => ({
      ok: false as const,
      message: {
        th: `คอนโซลใช้งานไม่ได้: ${messageOf(error)}`,
        en: `The console cannot run: ${messageOf(error)}`,
      },
    }),
  );
}
