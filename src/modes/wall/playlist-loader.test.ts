import { describe, expect, it } from 'vitest';
import { BUILT_IN_PLAYLIST_NAME, BUILT_IN_SCENES } from './default-playlist';
import { loadPlaylist, playlistUrl } from './playlist-loader';

const PAGE = 'http://127.0.0.1:4173/?mode=wall';

function respond(status: number, body: string) {
  return () =>
    Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      text: () => Promise.resolve(body),
    });
}

const SCENE = { id: 'a', title: { th: 'ก' }, dwellSeconds: 3, layers: ['vaccination'] };

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
    const loaded = await loadPlaylist('u', 'wall/p.json', respond(200, body));
    expect(loaded.builtIn).toBe(false);
    expect(loaded.scenes.map((s) => s.id)).toEqual(['a']);
    expect(loaded.problems).toEqual([
      'wall/p.json: scenes[1] ("b"): dwellSeconds: expected a number of seconds from 1 to 3600, got -1; scene skipped',
    ]);
  });

  it.each([
    ['a missing file', respond(404, 'Not found'), 'wall/p.json: HTTP 404'],
    ['an HTML page', respond(200, '<!doctype html><html></html>'), 'wall/p.json: not valid JSON'],
    ['an empty file', respond(200, ''), 'wall/p.json: not valid JSON'],
    [
      'no playable scene',
      respond(200, '{"scenes":[{"id":"x"}]}'),
      'wall/p.json: no playable scene',
    ],
    [
      'a network error',
      () => Promise.reject(new Error('offline')),
      'wall/p.json: could not be read',
    ],
  ])('falls back to the built-in playlist on %s and says so', async (_name, fetchText, message) => {
    const loaded = await loadPlaylist('u', 'wall/p.json', fetchText);
    expect(loaded.builtIn).toBe(true);
    expect(loaded.scenes).toBe(BUILT_IN_SCENES);
    expect(loaded.source).toBe(BUILT_IN_PLAYLIST_NAME);
    expect(loaded.problems.at(-1)).toContain(message);
    expect(loaded.problems.at(-1)).toContain(`playing the ${BUILT_IN_PLAYLIST_NAME}`);
  });
});
