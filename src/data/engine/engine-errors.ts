/**
 * Which errors mean "this file is bad" and which mean "the DuckDB database is dead". Only the
 * second restarts the database (engine-restart.ts), so the line between them decides whether one
 * bad file can take every dataset down: it must not.
 */
import { messageOf } from '../error-message';

/**
 * A file that could not be read (its decoder failed or trapped, or it would expand past its
 * limits). Always the file's fault, never the database's: the database is not restarted for it.
 */
export class DatasetFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message.startsWith(`${file}:`) ? message : `${file}: ${message}`, options);
    this.name = 'DatasetFileError';
  }
}

/** A call cut off because its database was given up (engine-restart.ts). */
export class EngineGoneError extends Error {}

/**
 * A load refused at once because the same bytes of this file stopped the database before:
 * loading them again would only kill the new one.
 */
export class KilledByFileError extends DatasetFileError {}

/**
 * DuckDB's own words for a dead database, and duckdb-wasm's for a worker that is gone. Matched
 * only against what a DuckDB call answered (see {@link isEngineFailure}), never a decoder's error.
 */
const DEAD_DATABASE =
  /worker (?:was |has been )?terminated|worker failed|RuntimeError|memory access out of bounds|\bunreachable\b|database has been invalidated|FATAL Error|data engine has been terminated/i;

/**
 * An ordinary statement error ("Catalog Error: ...", "Binder Error: ..."): its text quotes the
 * statement (a table called "unreachable" included), so its words prove nothing about the database.
 * DuckDB's FATAL errors are the exception: they do mean the database is gone.
 */
const STATEMENT_ERROR = /^(?:Error: )?(?!FATAL\b)[A-Z][A-Za-z]*(?: [A-Za-z]+)* Error: /;

/** The errors `error` wraps, outermost first (a wrapped error keeps the original as `cause`). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 16;) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

/**
 * True for an error that means the database itself is gone, not that a statement or a file was
 * wrong. A file error anywhere in the chain makes it a file error, whatever its text says.
 */
export function isEngineFailure(error: unknown): boolean {
  const chain = causeChain(error);
  if (chain.some((link) => link instanceof DatasetFileError)) return false;
  if (chain.some((link) => link instanceof EngineGoneError)) return true;
  // The innermost error is what DuckDB (or its worker) said; the outer ones add file names.
  const raw = messageOf(chain[chain.length - 1]);
  return !STATEMENT_ERROR.test(raw) && DEAD_DATABASE.test(raw);
}

/**
 * A short fingerprint of file bytes (length and FNV-1a hash): tells "the same bytes again" from
 * a changed file, to refuse the same bad file without reading it again.
 */
export function contentFingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < bytes.length; index++) {
    hash ^= bytes[index] ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return `${bytes.byteLength}:${(hash >>> 0).toString(16)}`;
}

/** The table a DuckDB "Catalog Error: Table with name X does not exist" is about, if it is one. */
export function missingTableOf(error: unknown): string | undefined {
  const match = /Catalog Error: Table with name ("?)([^"\s!]+)\1 does not exist/.exec(
    messageOf(error),
  );
  return match?.[2];
}

/**
 * A query on a dataset whose table is not there: its file failed to load (`reason`), or has not
 * loaded yet. Replaces DuckDB's Catalog Error, which names neither the file nor what to do.
 */
export class DatasetMissingError extends Error {
  constructor(
    readonly dataset: string,
    readonly file: string,
    readonly reason: string | undefined,
    options?: ErrorOptions,
  ) {
    super(
      reason === undefined
        ? `dataset ${dataset} has no data yet: ${file} has not loaded yet; wait for it or reload the page`
        : `dataset ${dataset} has no data yet: ${file} did not load (${reason})`,
      options,
    );
    this.name = 'DatasetMissingError';
  }
}
