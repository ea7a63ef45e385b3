/**
 * Starting an import from the page: in the import worker (import.worker.ts) where the browser
 * has workers, so parsing never blocks the page and Cancel can stop it at once by terminating
 * the worker; in this thread otherwise (Node tests), where Cancel only drops the result.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { messageOf } from '../error-message';
import type { ParquetDecoder } from '../engine/engine';
import {
  runImportJob,
  type ImportProgress,
  type ImportReady,
  type ImportReport,
} from './import-job';
import type { ImportFailure } from './import-types';
import {
  PARSED_MARK,
  type ImportRequest,
  type ImportWorkerMessage,
  type WorkerImportOptions,
} from './import-worker-protocol';
import { limitMsg } from './limit-messages';
import { rememberSums } from './province-sums';

/** A file the user picked (a DOM File fits). */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A usable file as the page takes it: its report, its table and the engine loader's CSV. */
export interface ImportedTable {
  readonly ok: true;
  readonly report: ImportReport;
  readonly table: Table;
  readonly loaderCsv: Uint8Array;
  /** The table as the loader's CSV holds it: without the province names added for the view. */
  readonly loaderTable: Table;
}

/** An import under way: its outcome (null once cancelled) and how to cancel it. */
export interface ImportRun {
  readonly outcome: Promise<ImportedTable | ImportFailure | null>;
  cancel(): void;
}

/** Starts importing `file`, telling `onProgress` how far it has got. */
export type ImportRunner = (
  file: ImportFile,
  options: WorkerImportOptions,
  onProgress: (progress: ImportProgress) => void,
) => ImportRun;

/** The worker that finished the last import, kept for the next one; null while none is free. */
let idleWorker: Worker | null = null;

const WORKER_FAILED = 'import-worker-failed';

const isBlob = (file: ImportFile): file is ImportFile & Blob =>
  typeof Blob !== 'undefined' && file instanceof Blob;

/** The page's side of a usable import: the table read from its IPC bytes (no copy). */
function importedTable(ready: ImportReady): ImportedTable {
  const table = tableFromIPC(ready.ipc);
  const loaderTable = table.select(ready.loaderColumns as string[]);
  // The layer's colours come from the worker's sums, not from a pass over the rows here.
  if (ready.provinceSums) rememberSums(table, ready.provinceSums);
  return { ok: true, report: ready.report, table, loaderCsv: ready.loaderCsv, loaderTable };
}

/** Runs the import in the idle worker or a new one; cancel terminates it. */
export function workerRunner(
  file: ImportFile,
  options: WorkerImportOptions,
  onProgress: (progress: ImportProgress) => void,
): ImportRun {
  const worker =
    idleWorker ?? new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  idleWorker = null;
  let settled = false;
  let settle: (value: ImportedTable | ImportFailure | null) => void = () => undefined;
  const outcome = new Promise<ImportedTable | ImportFailure | null>((resolve) => {
    settle = (value) => {
      if (settled) return;
      settled = true;
      worker.onmessage = null;
      worker.onerror = null;
      // A finished worker waits for the next file (its module already loaded); a cancelled or
      // crashed one is ended, with whatever it was still doing.
      if (
        value !== null &&
        (value.ok || value.error.code !== WORKER_FAILED) &&
        idleWorker === null
      ) {
        idleWorker = worker;
      } else {
        worker.terminate();
      }
      resolve(value);
    };
  });
  const crashed = (detail: string): ImportFailure => ({
    ok: false,
    fileName: file.name,
    error: limitMsg.workerFailed(file.name, detail),
  });
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'crashed') settle(crashed(message.detail));
    else if (!message.outcome.ok) settle(message.outcome);
    else {
      // Where parsing ended and the page's own work on the new layer begins (the import bench).
      performance.mark(PARSED_MARK);
      const imported = importedTable(message.outcome);
      // The page adds and draws the layer in a task of its own, not in this one with the decoding.
      setTimeout(() => {
        settle(imported);
      }, 0);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(crashed(event.message || 'the import worker stopped'));
  };
  const request: ImportRequest = { file: file as ImportFile & Blob, name: file.name, options };
  worker.postMessage(request);
  return {
    outcome,
    cancel: () => {
      settle(null);
    },
  };
}

/** Runs the import in this thread (no worker); cancel settles at once and drops the result. */
export function inlineRunner(decodeParquet?: ParquetDecoder): ImportRunner {
  return (file, options, onProgress) => {
    let cancel: () => void = () => undefined;
    const cancelled = new Promise<null>((resolve) => {
      cancel = () => {
        resolve(null);
      };
    });
    const run = async (): Promise<ImportedTable | ImportFailure> => {
      onProgress({ phase: 'read', done: 0, total: file.size });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        return { ok: false, fileName: file.name, error: readFailed(file.name, messageOf(error)) };
      }
      const jobOptions = decodeParquet ? { ...options, decodeParquet } : options;
      const done = await runImportJob({ name: file.name, bytes }, jobOptions, onProgress);
      if (!done.ok) return done;
      return importedTable(done);
    };
    return { outcome: Promise.race([run(), cancelled]), cancel };
  };
}

const readFailed = (file: string, reason: string) => ({
  code: 'unreadable-file',
  th: `${file}: อ่านไฟล์ไม่ได้ (${reason}) ลองเลือกไฟล์อีกครั้ง`,
  en: `${file}: the file could not be read (${reason}); pick it again.`,
});

/** The worker where the browser has workers and the file is a real File; else this thread. */
export function defaultRunner(decodeParquet?: ParquetDecoder): ImportRunner {
  const inline = inlineRunner(decodeParquet);
  return (file, options, onProgress) =>
    typeof Worker !== 'undefined' && isBlob(file)
      ? workerRunner(file, options, onProgress)
      : inline(file, options, onProgress);
}
