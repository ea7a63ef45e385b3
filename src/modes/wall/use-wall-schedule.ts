import { useEffect, useRef, type RefObject } from 'react';
import { addNotice } from '../../state/app/actions';
import type { AppState, AppStore } from '../../state/app/app-state';
import { useStore } from '../../state/app/store';
import { loadPlaylist, playlistUrl } from '../../state/playlist/playlist-loader';
import { applyScene } from '../../state/playlist/scene-actions';
import { chunkRecovery } from '../../ui/chunk-reload';
import { watchPlayableScenes } from './scene-watch';
import { BROWSER_CLOCK, createSceneScheduler, type SceneScheduler } from './scheduler';
import { setPlaylist, setSchedule, type WallStore } from './wall-store';

/** Reads the playlist (`?playlist=` or wall/playlist.json) into the wall store, once. */
export function usePlaylistFile(store: AppStore, wall: WallStore): void {
  useEffect(() => {
    let live = true;
    const { url, name, problem } = playlistUrl(window.location.search, window.location.href);
    if (problem) addNotice(store, problem);
    void loadPlaylist(url, name, (address, init) =>
      fetch(address, { ...init, cache: 'no-store' }),
    ).then((loaded) => {
      if (!live) return;
      for (const text of loaded.problems) addNotice(store, text);
      setPlaylist(wall, loaded);
    });
    return () => {
      live = false;
    };
  }, [store, wall]);
}

/** Plays the scenes of the playlist whose datasets the manifest lists (scene-watch.ts). */
export function usePlayableScenes(store: AppStore, wall: WallStore): void {
  useEffect(() => watchPlayableScenes(store, wall), [store, wall]);
}

/**
 * How long the first scene may wait for its figures before its dwell starts anyway: a dataset
 * that never answers must not freeze the wall.
 */
export const FIRST_SCENE_READY_CAP_MS = 30_000;

/** The database has answered its first round of queries (or given up): the figures are in. */
const figuresSettled = (state: AppState) =>
  state.engine === 'ready' || state.engine === 'partial' || state.engine === 'error';

/**
 * Plays the wall store's scenes: a scheduler steps through them on their dwell times and each new
 * scene is applied to the app's store through its actions. The first scene's dwell starts when
 * its figures are in (capped by {@link FIRST_SCENE_READY_CAP_MS}), so its time on screen is not
 * spent on "loading" tiles. Returns the running scheduler (for the keyboard).
 */
export function useSceneSchedule(
  store: AppStore,
  wall: WallStore,
): RefObject<SceneScheduler | null> {
  const scenes = useStore(wall, (s) => s.scenes);
  const scheduler = useRef<SceneScheduler | null>(null);
  useEffect(() => {
    if (scenes.length === 0) return;
    let shownStep = -1;
    const running = createSceneScheduler(
      scenes.map((scene) => scene.dwellSeconds * 1000),
      BROWSER_CLOCK,
      (snapshot) => {
        setSchedule(wall, snapshot);
        const scene = scenes[snapshot.index];
        // A redeploy left a chunk missing (src/ui/chunk-reload.ts): reload between scenes.
        const boundary = shownStep !== -1 && snapshot.step !== shownStep;
        if (boundary && chunkRecovery.reloadAtSceneBoundary()) return;
        if (scene && snapshot.step !== shownStep) applyScene(store, scene);
        shownStep = snapshot.step;
      },
      { firstSceneReadyCapMs: FIRST_SCENE_READY_CAP_MS },
    );
    scheduler.current = running;
    running.start();
    const markReadyOnce = () => {
      if (!figuresSettled(store.getState())) return;
      running.sceneReady();
      unsubscribe();
    };
    const unsubscribe = store.subscribe(markReadyOnce);
    markReadyOnce();
    return () => {
      unsubscribe();
      running.stop();
      scheduler.current = null;
    };
  }, [store, wall, scenes]);
  return scheduler;
}

/** Space pauses and resumes; the arrow keys step to the next or previous scene. */
export function useWallKeys(scheduler: RefObject<SceneScheduler | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const running = scheduler.current;
      if (!running || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ' || event.code === 'Space') {
        if (!event.repeat) running.togglePause();
      } else if (event.key === 'ArrowRight') {
        running.next();
      } else if (event.key === 'ArrowLeft') {
        running.previous();
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [scheduler]);
}
