/**
 * What the data tools do, outside React: import a file into a layer (and into DuckDB for the
 * console), remove a layer, run a console query, turn its result into a layer. DuckDB is reached
 * only through the coordinator's methods and src/data/sql-guard/console.ts.
 */
import { runConsole, type ConsoleSource } from '../../../data/sql-guard/console';
import { messageOf } from '../../../data/error-message';
import { defaultRunner, type ImportRunner } from '../../../data/import/import-client';
import { checkImportSize } from '../../../data/import/import-file';
import { limitMsg } from '../../../data/import/limit-messages';
import type { LocalText } from '../../../data/manifest/manifest-types';
import { userTableName } from '../../../data/sql-guard/user-table';
import type { Table } from 'apache-arrow';
import {
  addUserLayer,
  holdTable,
  ownsTable,
  readyUserTables,
  releaseTable,
  removeUserLayer,
  setImportStatus,
  setTableSource,
  takenTableNames,
  updateConsole,
  updateUserLayer,
  type DataToolsStore,
} from './user-layers-store';

/** What the tools need of the coordinator: DataCoordinator fits. */
export interface ToolsBackend extends ConsoleSource {
  /** `csv`: the table already written as the engine loader's CSV (the import worker does it). */
  loadUserTable(name: string, table: Table, csv?: Uint8Array): Promise<number>;
  dropUserTable(name: string): Promise<void>;
}

/** The coordinator, or the promise of it (null when the data could not start). */
export type BackendSource = ToolsBackend | Promise<ToolsBackend | null> | null;

/** A picked or dropped file (a DOM File fits). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const NO_ENGINE: LocalText = {
  th: 'ฐานข้อมูลยังไม่พร้อม ลองอีกครั้งเมื่อโหลดข้อมูลเสร็จ',
  en: 'The database is not ready yet; try again once the data has loaded.',
};

/**
 * Loads layer `id`'s table into DuckDB as `name`. The layer id is the load's token: removed
 * before the engine is reached, the load is cancelled; removed while loading, the table this
 * load created is dropped. The name stays held until then, so nothing else can own it.
 */
async function loadIntoDuckdb(
  tools: DataToolsStore,
  id: string,
  name: string,
  table: Table,
  source: BackendSource,
  csv?: Uint8Array,
): Promise<void> {
  holdTable(tools, name);
  try {
    // Started in a task of its own: handing a large table to the engine is not added to the
    // task in which the page draws the new layer (issue 16: no main-thread task over 200 ms).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const backend = await source;
    if (!backend) throw new Error(NO_ENGINE.en);
    if (!ownsTable(tools.getState(), id, name)) return;
    await backend.loadUserTable(name, table, csv);
    if (ownsTable(tools.getState(), id, name)) {
      updateUserLayer(tools, id, { tableState: 'ready', tableMessage: null });
    } else {
      await backend.dropUserTable(name);
    }
  } catch (error) {
    updateUserLayer(tools, id, { tableState: 'error', tableMessage: messageOf(error) });
  } finally {
    releaseTable(tools, name);
  }
}

/** How {@link importUserFile} runs: where it parses, and the signal of the Cancel button. */
export interface ImportRunOptions {
  /** Where the file is parsed; by default the import worker (in this thread without workers). */
  readonly runner?: ImportRunner;
  /** Aborted by Cancel: the import stops and every layer and table stays as it was. */
  readonly signal?: AbortSignal;
}

/**
 * Imports one file: refused by size before its bytes are read; parsed off the page's thread
 * with its progress in the status; cancelled by `signal`; a failure leaves every layer as it
 * was and shows the importer's message; a usable file becomes a layer on top (shown in the
 * table view) and is loaded into DuckDB in the background as `user_<name>`.
 * @returns the new layer's id, or null.
 */
