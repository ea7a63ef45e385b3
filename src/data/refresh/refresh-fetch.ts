/**
 * Fetching a data file so that every way a web server can fail ends in an error naming the file:
 * a refusal (401/403: {@link RestrictedFileError}), an HTTP error, a web page served instead of the file, an empty body, a response that stops
 * sending (no byte for `stallMs`), or one that keeps sending too slowly to ever finish (the
 * overall deadline). Either timer aborts the request, so a slow file never holds a load forever.
 */
import { messageOf } from '../error-message';
import type { Manifest } from '../manifest/manifest-types';
import { parseManifest } from '../manifest/registry';
import { isRefusal, RestrictedFileError } from './restricted-file';
import {
  DEFAULT_DEADLINE_MS,
  DownloadWatch,
  SMALL_FILE_DEADLINE_MS,
  type FetchLimits,
} from './refresh-watch';

export {
  DEFAULT_DEADLINE_MS,
  DEFAULT_STALL_MS,
  SMALL_FILE_DEADLINE_MS,
  deadlineFor,
  type FetchLimits,
} from './refresh-watch';

/** Options of {@link fetchFileBytes}. */
export interface FetchFileOptions extends FetchLimits {
  /** Ask the server whether the file changed instead of trusting the browser cache. */
  readonly revalidate?: boolean;
}

/** The body size the server declared, or null. */
function declaredSize(response: Response): number | null {
  const header = response.headers.get('content-length');
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}

/**
 * Fetches `url` and returns its body.
 * @param name the file name used in error messages.
 * @throws Error starting with `${name}:` saying what went wrong.
 */
export async function fetchFileBytes(
  fetchFn: typeof fetch,
  url: URL,
  name: string,
  options: FetchFileOptions,
): Promise<Uint8Array> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const watch = new DownloadWatch(url, name, options.stallMs, deadlineMs, options.timers);
  try {
    let response: Response;
    try {
      const init: RequestInit = { signal: watch.controller.signal };
      if (options.revalidate) init.cache = 'no-cache';
      response = await watch.race(fetchFn(url, init));
    } catch (error) {
      if (watch.gaveUpWith(error)) throw error;
      throw new Error(`${name}: could not be fetched from ${url.href} (${messageOf(error)})`, {
        cause: error,
      });
    }
    if (isRefusal(response.status)) {
      // The refusal page is not read: nothing of it is of use, and the body stays unreceived.
      void response.body?.cancel().catch(() => undefined);
      throw new RestrictedFileError(name, response.status);
    }
    if (!response.ok) {
      throw new Error(
        `${name}: HTTP ${response.status} ${response.statusText} for ${url.href}; check that the file is in place`,
      );
    }
    watch.declare(declaredSize(response));
    watch.progress(0);
    const bytes = await readBody(response, watch, name);
    if (bytes.length === 0) throw new Error(`${name}: the server sent an empty file`);
    if (isWebPage(response, bytes)) {
      throw new Error(
        `${name}: the server sent a web page instead of the file (is the path right? ${url.href})`,
      );
    }
    return bytes;
  } finally {
    watch.end();
  }
}

/** Reads the whole body, telling the watch of every chunk. */
async function readBody(
  response: Response,
  watch: DownloadWatch,
  name: string,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await watch.race(response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await watch.race(reader.read());
      if (done) break;
      chunks.push(value);
      length += value.length;
      watch.progress(value.length);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (watch.gaveUpWith(error)) throw error;
    throw new Error(`${name}: the download broke off (${messageOf(error)})`, { cause: error });
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** An HTML page (e.g. a single-page app's fallback for a missing file, served with 200). */
function isWebPage(response: Response, bytes: Uint8Array): boolean {
  if (/\btext\/html\b/i.test(response.headers.get('content-type') ?? '')) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF?\s*/, '');
  return /^<(!doctype\s+html|html)[\s>]/i.test(head);
}

function fileNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.href;
}

/**
 * Fetches a JSON file ({@link fetchFileBytes}) and parses it. JSON files (the manifest, the
 * preview) are small: their deadline is at most {@link SMALL_FILE_DEADLINE_MS}.
 * @throws Error naming the file.
 */
export async function fetchJson(
  fetchFn: typeof fetch,
  url: URL,
  name: string,
  options: FetchFileOptions,
): Promise<unknown> {
  const deadlineMs = Math.min(options.deadlineMs ?? SMALL_FILE_DEADLINE_MS, SMALL_FILE_DEADLINE_MS);
  const bytes = await fetchFileBytes(fetchFn, url, name, { ...options, deadlineMs });
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch (error) {
    throw new Error(`${name}: is not valid JSON (${messageOf(error)})`, { cause: error });
  }
}

/** Fetches and validates manifest.json. @throws Error naming the file. */
export async function fetchManifest(
  fetchFn: typeof fetch,
  url: URL,
  limits: FetchLimits,
  revalidate: boolean,
): Promise<Manifest> {
  const name = fileNameOf(url);
  return parseManifest(await fetchJson(fetchFn, url, name, { ...limits, revalidate }), name);
}
