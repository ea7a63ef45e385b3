/**
 * Named views an analyst keeps in the browser (localStorage) and moves between browsers as a
 * JSON file. A view is the URL's query string, so a saved view opens exactly as a link would.
 * Pure functions over a storage-like object; nothing here throws on bad input, and the work on
 * any input is bounded: at most {@link MAX_SAVED_VIEWS} views are kept and bad entries are
 * summarised (count and first examples), never listed one by one.
 */
import {
  MAX_EXAMPLES,
  newTally,
  summaryLine,
  tallyProblem,
  type ProblemTally,
} from '../../state/app/problem-summary';

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
/** Most views kept: a list is for a person to pick from, and each view is a button. */
export const MAX_SAVED_VIEWS = 200;
/** Entries read between pauses that let the page paint and answer input. */
export const ENTRIES_PER_CHUNK = 5000;

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

/** The entries of a parsed view list, or why the whole list is refused. */
function viewEntries(json: unknown): readonly unknown[] | ReadFailure {
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
  return Array.isArray(entries) ? entries : { error: '"views" must be a list' };
}

/** Views read so far and the entries refused (counted; the first few kept as text). */
interface ViewReader {
  readonly views: SavedView[];
  readonly names: Set<string>;
  readonly refused: ProblemTally;
}

function readEntry(reader: ViewReader, entry: unknown, index: number): void {
  const view = readView(entry, index);
  if (typeof view === 'string') tallyProblem(reader.refused, view);
  else if (reader.names.has(view.name)) {
    tallyProblem(
      reader.refused,
      `views[${String(index)}] ("${view.name}"): the name is used twice, kept the first`,
    );
  } else if (reader.views.length >= MAX_SAVED_VIEWS) {
    tallyProblem(
      reader.refused,
      `views[${String(index)}] ("${view.name}"): more than ${String(MAX_SAVED_VIEWS)} views, left out`,
    );
  } else {
    reader.names.add(view.name);
    reader.views.push(view);
  }
}

/** The refused entries as text: each one when a few, else one summary line. */
export function refusedLines(refused: ProblemTally): string[] {
  if (refused.count <= MAX_EXAMPLES) return [...refused.examples];
  // Examples hold commas themselves, so they are set apart by semicolons.
  return [summaryLine(refused, { th: 'รายการที่ใช้ไม่ได้', en: 'unusable entries' }, '; ')];
}

function finish(reader: ViewReader): ReadViews {
  return { views: reader.views, problems: refusedLines(reader.refused) };
}

const newReader = (): ViewReader => ({ views: [], names: new Set(), refused: newTally() });

/**
 * Reads a parsed view list ({ format, version, views: [...] }). Bad entries are left out (a few
 * listed, many summarised); a repeated name keeps the first; views past {@link MAX_SAVED_VIEWS}
 * are left out. A wrong shape or version is a failure.
 */
export function readSavedViews(json: unknown): ReadViews | ReadFailure {
  const entries = viewEntries(json);
  if ('error' in entries) return entries;
  const reader = newReader();
  entries.forEach((entry, index) => {
    readEntry(reader, entry, index);
  });
  return finish(reader);
}

/** Waits for the page to paint and answer input (a test passes its own). */
export type Pause = () => Promise<void>;

const nextTask: Pause = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * {@link readSavedViews} in chunks of {@link ENTRIES_PER_CHUNK} entries with a pause between, so
 * a file of hundreds of thousands of entries never freezes the page.
 */
export async function readSavedViewsInChunks(
  json: unknown,
  pause: Pause = nextTask,
): Promise<ReadViews | ReadFailure> {
  const entries = viewEntries(json);
  if ('error' in entries) return entries;
  const reader = newReader();
  for (let start = 0; start < entries.length; start += ENTRIES_PER_CHUNK) {
    if (start > 0) await pause();
    const end = Math.min(entries.length, start + ENTRIES_PER_CHUNK);
    for (let index = start; index < end; index += 1) readEntry(reader, entries[index], index);
  }
  return finish(reader);
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
  // This app never stores more (at most MAX_SAVED_VIEWS views); anything bigger is not its list.
  if (text.length > MAX_IMPORT_BYTES) {
    return { views: [], problems: ['saved views: too large (over 1 MB), not read'] };
  }
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
  const parsed = parseJson(text);
  return 'error' in parsed ? parsed : readSavedViews(parsed.json);
}

function parseJson(text: string): { json: unknown } | ReadFailure {
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Reads an imported file's text, in chunks (see {@link readSavedViewsInChunks}). A failure
 * names the file and the problem; entry problems are prefixed with the file name.
 */
export async function importViewsText(
  text: string,
  fileName: string,
  pause?: Pause,
): Promise<ReadViews | ReadFailure> {
  if (text.length > MAX_IMPORT_BYTES) {
    return { error: `${fileName}: too large (over 1 MB) for a view list` };
  }
  const parsed = parseJson(text);
  if ('error' in parsed) return { error: `${fileName}: ${parsed.error}` };
  const read = await readSavedViewsInChunks(parsed.json, pause);
  if ('error' in read) return { error: `${fileName}: ${read.error}` };
  return { views: read.views, problems: read.problems.map((p) => `${fileName}: ${p}`) };
}

/**
 * Saves `query` under `name`: a new view at the end, or the same-named view replaced in place.
 * A new name past {@link MAX_SAVED_VIEWS} views is not added (the caller says so).
 */
export function saveView(
  views: readonly SavedView[],
  name: string,
  query: string,
  savedAt: string,
): readonly SavedView[] {
  const view = { name, query, savedAt };
  if (views.some((v) => v.name === name)) return views.map((v) => (v.name === name ? view : v));
  return views.length >= MAX_SAVED_VIEWS ? views : [...views, view];
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

/**
 * Adds imported views: same-named views are replaced by the imported ones; new names are added
 * while the list has room ({@link MAX_SAVED_VIEWS}). One pass, whatever the sizes.
 * @returns the list and how many imported views did not fit.
 */
export function mergeViews(
  views: readonly SavedView[],
  imported: readonly SavedView[],
): { readonly views: readonly SavedView[]; readonly leftOut: number } {
  const byName = new Map(views.map((v) => [v.name, v]));
  const added: SavedView[] = [];
  let leftOut = 0;
  for (const view of imported) {
    if (byName.has(view.name)) byName.set(view.name, view);
    else if (views.length + added.length < MAX_SAVED_VIEWS) {
      byName.set(view.name, view);
      added.push(view);
    } else leftOut += 1;
  }
  const merged = [...views.map((v) => byName.get(v.name) ?? v), ...added];
  return { views: merged, leftOut };
}
