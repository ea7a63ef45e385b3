import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ENTRIES_PER_CHUNK,
  importViewsText,
  loadSavedViews,
  MAX_IMPORT_BYTES,
  MAX_SAVED_VIEWS,
  mergeViews,
  SAVED_VIEWS_KEY,
  savedViewsJson,
  type SavedView,
  type ViewStorage,
} from './saved-views';
import { commitViews, unsavedViewNames } from './saved-views-session';
import { SavedViews } from './SavedViews';

const listText = (entries: string) =>
  `{"format":"war-room-views","version":1,"views":[${entries}]}`;

/** A pause that only counts how often the reader let the page run. */
function countingPause() {
  const pause = () => {
    pause.count += 1;
    return Promise.resolve();
  };
  pause.count = 0;
  return pause;
}

const AT = '2026-12-07T06:00:00.000Z';
const view = (name: string): SavedView => ({ name, query: `?mode=analyst&n=${name}`, savedAt: AT });

describe('saved views: bounded work on any file', () => {
  it('a 990 KB file of 495,000 bad entries gives one summary, read in pauses', async () => {
    const text = listText(Array.from({ length: 495_000 }, () => '1').join(','));
    expect(text.length).toBeGreaterThan(989_000);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const pause = countingPause();
    const read = await importViewsText(text, 'bad.json', pause);
    if ('error' in read) throw new Error(read.error);
    expect(read.views).toEqual([]);
    expect(read.problems).toEqual([
      'bad.json: ละไว้ 495,000 รายการที่ใช้ไม่ได้ (5 รายการแรก: views[0]: not an object; views[1]: not an object; views[2]: not an object; views[3]: not an object; views[4]: not an object; …) · 495,000 unusable entries ignored (first 5: views[0]: not an object; views[1]: not an object; views[2]: not an object; views[3]: not an object; views[4]: not an object; …)',
    ]);
    expect(pause.count).toBe(495_000 / ENTRIES_PER_CHUNK - 1);
  });

  it('33,000 good views: the first 200 kept, the rest in one summary', async () => {
    const text = listText(
      Array.from({ length: 33_000 }, (_, i) => `{"name":"v${String(i)}","query":""}`).join(','),
    );
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const read = await importViewsText(text, 'many.json', countingPause());
    if ('error' in read) throw new Error(read.error);
    expect(read.views).toHaveLength(MAX_SAVED_VIEWS);
    expect(read.views.at(-1)?.name).toBe('v199');
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(
      /^many\.json: ละไว้ 32,800 รายการที่ใช้ไม่ได้ \(5 รายการแรก: views\[200\] \("v200"\): more than 200 views, left out;/,
    );
  });

  it('refuses text over the size limit without parsing it', async () => {
    const read = await importViewsText(' '.repeat(MAX_IMPORT_BYTES + 1), 'huge.json');
    expect(read).toEqual({ error: 'huge.json: too large (over 1 MB) for a view list' });
  });

  it('does not read a stored text over the size limit', () => {
    const storage: ViewStorage = {
      getItem: () => ' '.repeat(MAX_IMPORT_BYTES + 1),
      setItem: () => undefined,
    };
    expect(loadSavedViews(storage)).toEqual({
      views: [],
      problems: ['saved views: too large (over 1 MB), not read'],
    });
  });

  it('merging never grows the list past the limit, and says how many did not fit', () => {
    const own = Array.from({ length: 150 }, (_, i) => view(`own${String(i)}`));
    const imported = [
      view('own0'),
      ...Array.from({ length: 80 }, (_, i) => view(`new${String(i)}`)),
    ];
    const merged = mergeViews(own, imported);
    expect(merged.views).toHaveLength(MAX_SAVED_VIEWS);
    expect(merged.leftOut).toBe(30);
    expect(merged.views[0]).toBe(imported[0]);
  });
});

describe('saved views: storage full', () => {
  const full: ViewStorage & { data: Map<string, string> } = {
    data: new Map(),
    getItem: () => null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };

  it('keeps the new view for the session, marked unsaved, and downloadable as an import', async () => {
    const stored = [view('kept')];
    const next = [...stored, view('new one')];
    const session = commitViews(full, next, stored);
    expect(session.views).toBe(next);
    expect(session.stored).toBe(stored);
    expect(session.problem).toMatch(/refused to store the views \(The quota has been exceeded\.\)/);
    expect([...unsavedViewNames(session.views, session.stored)]).toEqual(['new one']);
    const download = await importViewsText(savedViewsJson(session.views), 'war-room-views.json');
    expect(download).toEqual({ views: next, problems: [] });
  });

  it('a later successful store clears the mark', () => {
    const data = new Map<string, string>();
    const working: ViewStorage = {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => {
        data.set(key, value);
      },
    };
    const session = commitViews(working, [view('a')], []);
    expect(session.problem).toBeNull();
    expect(unsavedViewNames(session.views, session.stored).size).toBe(0);
    expect(data.has(SAVED_VIEWS_KEY)).toBe(true);
  });
});

describe('the saved views panel', () => {
  it('shows a store of 495,000 bad entries as one message', () => {
    const garbage = listText(Array.from({ length: 495_000 }, () => '1').join(','));
    const storage: ViewStorage = { getItem: () => garbage, setItem: () => undefined };
    const markup = renderToStaticMarkup(
      createElement(SavedViews, { lang: 'en', currentQuery: '', onOpen: () => undefined, storage }),
    );
    const messages = /<ul class="analyst-messages"[^>]*>(.*?)<\/ul>/.exec(markup)?.[1] ?? '';
    expect(messages.match(/<li>/g)).toHaveLength(1);
    expect(messages).toContain('495,000 unusable entries ignored');
    expect(markup).toContain('No saved views yet');
  });
});
