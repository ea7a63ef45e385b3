/**
 * Recovery from a code chunk that is gone after a redeploy. A page opened before a new version was
 * published still asks for its lazily loaded chunks (`ExportDialog-<hash>.js`...) by their old
 * hashed names, which now answer 404. Instead of the page's error state, the app reloads itself
 * into the new version at a moment that loses nothing, keeping the URL (reload() keeps it):
 * the wall at its next scene boundary, the dashboard at once when nothing is in progress, else
 * after the person agrees through a notice. A reload that would repeat within
 * {@link RELOAD_GUARD_MS} for the same URL is refused, so a build that is really broken does not
 * reload forever.
 */
import { lazy, type ComponentType } from 'react';

/** How long after a reload into a new version the same URL may not reload again for it. */
export const RELOAD_GUARD_MS = 5 * 60_000;

/** How long the wall waits for a scene boundary (a one-scene playlist has none) before reloading. */
export const WALL_BOUNDARY_WAIT_MS = 10 * 60_000;

const GUARD_KEY_PREFIX = 'war-room:new-version-reload:';

/** What the recovery needs of the browser, injectable so tests drive it without a page. */
export interface ReloadEnvironment {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly href: () => string;
  readonly reload: () => void;
  readonly now: () => number;
  /** True while something the person started would be lost by a reload. */
  readonly busy: () => boolean;
  readonly setTimer: (run: () => void, ms: number) => void;
}

/** When the reload may happen: at once unless busy (dashboard), or at a scene boundary (wall). */
export type ReloadMoment = 'when-idle' | 'scene-boundary';

/** Where the recovery stands: nothing; a reload waiting for its moment; a notice to the person. */
export type NewVersionState = 'none' | 'waiting' | 'notice';

// Chromium, Firefox and Safari word a failed dynamic import differently; Vite's CSS preload too.
const CHUNK_ERROR_PATTERNS = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Unable to preload CSS/i,
];

/** True when an error is a code chunk that could not be fetched (not an error inside the code). */
export function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return CHUNK_ERROR_PATTERNS.some((pattern) => pattern.test(text));
}

/** The chunk recovery of one page: its state, its moment and its reload guard. */
export interface ChunkRecovery {
  /**
   * A chunk failed to load: reload now, wait for the moment, or show the notice. `nothingShown`
   * (a whole mode's chunk is missing, the page is empty) reloads at once, guard permitting.
   */
  readonly newVersionDetected: (nothingShown?: boolean) => void;
  /** The wall calls this as a scene ends: true when the page is reloading instead. */
  readonly reloadAtSceneBoundary: () => boolean;
  /** The person chose to reload from the notice (the guard still applies). */
  readonly reloadNow: () => boolean;
  readonly setMoment: (moment: ReloadMoment) => void;
  readonly state: () => NewVersionState;
  readonly subscribe: (listener: () => void) => () => void;
}

/** Builds the recovery of a page over its {@link ReloadEnvironment}. */
export function createChunkRecovery(env: ReloadEnvironment): ChunkRecovery {
  let moment: ReloadMoment = 'when-idle';
  let current: NewVersionState = 'none';
  const listeners = new Set<() => void>();
  const setState = (next: NewVersionState) => {
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  };
  const guardKey = () => GUARD_KEY_PREFIX + env.href();
  const recentlyReloaded = () => {
    const last = Number(env.storage?.getItem(guardKey()) ?? Number.NaN);
    return Number.isFinite(last) && env.now() - last < RELOAD_GUARD_MS;
  };
  /** Reloads unless the guard forbids it; a refused reload leaves the notice up. */
  const reload = (): boolean => {
    if (recentlyReloaded()) {
      setState('notice');
      return false;
    }
    try {
      env.storage?.setItem(guardKey(), String(env.now()));
    } catch {
      // Storage full or denied: without the record the guard cannot work, so do not reload.
      setState('notice');
      return false;
    }
    env.reload();
    return true;
  };
  return {
    newVersionDetected(nothingShown = false) {
      if (current !== 'none' && !nothingShown) return;
      if (nothingShown) {
        if (!reload()) setState('notice');
        return;
      }
      if (moment === 'scene-boundary') {
        setState('waiting');
        // A playlist of one scene never reaches a boundary: reload after a while regardless.
        env.setTimer(() => {
          if (current === 'waiting') reload();
        }, WALL_BOUNDARY_WAIT_MS);
        return;
      }
      if (env.busy() || !reload()) setState('notice');
    },
    reloadAtSceneBoundary() {
      return current === 'waiting' && reload();
    },
    reloadNow() {
      return reload();
    },
    setMoment(next) {
      moment = next;
    },
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Work in progress that a reload would lose, read from the page: something marked busy (an
 * export, an import), an open dialog, or a text field the person has typed into.
 */
export function pageIsBusy(doc: Document): boolean {
  if (doc.querySelector('[aria-busy="true"], dialog[open], [role="dialog"]')) return true;
  return [...doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')].some(
    (field) =>
      field.type !== 'checkbox' && field.type !== 'radio' && field.value !== field.defaultValue,
  );
}

function browserEnvironment(): ReloadEnvironment {
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // Storage blocked by the browser's settings: the guard then refuses every reload.
  }
  return {
    storage,
    href: () => window.location.href,
    reload: () => {
      window.location.reload();
    },
    now: () => Date.now(),
    busy: () => pageIsBusy(document),
    setTimer: (run, ms) => {
      window.setTimeout(run, ms);
    },
  };
}

/** The recovery of this page (one per page). */
export const chunkRecovery: ChunkRecovery =
  typeof window === 'undefined'
    ? createChunkRecovery({
        storage: null,
        href: () => '',
        reload: () => undefined,
        now: () => 0,
        busy: () => true,
        setTimer: () => undefined,
      })
    : createChunkRecovery(browserEnvironment());

/**
 * Listens to Vite's `vite:preloadError` (fired when a chunk or its preloaded dependencies fail)
 * and starts the recovery. The import still rejects for its caller, which shows its own message.
 */
export function listenForPreloadErrors(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  recovery: ChunkRecovery = chunkRecovery,
): () => void {
  const onPreloadError = () => {
    recovery.newVersionDetected();
  };
  target.addEventListener('vite:preloadError', onPreloadError);
  return () => {
    target.removeEventListener('vite:preloadError', onPreloadError);
  };
}

const NOTHING: ComponentType = () => null;

/**
 * React.lazy for a component in a code chunk: when the chunk cannot be fetched, the recovery
 * starts and the component draws nothing instead of throwing into the error boundary. Other
 * errors (a bug in the chunk's code) still throw. `wholeView`: the component is the whole page
 * (a mode), so there is no work to keep and no scene boundary to wait for: reload at once.
 */
export function lazyChunk<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  options: { readonly recovery?: ChunkRecovery; readonly wholeView?: boolean } = {},
) {
  const { recovery = chunkRecovery, wholeView = false } = options;
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      if (!isChunkLoadError(error)) throw error;
      recovery.newVersionDetected(wholeView);
      return { default: NOTHING as ComponentType<Props> };
    }
  });
}
