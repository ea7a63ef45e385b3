import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_PLAYLIST_NAME, BUILT_IN_SCENES } from './default-playlist';
import { loadPlaylist, playlistUrl, type LoadedPlaylist } from './playlist-loader';

const PAGE = 'http://127.0.0.1:4173/?mode=wall';
const FILE_URL = 'http://127.0.0.1:4173/wall/p.json';

function respond(status: number, body: string, headers: HeadersInit = {}): typeof fetch {
  return () => Promise.resolve(new Response(status === 204 ? null : body, { status, headers }));
}

/**
 * A server that sends one byte of the playlist every `everyMs` and never ends, until aborted;
 * records whether the request was aborted (the wall must not leave it running).
 */
function tricklingServer(everyMs: number) {
  const seen = { aborted: false };
  const fetchFn: typeof fetch = (_input, init) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        const drip = () => {
          controller.enqueue(new TextEncoder().encode(' '));
          timer = setTimeout(drip, everyMs);
        };
        timer = setTimeout(drip, everyMs);
        init?.signal?.addEventListener('abort', () => {
          seen.aborted = true;
          clearTimeout(timer);
        });
      },
    });
    return Promise.resolve(new Response(body));
  };
  return { fetchFn, seen };
}

/** A server that answers and then never sends a byte of the body. */
const silentServer: typeof fetch = () =>
  Promise.resolve(new Response(new ReadableStream<Uint8Array>({ start: () => undefined })));

const SCENE = { id: 'a', title: { th: 'ก' }, dwellSeconds: 3, layers: ['vaccination'] };

