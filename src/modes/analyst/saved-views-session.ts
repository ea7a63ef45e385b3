/**
 * The saved-view list of one page session against what the browser stored: when the browser
 * refuses to store (storage full, private mode) the views stay in the list for this session,
 * marked, and can be downloaded as the JSON file the import reads.
 */
import { storeSavedViews, type SavedView, type ViewStorage } from './saved-views';

/** The list on screen, the list as last stored, and why the last store failed (or null). */
export interface ViewSession {
  readonly views: readonly SavedView[];
  readonly stored: readonly SavedView[];
  readonly problem: string | null;
}

/** Stores `next`; on refusal `next` is still the list on screen and `stored` stays as it was. */
export function commitViews(
  storage: ViewStorage | null,
  next: readonly SavedView[],
  stored: readonly SavedView[],
): ViewSession {
  const problem = storeSavedViews(storage, next);
  return { views: next, stored: problem === null ? next : stored, problem };
}

/**
 * The names of views not (or not as shown) in the browser's storage: kept for this session only
 * when the browser refused to store them (storage full, private mode).
 */
export function unsavedViewNames(
  views: readonly SavedView[],
  stored: readonly SavedView[],
): ReadonlySet<string> {
  const key = (v: SavedView) => `${v.name}\u0000${v.query}\u0000${v.savedAt}`;
  const storedKeys = new Set(stored.map(key));
  return new Set(views.filter((v) => !storedKeys.has(key(v))).map((v) => v.name));
}
