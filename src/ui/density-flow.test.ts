/**
 * Integration (the shipped data, the app's data flow on duckdb-wasm's own code): road-safety
 * density comes from the published cell table, counts the brushed days only, switches to a heat
 * map with its own legend, and the raw incidents are fetched the first time the map zooms in.
 * Was the density journey; the deck.gl layers these models become (hexagons, heat map, dots from
 * the zoom threshold) are proved in src/map/layers/layers.test.ts and src/map/build-layers.test.ts,
 * the hexagon's tooltip in src/ui/HoverTooltip.test.tsx.
 */
import { describe, expect, it } from 'vitest';
import { tableRows } from '../data/formats/arrow-rows';
import { createNativeEngine, createWasmNodeEngine } from '../data/testing/engines';
import { applyUrlState, setLayerSettings } from '../state/app/actions';
import { createAppStore, type AppState } from '../state/app/app-state';
import { selectViewModels } from '../state/models/view-model-selectors';
import { QUERY_KEYS } from '../state/queries/view-queries';
import { startTestFlow, waitFor } from '../state/testing/data-flow';
import { publicDataFetch } from '../state/testing/public-data';
import { parseUrlState } from '../state/url/url-state';

/** The road-safety layer's drawing, as the map is handed it. */
function incidents(state: AppState) {
  const drawing = selectViewModels(state).layers.find((l) => l.id === 'road_safety')?.drawing;
  if (drawing?.kind !== 'incidents') throw new Error('road safety is not drawn as incidents');
  return drawing;
}

const totalOf = (state: AppState): number =>
  (incidents(state).cells?.cells ?? []).reduce((sum, cell) => sum + cell.count, 0);

/** Incidents in the raw file between two days, counted by a DuckDB of its own. */
async function rawIncidents(from: string, to: string): Promise<number> {
  const engine = await createNativeEngine();
  try {
    const table = await engine.query({
      sql: `SELECT CAST(count(*) AS INTEGER) AS n FROM read_parquet('public/data/road_safety.parquet') WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`,
      params: [from, to],
    });
    return Number(tableRows(table)[0]?.n);
  } finally {
    await engine.terminate();
  }
}

describe('road-safety density from the published cell table', () => {
  it('counts the brushed days only, draws a heat map on request, loads the raw incidents on zoom', async () => {
    const fetched: string[] = [];
    const serve = publicDataFetch();
    const store = createAppStore({ ...parseUrlState('?layers=road_safety').state, refresh: 0 });
    const coordinator = await startTestFlow(store, {
      fetch: (input, init) => {
        fetched.push((input instanceof Request ? input.url : String(input)).split('/').pop() ?? '');
        return serve(input, init);
      },
      createEngine: createWasmNodeEngine,
    });
    /** Applies `search` as back/forward would, and waits for the cells it asks for. */
    const go = async (search: string) => {
      const before = store.getState().results[QUERY_KEYS.roadCells];
      applyUrlState(store, parseUrlState(search).state);
      await waitFor(store, (s) => !s.queriesRunning && s.results[QUERY_KEYS.roadCells] !== before);
    };
    try {
      await waitFor(
        store,
        (s) =>
          s.engine !== 'loading' &&
          !s.queriesRunning &&
          s.results[QUERY_KEYS.roadCells] !== undefined,
      );
      const whole = totalOf(store.getState());
      expect(whole).toBe(await rawIncidents('2024-12-30', '2026-01-05'));
      expect(fetched).toContain('road_safety_cells.parquet');
      expect(fetched).not.toContain('road_safety.parquet');
      expect(incidents(store.getState()).points).toBeNull();
      expect(incidents(store.getState()).densityMode).toBe('hexagon');
      expect(JSON.stringify(incidents(store.getState()).legend)).toContain('ช่องหกเหลี่ยม');

      await go('?layers=road_safety&from=2025-04-11&to=2025-04-13');
      const threeDays = totalOf(store.getState());
      expect(threeDays).toBe(await rawIncidents('2025-04-11', '2025-04-13'));
      expect(threeDays).toBeLessThan(whole);
      expect(threeDays).toBeGreaterThan(0);

      setLayerSettings(store, 'road_safety', { measure: 'incidents_heatmap' });
      expect(incidents(store.getState()).densityMode).toBe('heatmap');
      expect(JSON.stringify(incidents(store.getState()).legend)).toContain('ความหนาแน่นของเหตุสูง');
      setLayerSettings(store, 'road_safety', { measure: 'incidents' });

      // Zooming in asks for the raw incidents; the cells' query is unchanged.
      applyUrlState(
        store,
        parseUrlState('?layers=road_safety&from=2025-04-11&to=2025-04-13&view=100.52,13.74,9.5')
          .state,
      );
      await waitFor(
        store,
        (s) => !s.queriesRunning && s.results[QUERY_KEYS.roadPoints] !== undefined,
      );
      expect(fetched).toContain('road_safety.parquet');
      expect(incidents(store.getState()).points?.length).toBeGreaterThan(50);
    } finally {
      await coordinator?.close();
    }
  });
});
