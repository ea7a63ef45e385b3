/** The messages between the page and the import worker (import.worker.ts, import-client.ts). */
import type { ImportJobOutcome, ImportProgress } from './import-job';
import type { ImportOptions } from './import-types';

/** The options a worker can take: plain values only (no functions cross to a worker). */
export type WorkerImportOptions = Pick<
  ImportOptions,
  'maxBytes' | 'maxExpandedBytes' | 'maxVertices' | 'kind' | 'sheet'
>;

/** Page → worker: the one file to import. */
export interface ImportRequest {
  readonly file: Blob;
  readonly name: string;
  readonly options: WorkerImportOptions;
}

/** Worker → page. */
export type ImportWorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly outcome: ImportJobOutcome }
  | { readonly type: 'crashed'; readonly detail: string };

/** The performance mark the page sets when the worker's table arrives (read by the import bench). */
export const PARSED_MARK = 'war-room:import-parsed';
