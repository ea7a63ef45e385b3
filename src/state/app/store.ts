import { useSyncExternalStore } from 'react';

/** A minimal observable state container that lives outside React. */
export interface Store<S> {
  readonly getState: () => S;
  /** Replaces the state with `update(state)`; listeners run only if the result differs. */
  readonly update: (update: (state: S) => S) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** Creates a {@link Store} holding `initial`. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    update(update) {
      const next = update(state);
      if (Object.is(next, state)) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * Subscribes a component to `selector(state)`. The selector must return a stable reference
 * for unchanged input (pick a field, or use a memoised selector).
 */
export function useStore<S, T>(store: Store<S>, selector: (state: S) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}

/** Memoises a one-argument function on the identity of its last argument. */
export function memoizeLast<A, R>(compute: (arg: A) => R): (arg: A) => R {
  let lastArg: A | undefined;
  let lastResult: R | undefined;
  let primed = false;
  return (arg: A) => {
    if (!primed || !Object.is(arg, lastArg)) {
      lastResult = compute(arg);
      lastArg = arg;
      primed = true;
    }
    return lastResult as R;
  };
}
