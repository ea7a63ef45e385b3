import { addNotice } from '../../state/app/actions';
import type { AppStore } from '../../state/app/app-state';
import { playableScenes } from './scene-check';
import { setScenes, type WallStore } from './wall-store';

/**
 * Keeps the wall's scenes to those of its playlist whose datasets the manifest lists: checked
 * once both the playlist and the manifest are read (in either order) and again whenever a
 * refresh brings other datasets; each skipped scene gets a notice. Returns the unsubscribe.
 */
export function watchPlayableScenes(store: AppStore, wall: WallStore): () => void {
  let checkedPlaylist: unknown = null;
  let checkedDatasets: unknown = null;
  const check = () => {
    const { playlist } = wall.getState();
    const { datasets } = store.getState();
    // No datasets yet: the manifest has not been read (or could not be: the page says why).
    if (!playlist || datasets.length === 0) return;
    if (playlist === checkedPlaylist && datasets === checkedDatasets) return;
    checkedPlaylist = playlist;
    checkedDatasets = datasets;
    const checked = playableScenes(playlist, datasets);
    for (const text of checked.problems) addNotice(store, text);
    setScenes(wall, checked.scenes);
  };
  const stopApp = store.subscribe(check);
  const stopWall = wall.subscribe(check);
  check();
  return () => {
    stopApp();
    stopWall();
  };
}
