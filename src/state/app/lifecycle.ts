/**
 * The page life cycle of a screen that runs for days (Chrome's Page Lifecycle API). Everything
 * that defines the view is in the URL (url-sync.ts keeps it there), so nothing is saved on
 * `freeze`, and a discarded tab comes back by the browser reloading its URL. What a frozen or
 * long-hidden tab misses is time: its timers were held back, so its data may be old and its
 * freshness badges judged on an old day. {@link followPageLifecycle} calls `resumed` when such a
 * tab runs again, and the caller polls the manifest at once and moves the clock on.
 */

/** The event sources used: `document` (resume, freeze, visibilitychange) and `window` (pageshow). */
export interface LifecycleTarget {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** The document as {@link followPageLifecycle} reads it. */
export interface LifecycleDocument extends LifecycleTarget {
  readonly visibilityState: string;
}

/** Why {@link LifecycleOptions.resumed} was called. */
export type ResumeReason = 'resume' | 'pageshow' | 'visible';

/** Options of {@link followPageLifecycle}. */
export interface LifecycleOptions {
  /** The tab runs again after being frozen, restored from the back/forward cache, or hidden long. */
  readonly resumed: (reason: ResumeReason) => void;
  /** A tab hidden at least this long (ms) counts as resumed when it is shown again. */
  readonly longHiddenMs: number;
  /** The clock; default Date.now. */
  readonly now?: () => number;
}

/** Starts following the page's life cycle; returns the function that stops it. */
export function followPageLifecycle(
  doc: LifecycleDocument,
  win: LifecycleTarget | null,
  options: LifecycleOptions,
): () => void {
  const now = options.now ?? Date.now;
  let hiddenSince = doc.visibilityState === 'hidden' ? now() : null;
  const onResume = (): void => {
    options.resumed('resume');
  };
  const onPageShow = (event: Event): void => {
    if ((event as PageTransitionEvent).persisted) options.resumed('pageshow');
  };
  const onVisibility = (): void => {
    if (doc.visibilityState === 'hidden') {
      hiddenSince ??= now();
      return;
    }
    const since = hiddenSince;
    hiddenSince = null;
    if (since !== null && now() - since >= options.longHiddenMs) options.resumed('visible');
  };
  doc.addEventListener('resume', onResume);
  doc.addEventListener('visibilitychange', onVisibility);
  win?.addEventListener('pageshow', onPageShow);
  return () => {
    doc.removeEventListener('resume', onResume);
    doc.removeEventListener('visibilitychange', onVisibility);
    win?.removeEventListener('pageshow', onPageShow);
  };
}
