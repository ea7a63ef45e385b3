import { useSyncExternalStore } from 'react';

/**
 * The operating system's "reduce motion" setting (`prefers-reduced-motion: reduce`): people who
 * get dizzy from moving content ask for it, and a wall PC left running for days has no use for
 * chart bars growing on every refresh. Charts then appear at once; MapLibre already jumps instead
 * of flying when the setting is on.
 */
const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => {
    list.removeEventListener('change', onChange);
  };
}

/** True while the reader's system asks for reduced motion; follows changes of the setting. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
