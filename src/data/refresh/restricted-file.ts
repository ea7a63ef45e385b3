/**
 * A data file the web server would not hand over without sign-in (HTTP 401 or 403): the
 * restricted tier (data/restricted/, scripts/deploy/). Not a broken deploy: the coordinator marks
 * a restricted dataset `restricted` instead of failed, and nothing retries it until its manifest
 * entry changes (asking again would only be refused again, or prompt for a password again).
 */
export class RestrictedFileError extends Error {
  constructor(
    /** The file's name as the manifest gives it. */
    readonly file: string,
    /** 401 (no or wrong credentials) or 403 (signed in, not allowed). */
    readonly status: number,
  ) {
    super(
      `${file}: restricted (HTTP ${status}); sign in with an account allowed to see it, or ask the administrator for access`,
    );
    this.name = 'RestrictedFileError';
  }
}

/** True for the statuses that mean "not for you", as opposed to "not there" or "broken". */
export function isRefusal(status: number): boolean {
  return status === 401 || status === 403;
}

/**
 * True for the message of a {@link RestrictedFileError}, as a dataset's status (and its load
 * history in the app's state) carries it: how the views tell "refused" from other failures.
 */
export function isRefusalMessage(message: string | null | undefined): boolean {
  return message != null && /: restricted \(HTTP 40[13]\); /.test(message);
}