export async function importUserFile(
  tools: DataToolsStore,
  file: PickedFile,
  source: BackendSource,
  { runner = defaultRunner(), signal }: ImportRunOptions = {},
): Promise<string | null> {
  const fileName = file.name;
  const tooLarge = checkImportSize(fileName, file.size);
  if (tooLarge) {
    setImportStatus(tools, { state: 'failed', fileName, message: tooLarge.error });
    return null;
  }
  if (signal?.aborted) return null;
  setImportStatus(tools, { state: 'reading', fileName, progress: null });
  const run = runner(file, {}, (progress) => {
    setImportStatus(tools, { state: 'reading', fileName, progress });
  });
  const onAbort = () => {
    run.cancel();
  };
  signal?.addEventListener('abort', onAbort);
  const outcome = await run.outcome.finally(() => {
    signal?.removeEventListener('abort', onAbort);
  });
  if (outcome === null || signal?.aborted) {
    setImportStatus(tools, { state: 'cancelled', fileName, message: limitMsg.cancelled(fileName) });
    return null;
  }
  if (!outcome.ok) {
    setImportStatus(tools, { state: 'failed', fileName, message: outcome.error });
    return null;
  }
  const tableName = userTableName(fileName, takenTableNames(tools.getState()));
  const id = addUserLayer(tools, {
    name: fileName,
    source: fileName,
    origin: 'file',
    table: outcome.table,
    imported: outcome.report,
    tableName,
  });
  if (id === null) {
    const message = limitMsg.workerFailed(fileName, 'no province_code or lon/lat column');
    setImportStatus(tools, { state: 'failed', fileName, message });
    return null;
  }
  void loadIntoDuckdb(tools, id, tableName, outcome.loaderTable, source, outcome.loaderCsv);
  return id;
}

/**
 * Removes a layer and its DuckDB table. A table still loading is left to its load, which
 * cancels or drops it (see loadIntoDuckdb); a loaded one is dropped here, its name held until
 * the drop settles so a file imported meanwhile cannot take it.
 * @returns when the drop has settled (callers need not wait).
 */
export async function removeLayer(
  tools: DataToolsStore,
  id: string,
  source: BackendSource,
): Promise<void> {
  const layer = removeUserLayer(tools, id);
  const name = layer?.tableName;
  if (!name || layer.tableState !== 'ready') return;
  holdTable(tools, name);
  try {
    await (await source)?.dropUserTable(name);
  } catch {
    // The table may stay until the page closes; the layer is gone and its name is free again.
  } finally {
    releaseTable(tools, name);
  }
}

/**
 * Runs the console's query read-only over the loaded tables; the rows go to the table view, a
 * refusal or DuckDB error to the console's message. `cancel` (the console's Cancel) stops it.
 */
export async function runConsoleAction(
  tools: DataToolsStore,
  source: BackendSource,
  sql: string,
  cancel?: AbortSignal,
): Promise<void> {
  updateConsole(tools, { sql, running: true, message: null });
  let backend: ToolsBackend | null;
  try {
    backend = await source;
  } catch {
    backend = null;
  }
  if (!backend) {
    updateConsole(tools, { running: false, result: null, message: NO_ENGINE });
    return;
  }
  const tables = readyUserTables(tools.getState().layers);
  const outcome = await runConsole(backend, sql, tables, cancel ? { signal: cancel } : {});
  if (outcome.ok) {
    updateConsole(tools, {
      running: false,
      result: outcome.table,
      truncated: outcome.truncated,
      ranSql: outcome.sql,
      message: null,
    });
    setTableSource(tools, 'console');
  } else {
    updateConsole(tools, { running: false, result: null, message: outcome.message });
  }
}

/** Turns the console's result into a layer. @returns its id, or null without a key column. */
export function consoleResultToLayer(tools: DataToolsStore): string | null {
  const { result, ranSql } = tools.getState().console;
  if (!result) return null;
  const count = tools.getState().layers.filter((l) => l.origin === 'console').length + 1;
  return addUserLayer(tools, {
    name: `SQL ${count}`,
    source: ranSql,
    origin: 'console',
    table: result,
  });
}
