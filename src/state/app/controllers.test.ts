import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectProvince, setLang, setMapView, setPlaying } from './actions';
import { createAppStore } from './app-state';
import { startPlayback } from './playback';
import { parseUrlState } from '../url/url-state';
import { syncUrl, type HistoryLike } from '../url/url-sync';

/** A minimal browser history: an address and a stack of entries. */
function fakeWindow(search: string) {
  const listeners = new Set<() => void>();
  const entries = [search];
  let index = 0;
  const location = { search, pathname: '/' };
  const go = (url: string, push: boolean) => {
    const query = url.slice(1);
    if (push) {
      entries.splice(index + 1, entries.length, query);
      index += 1;
    } else entries[index] = query;
    location.search = query;
  };
  const target: HistoryLike = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        go(url, true);
      },
      replaceState: (_d, _u, url) => {
        go(url, false);
      },
    },
    addEventListener: (_t, listener) => listeners.add(listener),
    removeEventListener: (_t, listener) => listeners.delete(listener),
  };
  const back = () => {
    index -= 1;
    location.search = entries[index] ?? '';
    for (const listener of listeners) listener();
  };
  return { target, entries: () => entries.slice(0, index + 1), back, location };
}

describe('syncUrl', () => {
  it('pushes navigation, replaces camera moves, and restores on back', () => {
    const browser = fakeWindow('?layers=road_safety&province=30');
    const store = createAppStore(parseUrlState(browser.location.search).state);
    const stop = syncUrl(store, browser.target);

    selectProvince(store, 38);
    expect(browser.location.search).toBe('?layers=road_safety&province=38');
    setMapView(store, { lon: 103.6512345, lat: 18.3598765, zoom: 8.123 });
    setLang(store, 'en');
    expect(browser.location.search).toBe(
      '?layers=road_safety&province=38&lang=en&view=103.6512,18.3599,8.12',
    );
    expect(browser.entries()).toHaveLength(2);

    browser.back();
    expect(store.getState().url.province).toBe(30);
    expect(store.getState().lang).toBe('th');
    stop();
    selectProvince(store, 10);
    expect(browser.location.search).toBe('?layers=road_safety&province=30');
  });
});

describe('startPlayback', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('steps the cursor through the dates and stops at the end', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const steps = ['2025-04-11', '2025-04-12', '2025-04-13'];
    const stop = startPlayback(store, () => steps, { intervalMs: 1000, loop: false });
    setPlaying(store, true);
    expect(store.getState().cursor).toBe('2025-04-11');
    vi.advanceTimersByTime(1000);
    expect(store.getState().cursor).toBe('2025-04-12');
    vi.advanceTimersByTime(2000);
    expect(store.getState().cursor).toBe('2025-04-13');
    expect(store.getState().playing).toBe(false);
    stop();
  });

  it('wraps around when looping', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const stop = startPlayback(store, () => ['a', 'b'], { intervalMs: 10, loop: true });
    setPlaying(store, true);
    vi.advanceTimersByTime(20);
    expect(store.getState().cursor).toBe('a');
    expect(store.getState().playing).toBe(true);
    stop();
  });
});
