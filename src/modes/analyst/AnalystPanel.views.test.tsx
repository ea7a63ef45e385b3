/**
 * Component tier: saved views through the analyst panel, over the browser's real localStorage
 * and the URL sync the app runs (syncUrl, on a history kept in memory so the test page's own
 * address is left alone). Save, a fresh mount (a reload) still listing the view, opening it into
 * the URL and the province chips, back, and the JSON export. Was the analyst-views journey;
 * renaming, deleting and importing are in SavedViews.test.tsx.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createAppStore } from '../../state/app/app-state';
import type { HistoryLike } from '../../state/url/url-sync';
import { syncUrl } from '../../state/url/url-sync';
import { parseUrlState } from '../../state/url/url-state';
import { inAct, interact, one, render } from '../../testing-dom/render';
import { AnalystPanel } from './AnalystPanel';
import { SAVED_VIEWS_KEY } from './saved-views';

/** A browser history in memory: push and replace move `location`, back fires popstate. */
function memoryHistory(search: string) {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search };
  const go = (at: number) => {
    index = at;
    location.search = entries[index] ?? '';
  };
  const target: HistoryLike = {
    location,
    history: {
      pushState: (_data, _unused, url) => {
        entries.splice(index + 1, entries.length, url.slice(1));
        go(index + 1);
      },
      replaceState: (_data, _unused, url) => {
        entries[index] = url.slice(1);
        go(index);
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const back = () => {
    go(index - 1);
    for (const listener of listeners) listener();
  };
  return { target, back, params: () => new URLSearchParams(location.search) };
}

/** Mounts the panel on a store read from `search`, synced to an in-memory history. */
async function mountPanel(search: string) {
  const store = createAppStore(parseUrlState(search).state);
  const history = memoryHistory(search);
  const stop = syncUrl(store, history.target);
  stops.push(stop);
  const { container } = await render(<AnalystPanel store={store} />);
  return { store, history, container };
}

const stops: (() => void)[] = [];
beforeEach(() => {
  localStorage.removeItem(SAVED_VIEWS_KEY);
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  localStorage.removeItem(SAVED_VIEWS_KEY);
});

const NAME = 'Korat speeding';

describe('saved views in the analyst panel', () => {
  it('saves a view, keeps it over a reload, opens it into the URL, back, exports the list', async () => {
    const first = await mountPanel(
      '?mode=analyst&lang=en&layers=road_safety&provinces=30&cause=speeding&threshold=deaths:ge:1',
    );
    const views = one(first.container, '.analyst-views');
    await interact(() => userEvent.fill(one(views, 'input[name="view-name"]'), NAME));
    await interact(() => userEvent.click(one(views, 'button[type="submit"]')));
    expect(views.querySelectorAll(`[data-view="${NAME}"]`)).toHaveLength(1);

    // A fresh mount at the default analyst view reads the browser's storage again.
    const { container, history, store } = await mountPanel('?mode=analyst&lang=en');
    const fresh = one(container, '.analyst-views');
    expect(fresh.querySelectorAll(`[data-view="${NAME}"]`)).toHaveLength(1);
    expect(history.params().get('provinces')).toBeNull();
    expect(container.querySelector('.analyst-chip[data-code="30"]')).toBeNull();
    await interact(() => userEvent.click(one(fresh, `[data-view="${NAME}"] .analyst-view-open`)));
    expect(
      ['layers', 'provinces', 'cause', 'threshold'].map((name) => history.params().get(name)),
    ).toEqual(['road_safety', '30', 'speeding', 'deaths:ge:1']);
    expect(container.querySelectorAll('.analyst-chip[data-code="30"]')).toHaveLength(1);

    // Opening a view is navigation: back returns to the view before it.
    await inAct(history.back);
    expect(history.params().get('provinces')).toBeNull();
    expect(store.getState().url.provinces).toBeUndefined();
    expect(container.querySelector('.analyst-chip[data-code="30"]')).toBeNull();

    // The export hands the browser a file named war-room-views.json holding the list.
    const clicked: HTMLAnchorElement[] = [];
    // Caught before the browser would start a download.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function record(
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    try {
      const exportButton = [...fresh.querySelectorAll('button')].find(
        (b) => b.textContent === 'Export as JSON',
      );
      if (!exportButton) throw new Error('no Export as JSON button');
      await interact(() => userEvent.click(exportButton));
    } finally {
      click.mockRestore();
    }
    expect(clicked.map((link) => link.download)).toEqual(['war-room-views.json']);
    const exported = (await (await fetch(clicked[0]?.href ?? '')).json()) as {
      version: number;
      views: { name: string; query: string }[];
    };
    expect(exported.version).toBe(1);
    expect(exported.views.map((v) => v.name)).toEqual([NAME]);
    expect(exported.views[0]?.query).toContain('provinces=30');
  });
});
