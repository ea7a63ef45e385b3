/**
 * Fetching a data file so that every way a web server can fail ends in an error naming the file:
 * an HTTP error, a web page served instead of the file, an empty body, or a response that stops
 * sending (no byte for `stallMs`: the request is aborted).
 */
import { messageOf } from './error-message';
import type { Manifest } from './manifest-types';
import { parseManifest } from './registry';

/** Options of {@link fetchFileBytes}. */
export interface FetchFileOptions {
  /** Abort when no byte has arrived for this long (milliseconds). */
  readonly stallMs: number;
  /** Ask the server whether the file changed instead of trusting the browser cache. */
  readonly revalidate?: boolean;
}

/** Default {@link FetchFileOptions.stallMs}: a response silent for this long is abandoned. */
export const DEFAULT_STALL_MS = 30_000;

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
  const controller = new AbortController();
  const seconds = `${options.stallMs / 1000} s`;
  const stalled = new Error(
    `${name}: the server sent nothing for ${seconds}; gave up on ${url.href}`,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onStall: (error: Error) => void = () => undefined;
  const stall = new Promise<never>((_, reject) => {
    onStall = reject;
  });
  stall.catch(() => undefined);
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      controller.abort(stalled);
      onStall(stalled);
    }, options.stallMs);
  };
  arm();
  try {
    let response: Response;
    try {
      const init: RequestInit = { signal: controller.signal };
      if (options.revalidate) init.cache = 'no-cache';
      response = await Promise.race([fetchFn(url, init), stall]);
    } catch (error) {
      if (error === stalled) throw stalled;
      throw new Error(`${name}: could not be fetched from ${url.href} (${messageOf(error)})`, {
        cause: error,
      });
    }
    if (!response.ok) {
      throw new Error(
        `${name}: HTTP ${response.status} ${response.statusText} for ${url.href}; check that the file is in place`,
      );
    }
    arm();
    const bytes = await readBody(response, stall, arm, name);
    if (bytes.length === 0) throw new Error(`${name}: the server sent an empty file`);
    if (isWebPage(response, bytes)) {
      throw new Error(
        `${name}: the server sent a web page instead of the file (is the path right? ${url.href})`,
      );
    }
    return bytes;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the whole body, re-arming the stall timer on every chunk. */
async function readBody(
  response: Response,
  stall: Promise<never>,
  progress: () => void,
  name: string,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await Promise.race([response.arrayBuffer(), stall]));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stall]);
      if (done) break;
      chunks.push(value);
      length += value.length;
      progress();
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (error instanceof Error && error.message.startsWith(`${name}:`)) throw error;
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

/** Fetches a JSON file ({@link fetchFileBytes}) and parses it. @throws Error naming the file. */
export async function fetchJson(
  fetchFn: typeof fetch,
  url: URL,
  name: string,
  options: { stallMs: number; revalidate?: boolean },
): Promise<unknown> {
  const bytes = await fetchFileBytes(fetchFn, url, name, options);
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
  stallMs: number,
  revalidate: boolean,
): Promise<Manifest> {
  const name = fileNameOf(url);
  return parseManifest(await fetchJson(fetchFn, url, name, { stallMs, revalidate }), name);
}
