/**
 * Named views an analyst keeps in the browser (localStorage) and moves between browsers as a
 * JSON file. A view is the URL's query string, so a saved view opens exactly as a link would.
 * Pure functions over a storage-like object; nothing here throws on bad input.
 */

/** One saved view. */
export interface SavedView {
  readonly name: string;
  /** The view's query string ("?mode=analyst&…", or "" for the default view). */
  readonly query: string;
  /** ISO timestamp of the save. */
  readonly savedAt: string;
}

/** The file and storage format. */
export const SAVED_VIEWS_FORMAT = 'war-room-views';
/** The format version this code writes and reads. */
export const SAVED_VIEWS_VERSION = 1;
/** The localStorage key. */
export const SAVED_VIEWS_KEY = 'war-room.saved-views';
/** Longest name and query kept. */
export const MAX_NAME_LENGTH = 100;
const MAX_QUERY_LENGTH = 4000;
/** Largest import file read (a view list is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Views read from a file or storage, and what was wrong with the entries left out. */
export interface ReadViews {
  readonly views: readonly SavedView[];
  readonly problems: readonly string[];
}

/** A reason a whole file or store could not be read. */
export type ReadFailure = { readonly error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own property only: "__proto__" and inherited names are never read as fields. */
const field = (record: Record<string, unknown>, name: string): unknown =>
  Object.hasOwn(record, name) ? record[name] : undefined;

/** A name trimmed, whitespace collapsed, without control characters; null when empty or long. */
export function cleanViewName(name: string): string | null {
  const text = name
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' || text.length > MAX_NAME_LENGTH ? null : text;
}

function readView(entry: unknown, index: number): SavedView | string {
  if (!isRecord(entry)) return `views[${String(index)}]: not an object`;
  const rawName = field(entry, 'name');
  const name = typeof rawName === 'string' ? cleanViewName(rawName) : null;
  if (name === null) {
    return `views[${String(index)}]: "name" must be text of 1 to ${String(MAX_NAME_LENGTH)} characters`;
  }
  const query = field(entry, 'query');
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH || !/^(\?.*)?$/su.test(query)) {
    return `views[${String(index)}] ("${name}"): "query" must be a URL query string starting with "?"`;
  }
  const savedAt = field(entry, 'savedAt');
  return {
    name,
    query,
    savedAt: typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : '',
  };
}

/**
 * Reads a parsed view list ({ format, version, views: [...] }). Bad entries are left out and
 * listed; a repeated name keeps the first. A wrong shape or version is a failure.
 */
export function readSavedViews(json: unknown): ReadViews | ReadFailure {
  if (!isRecord(json) || field(json, 'format') !== SAVED_VIEWS_FORMAT) {
    return { error: `not a War Room view list (expected "format": "${SAVED_VIEWS_FORMAT}")` };
  }
  const version = field(json, 'version');
  if (version !== SAVED_VIEWS_VERSION) {
    return {
      error: `version ${version === undefined ? 'missing' : JSON.stringify(version)} is not supported (this app reads version ${String(SAVED_VIEWS_VERSION)})`,
    };
  }
  const entries = field(json, 'views');
  if (!Array.isArray(entries)) return { error: '"views" must be a list' };
  const views: SavedView[] = [];
  const problems: string[] = [];
  entries.forEach((entry: unknown, index) => {
    const view = readView(entry, index);
    if (typeof view === 'string') problems.push(view);
    else if (views.some((v) => v.name === view.name)) {
      problems.push(
        `views[${String(index)}] ("${view.name}"): the name is used twice, kept the first`,
      );
    } else views.push(view);
  });
  return { views, problems };
}

/** The JSON text of a view list (what storage and exported files hold). */
export function savedViewsJson(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: SAVED_VIEWS_VERSION, views }, null, 2)}\n`;
}

/** The parts of `localStorage` used (a test passes a Map-backed one). */
export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored views; an unreadable store gives none and a problem (it is not overwritten until a save). */
export function loadSavedViews(storage: ViewStorage | null): ReadViews {
  let text: string | null;
  try {
    text = storage?.getItem(SAVED_VIEWS_KEY) ?? null;
  } catch {
    return { views: [], problems: ['the browser does not allow reading saved views'] };
  }
  if (text === null) return { views: [], problems: [] };
  const read = parseViewsText(text);
  return 'error' in read ? { views: [], problems: [`saved views: ${read.error}`] } : read;
}

/** Writes the views; returns a problem text when the browser refuses (full, private mode). */
export function storeSavedViews(
  storage: ViewStorage | null,
  views: readonly SavedView[],
): string | null {
  try {
    if (!storage) return 'the browser has no local storage';
    storage.setItem(SAVED_VIEWS_KEY, savedViewsJson(views));
    return null;
  } catch (error) {
    return `the browser refused to store the views (${error instanceof Error ? error.message : String(error)})`;
  }
}

function parseViewsText(text: string): ReadViews | ReadFailure {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  return readSavedViews(json);
}

/**
 * Reads an imported file's text. A failure names the file and the problem; entry problems are
 * prefixed with the file name.
 */
export function importViewsText(text: string, fileName: string): ReadViews | ReadFailure {
  const read = parseViewsText(text.replace(/^\uFEFF/, ''));
  if ('error' in read) return { error: `${fileName}: ${read.error}` };
  return { views: read.views, problems: read.problems.map((p) => `${fileName}: ${p}`) };
}

/** Saves `query` under `name`: a new view at the end, or the same-named view replaced in place. */
export function saveView(
  views: readonly SavedView[],
  name: string,
  query: string,
  savedAt: string,
): readonly SavedView[] {
  const view = { name, query, savedAt };
  return views.some((v) => v.name === name)
    ? views.map((v) => (v.name === name ? view : v))
    : [...views, view];
}

/** Renames a view; unchanged when the new name is taken by another view or `from` is unknown. */
export function renameView(
  views: readonly SavedView[],
  from: string,
  to: string,
): readonly SavedView[] {
  if (from === to || views.some((v) => v.name === to)) return views;
  return views.map((v) => (v.name === from ? { ...v, name: to } : v));
}

/** Removes the named view. */
export function deleteView(views: readonly SavedView[], name: string): readonly SavedView[] {
  return views.filter((v) => v.name !== name);
}

/** Adds imported views: same-named views are replaced by the imported ones. */
export function mergeViews(
  views: readonly SavedView[],
  imported: readonly SavedView[],
): readonly SavedView[] {
  return imported.reduce(
    (list, view) => saveView(list, view.name, view.query, view.savedAt),
    views,
  );
}
