/** Test-only helpers: import text or bytes and narrow the result, failing loudly otherwise. */
import { readFileSync } from 'node:fs';
import { importFile } from '../import-file';
import type { ImportFailure, ImportOptions, ImportSuccess } from '../import-types';
import { utf8 } from './encodings';

/** Imports `content` (text is UTF-8 encoded) as a file called `name`. */
export function importNamed(name: string, content: string | Uint8Array, options?: ImportOptions) {
  return importFile(
    { name, bytes: typeof content === 'string' ? utf8(content) : content },
    options,
  );
}

/** The successful result of importing `content`, or a thrown error showing the failure. */
export async function imported(
  name: string,
  content: string | Uint8Array,
  options?: ImportOptions,
): Promise<ImportSuccess> {
  const result = await importNamed(name, content, options);
  if (!result.ok) throw new Error(`expected ${name} to import: ${result.error.en}`);
  return result;
}

/** The failure of importing `content`, or a thrown error when it imported. */
export async function refused(
  name: string,
  content: string | Uint8Array,
  options?: ImportOptions,
): Promise<ImportFailure> {
  const result = await importNamed(name, content, options);
  if (result.ok) throw new Error(`expected ${name} to be refused, got ${result.rowCount} rows`);
  return result;
}

/** Bytes of a fixture file in this folder. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, import.meta.url)));
}

/** The values of a column of a successful import, by name. */
export function column(result: ImportSuccess, name: string): readonly unknown[] {
  const found = result.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name} in ${result.columns.map((c) => c.name).join()}`);
  return found.values;
}
