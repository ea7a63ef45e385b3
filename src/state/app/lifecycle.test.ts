import { describe, expect, it, vi } from 'vitest';
import { createMortalEngine, type MortalEngine } from '../../data/testing/engine-restart-fake';
import { FakeTimers } from '../../data/testing/refresh-fake-timers';
import { markReady, setRegion } from './actions';
import { createAppStore } from './app-state';
import { startDataFlow } from './data-flow';
import { followPageLifecycle, type ResumeReason } from './lifecycle';
import { PUBLIC_DATA_URL, publicDataFetch } from '../testing/public-data';
import { DEFAULT_URL_STATE } from '../url/url-state';
import { waitFor } from '../testing/data-flow';

/** A document whose visibility and events the test sets. */
class FakeDocument extends EventTarget {
  visibilityState = 'visible';

  show(visible: boolean): void {
    this.visibilityState = visible ? 'visible' : 'hidden';
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function pageShow(persisted: boolean): Event {
  return Object.assign(new Event('pageshow'), { persisted });
}

describe('followPageLifecycle', () => {
  it('reports a resumed tab: after freeze, from the back/forward cache, or shown after long hidden', () => {
    const doc = new FakeDocument();
    const win = new EventTarget();
    let now = 0;
    const seen: ResumeReason[] = [];
    const stop = followPageLifecycle(doc, win, {
      longHiddenMs: 60_000,
      now: () => now,
      resumed: (reason) => seen.push(reason),
    });
    doc.dispatchEvent(new Event('freeze'));
    expect(seen).toEqual([]);
    doc.dispatchEvent(new Event('resume'));
    expect(seen).toEqual(['resume']);

    win.dispatchEvent(pageShow(false));
    win.dispatchEvent(pageShow(true));
    expect(seen).toEqual(['resume', 'pageshow']);

    // Hidden briefly: nothing; hidden for a minute or more: resumed.
    doc.show(false);
    now += 59_999;
    doc.show(true);
    doc.show(false);
    now += 60_000;
    doc.show(true);
    expect(seen).toEqual(['resume', 'pageshow', 'visible']);

    stop();
    doc.dispatchEvent(new Event('resume'));
    expect(seen).toHaveLength(3);
  });
});

/** Starts the data flow on the shipped data with mortal engines; records fetches and engine states. */
async function startFlow(refresh: number) {
  const requested: string[] = [];
  const serve = publicDataFetch();
  const fetchFn: typeof fetch = (input, init) => {
    requested.push(String(input instanceof Request ? input.url : input));
    return serve(input, init);
  };
  const engines: MortalEngine[] = [];
  const store = createAppStore({ ...DEFAULT_URL_STATE, refresh });
  store.subscribe(() => {
    if (store.getState().vaccination) markReady(store);
  });
  const engineStates: string[] = [];
  store.subscribe(() => {
    const engine = store.getState().engine;
    if (engineStates.at(-1) !== engine) engineStates.push(engine);
  });
  const doc = new FakeDocument();
  const timers = new FakeTimers(Date.UTC(2021, 11, 6, 3));
  const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
    fetch: fetchFn,
    createEngine: async () => {
      const engine = await createMortalEngine();
      engines.push(engine);
      return engine;
    },
    now: () => timers.now,
    refreshTimers: timers,
    lifecycle: { document: doc, window: new EventTarget() },
  });
  return { store, coordinator, requested, engines, engineStates, doc };
}

describe('startDataFlow through a dead database and a frozen tab', () => {
  it('restarts a dead DuckDB from the files already fetched and runs the view queries again', async () => {
    const { store, coordinator, requested, engines, engineStates } = await startFlow(0);
    try {
      expect(store.getState().engine).toBe('ready');
      const before = store.getState();
      const fetched = requested.length;
      const first = engines[0];
      // The worker fails while the page is idle: no query has to meet the dead database first.
      first?.crash('the DuckDB worker failed (out of memory)');
      await waitFor(store, () => engines.length === 2);
      // Meanwhile the page keeps every result it had.
      expect(Object.keys(store.getState().results)).toEqual(Object.keys(before.results));
      await waitFor(
        store,
        (s) =>
          Object.keys(before.results).every((key) => s.results[key] !== before.results[key]) &&
          !s.queriesRunning,
      );
      expect(first?.killed).toBe(true);
      expect(engineStates.slice(-2)).toEqual(['loading', 'ready']);
      // Every table came back from the bytes in memory: no file was fetched again.
      expect(requested.length).toBe(fetched);
      expect(engines[1]?.calls.load).toBe(engines[0]?.calls.load);
      expect(store.getState().notices).toEqual([]);
      expect(store.getState().vaccination?.rows).toHaveLength(77);

      // A query that meets a database failing as a terminated worker is answered by the next one.
      engines[1]?.die();
      setRegion(store, 'northeast');
      await waitFor(
        store,
        (s) => engines.length === 3 && s.engine === 'ready' && !s.queriesRunning,
      );
      expect(store.getState().notices).toEqual([]);
      expect(requested.length).toBe(fetched);
    } finally {
      await coordinator?.close();
    }
  });

  it('polls the manifest as soon as a frozen tab resumes', async () => {
    const { store, coordinator, requested, doc } = await startFlow(300);
    try {
      const manifestReads = () => requested.filter((url) => url.endsWith('manifest.json')).length;
      const before = manifestReads();
      doc.dispatchEvent(new Event('freeze'));
      expect(manifestReads()).toBe(before);
      doc.dispatchEvent(new Event('resume'));
      await vi.waitFor(() => {
        expect(manifestReads()).toBe(before + 1);
      });
      expect(store.getState().notices).toEqual([]);
    } finally {
      await coordinator?.close();
    }
  });
});
