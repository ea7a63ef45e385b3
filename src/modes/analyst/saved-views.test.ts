import { describe, expect, it } from 'vitest';
import {
  deleteView,
  importViewsText,
  loadSavedViews,
  mergeViews,
  renameView,
  SAVED_VIEWS_KEY,
  saveView,
  savedViewsJson,
  storeSavedViews,
  type SavedView,
  type ViewStorage,
} from './saved-views';

function memoryStorage(
  initial: Record<string, string> = {},
): ViewStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

const AT = '2026-11-26T10:00:00.000Z';
const korat: SavedView = {
  name: 'โคราช ถนน',
  query: '?mode=analyst&layers=road_safety&province=30',
  savedAt: AT,
};
const north: SavedView = { name: 'North', query: '?mode=analyst&region=north', savedAt: AT };

describe('saved views', () => {
  it('stores and loads views through a versioned JSON text', () => {
    const storage = memoryStorage();
    expect(storeSavedViews(storage, [korat, north])).toBeNull();
    const stored = JSON.parse(storage.data.get(SAVED_VIEWS_KEY) ?? '') as { version: number };
    expect(stored.version).toBe(1);
    expect(loadSavedViews(storage)).toEqual({ views: [korat, north], problems: [] });
    expect(loadSavedViews(memoryStorage())).toEqual({ views: [], problems: [] });
  });

  it('saves, renames and deletes by name', () => {
    let views = saveView([], 'A', '?a=1', AT);
    views = saveView(views, 'B', '?b=1', AT);
    views = saveView(views, 'A', '?a=2', AT);
    expect(views.map((v) => [v.name, v.query])).toEqual([
      ['A', '?a=2'],
      ['B', '?b=1'],
    ]);
    expect(renameView(views, 'A', 'B')).toBe(views);
    expect(renameView(views, 'A', 'C').map((v) => v.name)).toEqual(['C', 'B']);
    expect(deleteView(views, 'A').map((v) => v.name)).toEqual(['B']);
    expect(
      mergeViews(views, [{ name: 'B', query: '?b=2', savedAt: AT }]).views.map((v) => v.query),
    ).toEqual(['?a=2', '?b=2']);
  });

  it('imports an exported file as it was', async () => {
    expect(await importViewsText(`\uFEFF${savedViewsJson([korat, north])}`, 'views.json')).toEqual({
      views: [korat, north],
      problems: [],
    });
  });

  it('refuses a file that is not a view list, naming the file and the problem', async () => {
    const error = async (text: string) => {
      const read = await importViewsText(text, 'my views.json');
      return 'error' in read ? read.error : 'read';
    };
    expect(await error('{ "format": "war-room-views", ')).toMatch(/^my views\.json: not JSON/);
    expect(await error('[1, 2]')).toBe(
      'my views.json: not a War Room view list (expected "format": "war-room-views")',
    );
    expect(await error('{"format":"war-room-views","version":2,"views":[]}')).toMatch(
      /version 2 is not supported/,
    );
    expect(await error('{"format":"war-room-views","version":1,"views":{}}')).toMatch(
      /"views" must be a list/,
    );
    expect(await error('null')).toMatch(/not a War Room view list/);
  });

  it('leaves out bad entries with a problem each, and __proto__ keys do nothing', async () => {
    const text = `{"format":"war-room-views","version":1,"__proto__":{"polluted":true},"views":[
      {"name":"ok","query":"?mode=analyst","__proto__":{"query":"?evil"}},
      {"name":"","query":"?a"},
      {"name":"x","query":"javascript:alert(1)"},
      {"name":"ok","query":"?again"},
      {"__proto__":{"name":"inherited","query":"?x"}},
      "text"
    ]}`;
    const read = await importViewsText(text, 'f.json');
    if ('error' in read) throw new Error(read.error);
    expect(read.views).toEqual([{ name: 'ok', query: '?mode=analyst', savedAt: '' }]);
    expect(read.problems).toHaveLength(5);
    expect(read.problems[0]).toMatch(/^f\.json: views\[1\]: "name" must be text/);
    expect(read.problems.join('\n')).toMatch(/views\[3\] \("ok"\): the name is used twice/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives a store that throws or holds garbage', () => {
    const throwing: ViewStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSavedViews(throwing).views).toEqual([]);
    expect(storeSavedViews(throwing, [korat])).toMatch(/QuotaExceededError/);
    expect(loadSavedViews(memoryStorage({ [SAVED_VIEWS_KEY]: '<html>' })).problems[0]).toMatch(
      /saved views: not JSON/,
    );
  });
});
