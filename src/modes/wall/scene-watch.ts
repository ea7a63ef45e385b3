import { addNotice } from '../../state/app/actions';
import type { AppState, AppStore } from '../../state/app/app-state';
import { restrictedAccess } from '../../state/card/restricted-tier';
import { playableScenes } from './scene-check';
import { setScenes, type WallStore } from './wall-store';

/** The restricted layer datasets the server refused to this screen (it has not signed in). */
export function refusedDatasets(state: Pick<AppState, 'health' | 'datasets'>): Set<string> {
  return new Set(
    state.datasets
      .filter((def) => def.restricted === true && restrictedAccess(state, def.id) === 'refused')
      .map((def) => def.id),
  );
}

/**
 * Keeps the wall's scenes to those of its playlist whose datasets the manifest lists and the
 * server hands over: checked once both the playlist and the manifest are read (in either order)
 * and again whenever a refresh brings other datasets or a restricted one is refused or let in;
 * each skipped scene gets a notice. Returns the unsubscribe.
 */
export function watchPlayableScenes(store: AppStore, wall: WallStore): () => void {
  let checkedPlaylist: unknown = null;
  let checkedDatasets: unknown = null;
  let checkedRefused = '';
  const check = () => {
    const { playlist } = wall.getState();
    const state = store.getState();
    const { datasets } = state;
    // No datasets yet: the manifest has not been read (or could not be: the page says why).
    if (!playlist || datasets.length === 0) return;
    const refused = refusedDatasets(state);
    const refusedKey = [...refused].sort().join(',');
    if (
      playlist === checkedPlaylist &&
      datasets === checkedDatasets &&
      refusedKey === checkedRefused
    ) {
      return;
    }
    checkedPlaylist = playlist;
    checkedDatasets = datasets;
    checkedRefused = refusedKey;
    const checked = playableScenes(playlist, datasets, refused);
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
