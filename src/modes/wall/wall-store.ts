import { createStore, type Store } from '../../state/store';
import type { Scene } from './playlist';
import type { ScheduleSnapshot } from './scheduler';

/** The wall's own state (the playlist and where it stands), beside the app's store. */
export interface WallState {
  /** 'loading' until the playlist file has been read (or given up on). */
  readonly status: 'loading' | 'ready';
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
    scenes: [],
    source: '',
    problems: [],
    schedule: null,
  });
}

/** Records the playlist the wall plays. */
export function setPlaylist(
  store: WallStore,
  playlist: { scenes: readonly Scene[]; source: string; problems: readonly string[] },
): void {
  store.update((s) => ({ ...s, status: 'ready', ...playlist }));
}

/** Records where the playlist stands. */
export function setSchedule(store: WallStore, schedule: ScheduleSnapshot): void {
  store.update((s) => ({ ...s, schedule }));
}
