import { setCursor, setPlaying } from './actions';
import type { AppState, AppStore } from './app-state';

/**
 * Advances the time cursor one step every `intervalMs` while `playing` is set; at the last step
 * playback stops (or wraps to the first when `loop`, as on the wall). Returns the stop function.
 */
export function startPlayback(
  store: AppStore,
  stepsOf: (state: AppState) => readonly string[],
  options: { readonly intervalMs: number; readonly loop: boolean },
): () => void {
  let timer: ReturnType<typeof setInterval> | null = null;
  const tick = () => {
    const state = store.getState();
    const steps = stepsOf(state);
    const index = state.cursor === null ? -1 : steps.indexOf(state.cursor);
    const next = steps[index + 1] ?? (options.loop ? steps[0] : undefined);
    if (next === undefined) setPlaying(store, false);
    else setCursor(store, next);
  };
  const follow = () => {
    const playing = store.getState().playing;
    if (playing && timer === null) {
      timer = setInterval(tick, options.intervalMs);
      if (store.getState().cursor === null) tick();
    } else if (!playing && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
  const unsubscribe = store.subscribe(follow);
  follow();
  return () => {
    unsubscribe();
    if (timer !== null) clearInterval(timer);
  };
}
