/**
 * The import worker: reads a dropped file, checks and parses it (import-job.ts) off the page's
 * thread, reports progress, and sends back the report and the table's buffers (transferred).
 * The page ends an import by terminating this worker: nothing here needs to be undone. A worker
 * that finished is given the next file, one at a time.
 */
import type { ParquetDecoder } from '../engine/engine';
import { runImportJob, type ImportProgress } from './import-job';
import type { ImportRequest, ImportWorkerMessage } from './import-worker-protocol';

/** Bytes read per slice of the file: small enough for steady progress, large enough to be quick. */
const READ_SLICE = 4 * 1024 * 1024;
/** Least time between two progress messages of one phase. */
const PROGRESS_INTERVAL_MS = 100;

const post = (message: ImportWorkerMessage, transfer: Transferable[] = []): void => {
  self.postMessage(message, { transfer });
};

let lastPhase = '';
let lastPost = 0;
function progress(value: ImportProgress): void {
  const now = performance.now();
  if (value.phase === lastPhase && now - lastPost < PROGRESS_INTERVAL_MS) return;
  lastPhase = value.phase;
  lastPost = now;
  post({ type: 'progress', progress: value });
}

/** The file's bytes, a slice at a time, with progress. */
async function readAll(file: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  for (let at = 0; at < file.size; at += READ_SLICE) {
    progress({ phase: 'read', done: at, total: file.size });
    const slice = await file.slice(at, at + READ_SLICE).arrayBuffer();
    bytes.set(new Uint8Array(slice), at);
  }
  progress({ phase: 'read', done: file.size, total: file.size });
  return bytes;
}

/** parquet-wasm, its module fetched only when a Parquet file comes. */
const decodeParquet: ParquetDecoder = async (bytes) =>
  (await import('./parquet-in-worker')).decodeParquet(bytes);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { file, name, options } = event.data;
  lastPhase = '';
  void (async () => {
    const bytes = await readAll(file);
    const outcome = await runImportJob({ name, bytes }, { ...options, decodeParquet }, progress);
    const transfer = outcome.ok ? [outcome.ipc.buffer, outcome.loaderCsv.buffer] : [];
    post({ type: 'done', outcome }, transfer as Transferable[]);
  })().catch((error: unknown) => {
    post({ type: 'crashed', detail: error instanceof Error ? error.message : String(error) });
  });
};
