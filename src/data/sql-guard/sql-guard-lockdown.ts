/**
 * Defence in depth for the SQL console: after this, DuckDB itself refuses every file, URL,
 * ATTACH of a file, INSTALL/LOAD and settings change, whatever SQL reaches it. One-way: DuckDB
 * cannot turn external access back on, and a locked configuration cannot be unlocked.
 *
 * What keeps working: Parquet loads (Arrow inserts) and files registered under
 * `allowedDirectory`: the browser backend (wasm-backend.ts) registers the CSV loader's staging
 * files there, and engine-browser.ts runs this right after opening the database.
 */

/** Where the browser backend registers the CSV loader's staging files. */
export const STAGING_DIRECTORY = '/war-room-staging/';

/** The statements, in order; `allowedDirectory` must end with `/`. */
export function lockdownStatements(allowedDirectory: string): readonly string[] {
  if (!allowedDirectory.endsWith('/')) {
    throw new Error(`lockdown: allowed directory '${allowedDirectory}' must end with /`);
  }
  // SET takes no parameters; the directory is the app's own constant, quoted as a literal.
  const literal = `'${allowedDirectory.replaceAll("'", "''")}'`;
  return [
    `SET allowed_directories = [${literal}]`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

/** Runs {@link lockdownStatements} on a connection (e.g. the engine backend's `query`). */
export async function lockDownExternalAccess(
  run: (sql: string) => Promise<unknown>,
  allowedDirectory: string = STAGING_DIRECTORY,
): Promise<void> {
  for (const sql of lockdownStatements(allowedDirectory)) await run(sql);
}
