import { BUILT_IN_PLAYLIST_NAME, BUILT_IN_SCENES } from './default-playlist';
import { parsePlaylist, type Scene } from './playlist';

/** The playlist the wall reads unless `?playlist=` names another (relative to the page). */
export const DEFAULT_PLAYLIST_PATH = 'wall/playlist.json';

/** The playlist to play, where it came from, and every problem met on the way. */
export interface LoadedPlaylist {
  readonly scenes: readonly Scene[];
  /** The file's URL, or the built-in playlist's name. */
  readonly source: string;
  readonly problems: readonly string[];
  readonly builtIn: boolean;
}

/**
 * The playlist URL for a page: `?playlist=<relative url>` resolved against the page, else
 * {@link DEFAULT_PLAYLIST_PATH}. A playlist on another origin is refused (with a problem).
 */
export function playlistUrl(
  search: string,
  pageUrl: string,
): { url: string; name: string; problem: string | null } {
  const fallback = new URL(DEFAULT_PLAYLIST_PATH, pageUrl).href;
  const asked = new URLSearchParams(search).get('playlist');
  if (asked === null || asked.trim() === '') {
    return { url: fallback, name: DEFAULT_PLAYLIST_PATH, problem: null };
  }
  let resolved: URL;
  try {
    resolved = new URL(asked, pageUrl);
  } catch {
    return {
      url: fallback,
      name: DEFAULT_PLAYLIST_PATH,
      problem: `playlist=${asked}: not a URL, using ${DEFAULT_PLAYLIST_PATH}`,
    };
  }
  if (resolved.origin !== new URL(pageUrl).origin) {
    return {
      url: fallback,
      name: DEFAULT_PLAYLIST_PATH,
      problem: `playlist=${asked}: only playlists served by this site are read, using ${DEFAULT_PLAYLIST_PATH}`,
    };
  }
  return { url: resolved.href, name: asked, problem: null };
}

function builtIn(problems: readonly string[], why: string): LoadedPlaylist {
  return {
    scenes: BUILT_IN_SCENES,
    source: BUILT_IN_PLAYLIST_NAME,
    problems: [...problems, why],
    builtIn: true,
  };
}

/**
 * Reads and validates the playlist at `url` (`name` is how messages call the file). A missing,
 * unreadable or invalid file, or one without a playable scene, gives the built-in playlist and
 * says so; bad scenes of a usable file are skipped with a problem each.
 */
export async function loadPlaylist(
  url: string,
  name: string,
  fetchText: (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>,
): Promise<LoadedPlaylist> {
  const fallbackNote = `playing the ${BUILT_IN_PLAYLIST_NAME}`;
  let text: string;
  try {
    const response = await fetchText(url);
    if (!response.ok) return builtIn([], `${name}: HTTP ${response.status}; ${fallbackNote}`);
    text = await response.text();
  } catch (error) {
    return builtIn([], `${name}: could not be read (${String(error)}); ${fallbackNote}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return builtIn([], `${name}: not valid JSON (${reason}); ${fallbackNote}`);
  }
  const parsed = parsePlaylist(json, name);
  if (parsed.scenes.length === 0) {
    return builtIn(parsed.problems, `${name}: no playable scene; ${fallbackNote}`);
  }
  return { scenes: parsed.scenes, source: url, problems: parsed.problems, builtIn: false };
}
