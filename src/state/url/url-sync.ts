import { addNotice, applyUrlState } from '../app/actions';
import type { AppStore } from '../app/app-state';
import { sameUrlFilters } from './url-filters';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state';

/** The parts of `window` URL syncing uses (a test can pass its own). */
export interface HistoryLike {
  readonly location: { readonly search: string; readonly pathname: string };
  readonly history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/**
 * Changes a person navigates by (back/forward step through them); camera and language are not,
 * and neither is the wall moving from one scene to the next (a kiosk would pile up entries).
 */
export function isNavigation(before: UrlState, after: UrlState): boolean {
  if (before.mode === 'wall' && after.mode === 'wall') return false;
  return (
    !sameUrlFilters(before, after) ||
    before.mode !== after.mode ||
    before.layers.join(',') !== after.layers.join(',') ||
    before.province !== after.province ||
    before.region !== after.region ||
    before.from !== after.from ||
    before.to !== after.to
  );
}

/**
 * Keeps the address bar and the store's URL-backed view in step: store changes write the URL
 * (a history entry for navigation, a replacement for camera and language), back/forward and
 * pasted links read it. Returns the function that stops syncing.
 */
export function syncUrl(store: AppStore, target: HistoryLike = window): () => void {
  let current = store.getState().url;
  const unsubscribe = store.subscribe(() => {
    const next = store.getState().url;
    if (next === current) return;
    const query = serializeUrlState(next);
    const address = `${target.location.pathname}${query}`;
    if (query !== target.location.search) {
      const corrected = store.getState().correctedUrl === next;
      if (!corrected && isNavigation(current, next)) target.history.pushState(null, '', address);
      else target.history.replaceState(null, '', address);
    }
    current = next;
  });
  const onPopState = () => {
    const parsed = parseUrlState(target.location.search);
    current = parsed.state;
    applyUrlState(store, current);
    // A pasted or edited link says what it ignored, as at start-up (bounded: see addNotice).
    for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);
  };
  target.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    target.removeEventListener('popstate', onPopState);
  };
}
