/** Test-only: serves the committed public/data files to a DataCoordinator in Node. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The URL the tests pretend public/data/ lives at. */
export const PUBLIC_DATA_URL = 'http://127.0.0.1/data/';

/** A fetch serving public/data files, with `overrides` (null = 404) taking precedence. */
export function publicDataFetch(overrides: Record<string, Uint8Array | null> = {}): typeof fetch {
  return (input) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = url.slice(PUBLIC_DATA_URL.length);
    const override = overrides[name];
    if (override === null) return Promise.resolve(new Response('missing', { status: 404 }));
    try {
      const bytes = override ?? readFileSync(path.join('public/data', name));
      return Promise.resolve(new Response(new Uint8Array(bytes)));
    } catch {
      return Promise.resolve(new Response('missing', { status: 404 }));
    }
  };
}
