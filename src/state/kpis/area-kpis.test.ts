/**
 * Integration (the shipped demo data on real DuckDB, the app's data flow): the wall's KPI strip
 * covers the scene's area. Before issue 16 the Nakhon Ratchasima scene showed national figures
 * under ตัวเลขทั้งประเทศ.
 */
import { describe, expect, it } from 'vitest';
import '../../datasets';
import { applyUrlState } from '../app/actions';
import { createAppStore, type AppState } from '../app/app-state';
import { startTestFlow, waitFor } from '../testing/data-flow';
import { parseUrlState } from '../url/url-state';
import { areaKpiTiles, kpiAreaTitle } from './area-kpis';
import { kpiTiles } from './kpi-models';

/** id → value text of each tile. */
const texts = (tiles: readonly { id: string; valueText: string }[]) =>
  Object.fromEntries(tiles.map((tile) => [tile.id, tile.valueText]));

describe('kpiAreaTitle', () => {
  it('names the nation, the group, or the province', () => {
    expect(kpiAreaTitle({ province: null, region: null }, 'th')).toBe('ทั้งประเทศ');
    expect(kpiAreaTitle({ province: null, region: null }, 'en')).toBe('All Thailand');
    expect(kpiAreaTitle({ province: null, region: 'northeast' }, 'th')).toBe('ภาคตะวันออกเฉียงเหนือ');
    expect(kpiAreaTitle({ province: 30, region: null }, 'th')).toBe('จ.นครราชสีมา');
    expect(kpiAreaTitle({ province: 30, region: 'northeast' }, 'en')).toBe(
      'Nakhon Ratchasima province',
    );
    expect(kpiAreaTitle({ province: 10, region: null }, 'th')).toBe('กรุงเทพมหานคร');
  });
});

describe('areaKpiTiles on the demo data', () => {
  it("a province scene shows the province's figures, a region scene the region's", async () => {
    const store = createAppStore({ ...parseUrlState('?mode=wall').state, refresh: 0 });
    const coordinator = await startTestFlow(store);
    const settled = (s: AppState) =>
      s.engine !== 'loading' &&
      !s.queriesRunning &&
      kpiTiles(s).every((tile) => tile.status !== 'loading');
    const go = async (search: string) => {
      applyUrlState(store, parseUrlState(search).state);
      await waitFor(store, settled);
      return store.getState();
    };
    try {
      await waitFor(store, settled);
      const layers = 'layers=vaccination,complaints';
      const nation = await go(`?mode=wall&${layers}`);
      // The nation's strip is the dashboard's, every tile.
      expect(areaKpiTiles(nation)).toEqual(kpiTiles(nation));
      expect(texts(areaKpiTiles(nation))).toMatchObject({
        vaccination: '64.8 %',
        complaints: '2,281',
      });

      // Nakhon Ratchasima alone: 1,777,698 of 2,633,207 with two doses (the published snapshot),
      // 84 open complaints (its ranking bar); the indicators' aggregates are left out.
      const korat = await go(`?mode=wall&${layers}&province=30`);
      expect(texts(areaKpiTiles(korat))).toEqual({
        vaccination: '67.5 %',
        road_safety: '95',
        complaints: '84',
        poverty: '54,067',
        households: '1,194',
      });
      const koratVaccination = areaKpiTiles(korat).find((tile) => tile.id === 'vaccination');
      expect(koratVaccination?.alertCount).toBe(1);
      // The dashboard's tiles of the same state stay national.
      expect(texts(kpiTiles(korat))).toMatchObject({ vaccination: '64.8 %', complaints: '2,281' });

      // The north-east: the region's sums (57.4 % of its population with two doses).
      const northeast = await go(`?mode=wall&${layers}&region=northeast`);
      expect(texts(areaKpiTiles(northeast))).toMatchObject({
        vaccination: '57.4 %',
        complaints: '748',
        poverty: '362,767',
      });
    } finally {
      await coordinator?.close();
    }
  });
});
