/**
 * Integration (the shipped data on real DuckDB, the app's data flow): for a few filter
 * combinations the analyst's table lists exactly the provinces the map draws in full colour.
 * Before issue 16 the table ignored `region=` (all 77 rows, Bangkok included, for the north-east).
 */
import { describe, expect, it } from 'vitest';
import { createNativeEngine } from '../../../data/testing/engines';
import '../../../datasets';
import { applyUrlState, markReady, setLayerSettings } from '../../../state/app/actions';
import { createAppStore, type AppState } from '../../../state/app/app-state';
import { startDataFlow } from '../../../state/app/data-flow';
import { selectViewModels } from '../../../state/models/view-model-selectors';
import type { LayerId } from '../../../state/models/view-models';
import { PUBLIC_DATA_URL, publicDataFetch } from '../../../state/testing/public-data';
import { parseUrlState } from '../../../state/url/url-state';
import { viewTable, viewTableKey } from './view-table';
import { waitFor } from '../../../state/testing/data-flow';

/** Province codes of the view table of `id`, in ascending order. */
function tableCodes(state: AppState, id: LayerId): number[] {
  const table = viewTable(state, id);
  if (!table) throw new Error(`no table for ${id}`);
  const codes = table.getChild('province_code');
  return Array.from({ length: table.numRows }, (_, row) => Number(codes?.get(row))).sort(
    (a, b) => a - b,
  );
}

/**
 * Provinces the map fills with their value's own colour: a value, and the same colour as the
 * whole-country map gives it (the map dims the provinces outside the chosen group).
 */
function mapCodes(state: AppState, id: LayerId): number[] {
  const drawing = (s: AppState) => {
    const layer = selectViewModels(s).layers.find((l) => l.id === id)?.drawing;
    if (layer?.kind !== 'choropleth') throw new Error(`${id} is not drawn as provinces`);
    return layer;
  };
  const shown = drawing(state);
  const country = drawing({ ...state, url: { ...state.url, region: null } });
  return [...shown.valueByCode.keys()]
    .filter(
      (code) =>
        shown.choropleth.colourByCode.get(code)?.join() ===
        country.choropleth.colourByCode.get(code)?.join(),
    )
    .sort((a, b) => a - b);
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('analyst table ↔ map: the same provinces for the same filters', () => {
  it('applies the group, provinces, dates, categories and thresholds as the map does', async () => {
    const store = createAppStore({ ...parseUrlState('?mode=analyst').state, refresh: 0 });
    store.subscribe(() => {
      if (store.getState().vaccination) markReady(store);
    });
    const coordinator = await startDataFlow(store, `${PUBLIC_DATA_URL}manifest.json`, {
      fetch: publicDataFetch(),
      createEngine: createNativeEngine,
      restart: false,
    });
    /** Applies `search` and waits until the layer's table result has come. */
    const go = async (search: string, id: LayerId) => {
      applyUrlState(store, parseUrlState(search).state);
      const key = viewTableKey(store.getState(), id) ?? '';
      await waitFor(store, (s) => !s.queriesRunning && s.results[key] !== undefined);
      return store.getState();
    };
    try {
      await waitFor(store, (s) => s.engine !== 'loading' && !s.queriesRunning);

      let state = await go('?mode=analyst&region=northeast', 'vaccination');
      expect(tableCodes(state, 'vaccination')).toEqual(range(30, 49));
      expect(mapCodes(state, 'vaccination')).toEqual(range(30, 49));

      state = await go('?mode=analyst&group=health:1', 'vaccination');
      expect(tableCodes(state, 'vaccination')).toEqual(mapCodes(state, 'vaccination'));
      expect(tableCodes(state, 'vaccination')).toEqual([50, 51, 52, 54, 55, 56, 57, 58]);

      state = await go(
        '?mode=analyst&region=north&provinces=10,50,57&threshold=dose2_pct:gt:0',
        'vaccination',
      );
      expect(tableCodes(state, 'vaccination')).toEqual([50, 57]);
      expect(mapCodes(state, 'vaccination')).toEqual([50, 57]);

      // Road safety as provinces (deaths per 100,000), not as incidents.
      setLayerSettings(store, 'road_safety', { measure: 'deaths_per_100k' });
      state = await go(
        '?mode=analyst&layers=road_safety&region=south&from=2025-04-11&to=2025-04-17&causes=speeding&threshold=deaths:ge:1',
        'road_safety',
      );
      expect(tableCodes(state, 'road_safety')).toEqual(mapCodes(state, 'road_safety'));
      expect(tableCodes(state, 'road_safety')).toEqual([80, 83, 84, 86, 90, 91, 93, 94, 95, 96]);
    } finally {
      await coordinator?.close();
    }
  });
});
