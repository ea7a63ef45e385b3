/**
 * One import as a job that can run in a worker: the file's bytes in; a short report, the table
 * as Arrow IPC bytes (with province names beside the codes, as the table view shows them) and
 * the same rows without the names as the engine loader's CSV out, so the page receives
 * three transferable buffers instead of millions of JavaScript values, and has nothing left to
 * parse. Progress is reported by phase. Never throws.
 */
import { tableToIPC } from 'apache-arrow';
import { messageOf } from '../error-message';
import { userTableFromImport, userTableLoad } from '../sql-guard/user-table';
import { importFile } from './import-file';
import { addProvinceNames } from './province-name-columns';
import { provinceSums, type ProvinceSums } from './province-sums';
import { msg } from './import-messages';
import type {
  ImportFailure,
  ImportInput,
  ImportOptions,
  ImportSuccess,
  UnmatchedRow,
} from './import-types';

/** Where an import is: reading the file, splitting it into rows, or building the table. */
export interface ImportProgress {
  readonly phase: 'read' | 'parse' | 'table';
  /** Bytes (read) or characters (parse) done; 0 with `total` 0 when it cannot be told. */
  readonly done: number;
  readonly total: number;
}

/** Unmatched rows a report carries (the summary lists fewer; the count says how many in all). */
export const REPORTED_UNMATCHED = 500;

/** What the page shows of a usable file: the summary without the rows themselves. */
export interface ImportReport extends Omit<
  ImportSuccess,
  'columns' | 'key' | 'locations' | 'duplicates' | 'unmatched'
> {
  /** The first {@link REPORTED_UNMATCHED} unmatched rows. */
  readonly unmatched: readonly UnmatchedRow[];
  readonly unmatchedCount: number;
  readonly duplicateCount: number;
  readonly columnNames: readonly string[];
}

/** A usable file: its report, its table (Arrow IPC stream) and the engine loader's CSV. */
export interface ImportReady {
  readonly ok: true;
  readonly report: ImportReport;
  readonly ipc: Uint8Array;
  readonly loaderCsv: Uint8Array;
  /** The columns of the loader's CSV (the table's, without the province names added here). */
  readonly loaderColumns: readonly string[];
  /** A province table's sums per province (the colours of its layer); null for points. */
  readonly provinceSums: ProvinceSums | null;
}

/** The outcome of {@link runImportJob}. */
export type ImportJobOutcome = ImportReady | ImportFailure;

/** The report of a usable import. */
export function reportOf(result: ImportSuccess): ImportReport {
  return {
    ok: true,
    fileName: result.fileName,
    format: result.format,
    encoding: result.encoding,
    sheet: result.sheet,
    kind: result.kind,
    rowCount: result.rowCount,
    rowsRead: result.rowsRead,
    unit: result.unit,
    warnings: result.warnings,
    unmatched: result.unmatched.slice(0, REPORTED_UNMATCHED),
    unmatchedCount: result.unmatched.length,
    duplicateCount: result.duplicates.length,
    columnNames: result.columns.map((c) => c.name),
  };
}

/**
 * Imports `input` (see {@link importFile}) and prepares what the page loads, telling `report`
 * when a phase starts and how far the rows are split.
 */
export async function runImportJob(
  input: ImportInput,
  options: Omit<ImportOptions, 'onProgress'>,
  report: (progress: ImportProgress) => void,
): Promise<ImportJobOutcome> {
  report({ phase: 'parse', done: 0, total: 0 });
  const result = await importFile(input, {
    ...options,
    onProgress: (done, total) => {
      report({ phase: 'parse', done, total });
    },
  });
  if (!result.ok) return result;
  report({ phase: 'table', done: 0, total: 0 });
  try {
    const table = userTableFromImport(result);
    const loaderColumns = table.schema.fields.map((field) => field.name);
    return {
      ok: true,
      report: reportOf(result),
      // With the province names the table view shows, so the page need not make a million.
      ipc: tableToIPC(addProvinceNames(table), 'stream'),
      // The loader's CSV does not depend on the table's name: the page names the table.
      loaderCsv: userTableLoad('user_file', table).bytes,
      loaderColumns,
      // Summed here, off the page: reading every row there held it for a quarter of a second.
      provinceSums: result.key.kind === 'province' ? provinceSums(table, 'province_code') : null,
    };
  } catch (error) {
    return { ok: false, fileName: input.name, error: msg.internal(input.name, messageOf(error)) };
  }
}
