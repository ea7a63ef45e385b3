/**
 * Integration (real DuckDB, the shipped data): a link with hundreds of unknown provinces and
 * categories and a date range outside the data gives four bounded notices, and the categories the
 * data lacks (judged against DuckDB's own answer) are dropped from the view, so none is ticked.
 * Was the url-flood browser journey; AnalystPanel.test.tsx proves the panel runs this drop.
 */
import { describe, expect, it } from 'vitest';
import { addNotice, dropUnknownListValues } from '../../state/app/actions';
import { createAppStore } from '../../state/app/app-state';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { startTestFlow, waitFor } from '../../state/testing/data-flow';
import { parseUrlState } from '../../state/url/url-state';
import { knownCategoryValues } from './filter-models';

const PROVINCES = Array.from({ length: 300 }, (_, i) => String(100 + i)).join(',');
const CATEGORIES = Array.from({ length: 300 }, (_, i) => `x${String(i)}`).join(',');
const LINK = `?mode=analyst&lang=en&layers=complaints&from=1990-01-01&to=1990-12-31&provinces=${PROVINCES}&category=${CATEGORIES}`;

describe('a link full of unknown values, on the shipped data', () => {
  it('gives one notice per kind, keeps no unknown category, and names the data period', async () => {
    // As main.tsx starts the app: the link's problems become notices before any data.
    const parsed = parseUrlState(LINK);
    const store = createAppStore({ ...parsed.state, refresh: 0 });
    for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);
    const coordinator = await startTestFlow(store);
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
