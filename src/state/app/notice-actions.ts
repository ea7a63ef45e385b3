/**
 * Actions on the store's notices: bounded (counted past a maximum, cut when long), the date-range
 * notice kept in step with the view, and category values the data lacks dropped with one notice.
 * Re-exported by actions.ts.
 */
import type { AppState, AppStore } from './app-state';
import type { LIST_FILTERS } from '../url/url-filters';
import { dateRangeNotice, unknownListValues, unknownValuesNotice } from '../url/url-notices';

/**
 * Puts the notice about a date range outside the shown datasets in step with the view: the old
 * one goes when the range, the layers or the data change, so it never outlives its cause.
 */
export function withDateNotice(s: AppState): AppState {
  const next = dateRangeNotice(s.url, s.datasets);
  if (next === s.dateNotice) return s;
  const notices = s.notices.filter((notice) => notice !== s.dateNotice);
  return { ...s, dateNotice: next, notices: next === null ? notices : [...notices, next] };
}

/** Most notices listed; later ones are counted in one last line (a page running for days). */
export const MAX_NOTICES = 12;
/** Longest notice kept (a notice may quote input from a link or a file). */
export const MAX_NOTICE_LENGTH = 600;

/** The last line of a full notice list. */
export function hiddenNoticesLine(count: number): string {
  return `ปัญหาอื่นอีก ${String(count)} รายการไม่ได้แสดง · ${String(count)} more problems not listed`;
}

/**
 * Adds a notice (shown until the page reloads); repeated notices are kept once, a long one is cut
 * and past {@link MAX_NOTICES} they are only counted, so no input can flood the screen.
 */
export function addNotice(store: AppStore, notice: string): void {
  const text =
    notice.length > MAX_NOTICE_LENGTH ? `${notice.slice(0, MAX_NOTICE_LENGTH - 1)}…` : notice;
  store.update((s) => {
    if (s.notices.includes(text)) return s;
    const listed = s.hiddenNotices > 0 ? s.notices.slice(0, -1) : s.notices;
    if (listed.length < MAX_NOTICES) return { ...s, notices: [...s.notices, text] };
    const hiddenNotices = s.hiddenNotices + 1;
    return { ...s, hiddenNotices, notices: [...listed, hiddenNoticesLine(hiddenNotices)] };
  });
}

/**
 * Leaves out the values of a category filter that the data does not have (`known`: the data's
 * values), with one notice naming them: kept, they would match nothing and empty the map.
 */
export function dropUnknownListValues(
  store: AppStore,
  field: (typeof LIST_FILTERS)[number],
  known: ReadonlySet<string>,
): void {
  const unknown = unknownListValues(store.getState().url, field, known);
  if (unknown.length === 0) return;
  const kept = (store.getState().url[field] ?? []).filter((value) => known.has(value));
  store.update((s) => {
    const url = { ...s.url, [field]: kept.length > 0 ? kept : undefined };
    return withDateNotice({ ...s, url, correctedUrl: url });
  });
  addNotice(store, unknownValuesNotice(field, unknown));
}
