/**
 * Integration (real DuckDB, the shipped data): a link with hundreds of unknown provinces and
 * categories and a date range outside the data gives four bounded notices, and the categories the
 * data lacks (judged against DuckDB's own answer) are dropped from the view, so none is ticked.
 * Was the url-flood browser journey; AnalystPanel.test.tsx proves the panel runs this drop.
 */
import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../../data/testing/engines';
import { addNotice, dropUnknownListValues, markReady } from '../../state/app/actions';
import { createAppStore, type AppState, type AppStore } from '../../state/app/app-state';
import { startDataFlow } from '../../state/app/data-flow';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { PUBLIC_DATA_URL, publicDataFetch } from '../../state/testing/public-data';
import { parseUrlState } from '../../state/url/url-state';
import { knownCategoryValues } from './filter-models';

function waitFor(store: AppStore, check: (state: AppState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const test = (): boolean => {
      if (!check(store.getState())) return false;
      resolve();
      return true;
    };
    if (test()) return;
    const stop = store.subscribe(() => {
      if (test()) stop();
    });
  });
}

const PROVINCES = Array.from({ length: 300 }, (_, i) => String(100 + i)).join(',');
const CATEGORIES = Array.from({ length: 300 }, (_, i) => `x${String(i)}`).join(',');
const LINK = `?mode=analyst&lang=en&layers=complaints&from=1990-01-01&to=1990-12-31&provinces=${PROVINCES}&category=${CATEGORIES}`;

describe('a link full of unknown values, on the shipped data', () => {
  it('gives one notice per kind, keeps no unknown category, and names the data period', async () => {
    // As main.tsx starts the app: the link's problems become notices before any data.
    const parsed = parseUrlState(LINK);
    const store = createAppStore({ ...parsed.state, refresh: 0 });
    for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);
    store.subscribe(() => {
      if (store.getState().vaccination) markReady(store);
    });
    const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
      fetch: publicDataFetch(),
      createEngine: createNativeEngine,
      restart: false,
    });
    try {
      await waitFor(
        store,
        (s) =>
          s.engine !== 'loading' &&
          !s.queriesRunning &&
          s.results[QUERY_KEYS.complaintOptions] !== undefined,
      );
      // What AnalystPanel does once DuckDB has named the data's categories.
      const known = knownCategoryValues(store.getState(), 'category');
      expect(known?.has('land')).toBe(true);
      expect(known?.has('x0')).toBe(false);
      if (known) dropUnknownListValues(store, 'categories', known);

      const { url, notices } = store.getState();
      expect(url.categories).toBeUndefined();
      expect(url.provinces).toBeUndefined();
      expect(notices).toHaveLength(4);
      const text = notices.join('\n');
      expect(text).toContain('300 unknown provinces ignored (first 5: "100", "101", "102"');
      expect(text).toContain('250 values past the first 50 ignored');
      expect(text).toContain('50 values not in the data ignored (first 5: "x0", "x1"');
      expect(text).toMatch(/The date range 1 Jan 1990 .* has no data for .*\(covers 1 Jan 2025/);
      expect(text.length).toBeLessThan(4000);
    } finally {
      await coordinator?.close();
    }
  });
});
