import { DATASET_ID_PATTERN } from '../../data/manifest/manifest-entry';
import { applyUrlState, setCursor, setPlaying } from '../app/actions';
import type { AppStore } from '../app/app-state';
import type { UrlState } from '../url/url-state';
import type { LayerId } from '../models/view-models';
import type { Scene } from './playlist';

/**
 * A scene's dataset id as a layer id. The parser checked the id's form; a scene reaches the
 * screen only after scene-check.ts found each of its ids among the manifest's layers.
 */
export function isSceneLayer(id: string): id is LayerId {
  return DATASET_ID_PATTERN.test(id);
}

/**
 * The URL-backed view a scene opens: its layers and filters on the wall, keeping the language.
 * The camera is left to the scene's map view (no stored `view`).
 */
export function sceneUrlState(scene: Scene, current: UrlState): UrlState {
  return {
    mode: 'wall',
    layers: scene.layers.filter(isSceneLayer),
    province: scene.province,
    from: scene.from,
    to: scene.to,
    region: scene.region,
    lang: current.lang,
    view: null,
  };
}

/** Shows a scene: its view through the store's actions, the time cursor on the whole range. */
export function applyScene(store: AppStore, scene: Scene): void {
  applyUrlState(store, sceneUrlState(scene, store.getState().url));
  setCursor(store, null);
  setPlaying(store, false);
}
