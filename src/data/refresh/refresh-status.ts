/** What the coordinator reports about each dataset's loads (see DataCoordinator). */

/**
 * Where one dataset is: `loading` (first load), `ready`, `stale` (the latest load failed; the
 * last good data is still in its table), `error` (no load has succeeded) or `restricted` (a
 * `restricted` dataset the server would not hand over without sign-in: not a failure, not retried).
 */
export type DatasetLoadState = 'loading' | 'ready' | 'stale' | 'error' | 'restricted';

/** A dataset's load status, as reported to {@link StatusListener}s. */
export interface DatasetStatus {
  readonly id: string;
  readonly state: DatasetLoadState;
  /** Rows loaded; set when ready. */
  readonly rowCount?: number;
  /** What went wrong, starting with the file name; set on stale, error and restricted. */
  readonly message?: string;
  /** When the data now in the table was loaded (epoch ms); set on ready and stale. */
  readonly loadedAt?: number;
  /** When the latest load failed (epoch ms); set on stale and error. */
  readonly failedAt?: number;
}

/** Called on every status change. */
export type StatusListener = (status: DatasetStatus) => void;
