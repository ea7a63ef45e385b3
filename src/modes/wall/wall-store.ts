import { createStore, type Store } from '../../state/app/store';
import type { Scene } from '../../state/playlist/playlist';
import type { LoadedPlaylist } from '../../state/playlist/playlist-loader';
import type { ScheduleSnapshot } from './scheduler';

/** The wall's own state (the playlist and where it stands), beside the app's store. */
export interface WallState {
  /** 'loading' until the playlist file has been read (or given up on). */
  readonly status: 'loading' | 'ready';
  /** The playlist as read, before its scenes are checked against the manifest. */
  readonly playlist: LoadedPlaylist | null;
  /** The scenes that play: the playlist's scenes whose datasets the manifest lists. */
  readonly scenes: readonly Scene[];
  /** Where the scenes came from: the file's URL, or the built-in playlist. */
  readonly source: string;
  /** Problems with the playlist file, shown on the wall. */
  readonly problems: readonly string[];
  readonly schedule: ScheduleSnapshot | null;
}

/** The wall's store type. */
export type WallStore = Store<WallState>;

/** A wall store before the playlist is read. */
export function createWallStore(): WallStore {
  return createStore<WallState>({
    status: 'loading',
    playlist: null,
    scenes: [],
    source: '',
    problems: [],
    schedule: null,
  });
}

/** Records the playlist as read; its scenes play once checked ({@link setScenes}). */
export function setPlaylist(store: WallStore, playlist: LoadedPlaylist): void {
  store.update((s) => ({
    ...s,
    status: 'ready',
    playlist,
    source: playlist.source,
    problems: playlist.problems,
  }));
}

/**
 * Records the scenes that play. Scenes equal to those playing change nothing, so a manifest read
 * again on refresh does not restart the playlist. (A playlist is a few dozen small objects.)
 */
export function setScenes(store: WallStore, scenes: readonly Scene[]): void {
  store.update((s) => (JSON.stringify(s.scenes) === JSON.stringify(scenes) ? s : { ...s, scenes }));
}

/** Records where the playlist stands. */
export function setSchedule(store: WallStore, schedule: ScheduleSnapshot): void {
  store.update((s) => ({ ...s, schedule }));
}
