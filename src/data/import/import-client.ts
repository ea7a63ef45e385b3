/**
 * Starting an import from the page: in the import worker (import.worker.ts) where the browser
 * has workers, so parsing never blocks the page and Cancel can stop it at once by terminating
 * the worker; in this thread otherwise (Node tests), where Cancel only drops the result.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { messageOf } from '../error-message';
import type { ParquetDecoder } from '../engine/engine';
import { runImportJob, type ImportProgress, type ImportReport } from './import-job';
import type { ImportFailure } from './import-types';
import type {
  ImportRequest,
  ImportWorkerMessage,
  WorkerImportOptions,
} from './import-worker-protocol';
import { limitMsg } from './limit-messages';

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

const isBlob = (file: ImportFile): file is ImportFile & Blob =>
  typeof Blob !== 'undefined' && file instanceof Blob;

/** Runs the import in a fresh worker; cancel terminates it. */
export function workerRunner(
  file: ImportFile,
  options: WorkerImportOptions,
  onProgress: (progress: ImportProgress) => void,
): ImportRun {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: ImportedTable | ImportFailure | null) => void = () => undefined;
  const outcome = new Promise<ImportedTable | ImportFailure | null>((resolve) => {
    settle = (value) => {
      worker.terminate();
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
      const { report, ipc, loaderCsv } = message.outcome;
      settle({ ok: true, report, table: tableFromIPC(ipc), loaderCsv });
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
      const table = tableFromIPC(done.ipc);
      return { ok: true, report: done.report, table, loaderCsv: done.loaderCsv };
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
