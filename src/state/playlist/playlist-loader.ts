import { messageOf } from '../../data/error-message';
import {
  DEFAULT_STALL_MS,
  SMALL_FILE_DEADLINE_MS,
  fetchJson,
  type FetchLimits,
} from '../../data/refresh/refresh-fetch';
import { BUILT_IN_PLAYLIST_NAME, BUILT_IN_SCENES } from './default-playlist';
import { parsePlaylist, type Scene } from './playlist';

/** The playlist the wall reads unless `?playlist=` names another (relative to the page). */
export const DEFAULT_PLAYLIST_PATH = 'wall/playlist.json';

/** The playlist to play, where it came from, and every problem met on the way. */
export interface LoadedPlaylist {
  readonly scenes: readonly Scene[];
  /** The file's URL, or the built-in playlist's name. */
  readonly source: string;
  /** How messages name the playlist: the path asked for, or the built-in playlist's name. */
  readonly name: string;
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

/**
 * How long the playlist may take: the limits of every other small JSON file (the manifest), so a
 * server that stops sending or trickles it in forever never leaves the wall blank.
 */
export const PLAYLIST_LIMITS: FetchLimits = {
  stallMs: DEFAULT_STALL_MS,
  deadlineMs: SMALL_FILE_DEADLINE_MS,
};

/** Options of {@link loadPlaylist}. */
export interface LoadPlaylistOptions {
  /** Download limits and clock; default {@link PLAYLIST_LIMITS} on the global clock. */
  readonly limits?: FetchLimits;
  /**
   * The playlist the wall plays now: a file that fails or stalls keeps it (if it came from a
   * file) instead of falling back to the built-in one.
   */
  readonly lastGood?: LoadedPlaylist | null;
}

function fallback(
  problems: readonly string[],
  why: string,
  lastGood: LoadedPlaylist | null,
): LoadedPlaylist {
  if (lastGood && !lastGood.builtIn) {
    return { ...lastGood, problems: [...problems, `${why}; keeping the last good playlist`] };
  }
  return {
    scenes: BUILT_IN_SCENES,
    source: BUILT_IN_PLAYLIST_NAME,
    name: BUILT_IN_PLAYLIST_NAME,
    problems: [...problems, `${why}; playing the ${BUILT_IN_PLAYLIST_NAME}`],
    builtIn: true,
  };
}

/**
 * Reads and validates the playlist at `url` (`name` is how messages call the file) through the
 * data layer's bounded fetch (stall timer and overall deadline). A missing, unreadable, stalled
 * or invalid file, or one without a playable scene, gives the last good playlist or else the
 * built-in one and says so; bad scenes of a usable file are skipped with a problem each.
 */
export async function loadPlaylist(
  url: string,
  name: string,
  fetchFn: typeof fetch,
  options: LoadPlaylistOptions = {},
): Promise<LoadedPlaylist> {
  const lastGood = options.lastGood ?? null;
  let json: unknown;
  try {
    json = await fetchJson(fetchFn, new URL(url), name, {
      ...(options.limits ?? PLAYLIST_LIMITS),
      revalidate: true,
    });
  } catch (error) {
    // fetchJson's messages already start with the file's name.
    const reason = messageOf(error);
    return fallback([], reason.startsWith(`${name}:`) ? reason : `${name}: ${reason}`, lastGood);
  }
  const parsed = parsePlaylist(json, name);
  if (parsed.scenes.length === 0) {
    return fallback(parsed.problems, `${name}: no playable scene`, lastGood);
  }
  return {
    scenes: parsed.scenes,
    source: url,
    name,
    problems: parsed.problems,
    builtIn: false,
  };
}