const FROM_FILE: LoadedPlaylist = {
  scenes: BUILT_IN_SCENES.slice(0, 1).map((scene) => ({ ...scene, id: 'from-file' })),
  source: FILE_URL,
  name: 'wall/p.json',
  problems: [],
  builtIn: false,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('playlistUrl', () => {
  it('defaults to wall/playlist.json next to the page', () => {
    expect(playlistUrl('?mode=wall', PAGE)).toEqual({
      url: 'http://127.0.0.1:4173/wall/playlist.json',
      name: 'wall/playlist.json',
      problem: null,
    });
  });

  it('takes ?playlist= relative to the page', () => {
    expect(playlistUrl('?mode=wall&playlist=wall/short.json', PAGE)).toEqual({
      url: 'http://127.0.0.1:4173/wall/short.json',
      name: 'wall/short.json',
      problem: null,
    });
  });

  it('refuses a playlist on another site', () => {
    const { url, problem } = playlistUrl('?playlist=https://example.com/p.json', PAGE);
    expect(url).toBe('http://127.0.0.1:4173/wall/playlist.json');
    expect(problem).toContain('playlist=https://example.com/p.json');
  });
});

describe('loadPlaylist', () => {
  it('plays a valid file, reporting skipped scenes', async () => {
    const body = JSON.stringify({ scenes: [SCENE, { ...SCENE, id: 'b', dwellSeconds: -1 }] });
    const loaded = await loadPlaylist(FILE_URL, 'wall/p.json', respond(200, body));
    expect(loaded.builtIn).toBe(false);
    expect(loaded.source).toBe(FILE_URL);
    expect(loaded.name).toBe('wall/p.json');
    expect(loaded.scenes.map((s) => s.id)).toEqual(['a']);
    expect(loaded.problems).toEqual([
      'wall/p.json: scenes[1] ("b"): dwellSeconds: expected a number of seconds from 1 to 3600, got -1; scene skipped',
    ]);
  });

  it.each([
    ['a missing file', respond(404, 'Not found'), 'wall/p.json: HTTP 404'],
    [
      'an HTML page',
      respond(200, '<!doctype html><html></html>', { 'content-type': 'text/html' }),
      'wall/p.json: the server sent a web page instead of the file',
    ],
    ['an empty file', respond(200, ''), 'wall/p.json: the server sent an empty file'],
    ['text that is not JSON', respond(200, '{"scenes":'), 'wall/p.json: is not valid JSON'],
    [
      'no playable scene',
      respond(200, '{"scenes":[{"id":"x"}]}'),
      'wall/p.json: no playable scene',
    ],
    [
      'a network error',
      () => Promise.reject(new Error('offline')),
      `wall/p.json: could not be fetched from ${FILE_URL} (offline)`,
    ],
  ])('falls back to the built-in playlist on %s and says so', async (_name, fetchFn, message) => {
    const loaded = await loadPlaylist(FILE_URL, 'wall/p.json', fetchFn);
    expect(loaded.builtIn).toBe(true);
    expect(loaded.scenes).toBe(BUILT_IN_SCENES);
    expect(loaded.source).toBe(BUILT_IN_PLAYLIST_NAME);
    expect(loaded.problems.at(-1)).toContain(message);
    expect(loaded.problems.at(-1)).toMatch(new RegExp(`; playing the ${BUILT_IN_PLAYLIST_NAME}$`));
  });

  it('asks the server whether the file changed and gives it an abort signal', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const body = JSON.stringify({ scenes: [SCENE] });
    const fetchFn: typeof fetch = (_input, init) => {
      inits.push(init);
      return Promise.resolve(new Response(body));
    };
    await loadPlaylist(FILE_URL, 'wall/p.json', fetchFn);
    expect(inits[0]?.cache).toBe('no-cache');
    expect(inits[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('loadPlaylist deadlines', () => {
  it('gives up on a playlist trickling a byte every 2 s at the 30 s deadline', async () => {
    vi.useFakeTimers();
    const { fetchFn, seen } = tricklingServer(2_000);
    let loaded: LoadedPlaylist | undefined;
    void loadPlaylist(FILE_URL, 'wall/p.json', fetchFn).then((result) => (loaded = result));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(loaded).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(loaded?.builtIn).toBe(true);
    expect(loaded?.scenes).toBe(BUILT_IN_SCENES);
    expect(loaded?.problems).toEqual([
      `wall/p.json: arrived too slowly: 0.0 KB in 30 s; gave up on ${FILE_URL}; playing the ${BUILT_IN_PLAYLIST_NAME}`,
    ]);
    expect(seen.aborted).toBe(true);
  });

  it('gives up on a playlist that sends nothing at the stall timer', async () => {
    vi.useFakeTimers();
    let loaded: LoadedPlaylist | undefined;
    const limits = { stallMs: 5_000, deadlineMs: 30_000 };
    void loadPlaylist(FILE_URL, 'wall/p.json', silentServer, { limits }).then(
      (result) => (loaded = result),
    );
    await vi.advanceTimersByTimeAsync(4_999);
    expect(loaded).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(loaded?.problems).toEqual([
      `wall/p.json: the server sent nothing for 5 s; gave up on ${FILE_URL}; playing the ${BUILT_IN_PLAYLIST_NAME}`,
    ]);
  });

  it('keeps the last good playlist when the file stalls', async () => {
    vi.useFakeTimers();
    const { fetchFn } = tricklingServer(2_000);
    let loaded: LoadedPlaylist | undefined;
    void loadPlaylist(FILE_URL, 'wall/p.json', fetchFn, { lastGood: FROM_FILE }).then(
      (result) => (loaded = result),
    );
    await vi.advanceTimersByTimeAsync(30_000);
    expect(loaded?.builtIn).toBe(false);
    expect(loaded?.scenes).toBe(FROM_FILE.scenes);
    expect(loaded?.source).toBe(FILE_URL);
    expect(loaded?.problems).toEqual([
      `wall/p.json: arrived too slowly: 0.0 KB in 30 s; gave up on ${FILE_URL}; keeping the last good playlist`,
    ]);
  });

  it('keeps the last good playlist when the file has no playable scene', async () => {
    const loaded = await loadPlaylist(FILE_URL, 'wall/p.json', respond(200, '{"scenes":[]}'), {
      lastGood: FROM_FILE,
    });
    expect(loaded.scenes).toBe(FROM_FILE.scenes);
    expect(loaded.problems.at(-1)).toBe(
      'wall/p.json: no playable scene; keeping the last good playlist',
    );
  });
});
