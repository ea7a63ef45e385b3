/**
 * Integration: the chosen group reaches the figures computed on a real DuckDB: the KPI, the
 * ranking (ranked within the group, with the group's provincial mean) and the province card
 * (the group's figure and the rank within the group).
 */
import { describe, expect, it } from 'vitest';
import { vaccinationByProvince } from '../../data/queries';
import { createNativeEngine } from '../../data/testing/engines';
import { testDataset, testRegistry } from '../../data/testing/fixtures';
import { engineWithCsvTables } from '../../data/testing/query-harness';
import { initialAppState, type AppState } from '../app/app-state';
import { rankingModel } from '../charts/chart-models';
import { kpiTiles } from '../kpis/kpi-models';
import { coverageByProvince } from '../layers/layer-models';
import { provinceCard } from '../card/province-card';
import type { GroupKey } from './groupings';
import { QUERY_KEYS } from '../queries/view-queries';

// Health region 9 = 30, 31, 32, 36 (80, 60, 70, 90 %); 40 is the north-east's (health region 7).
const VACCINATION_CSV = `province_code,week_end,population,dose1,dose2,dose3
30,2024-01-14,1000,900,800,0
31,2024-01-14,1000,900,600,0
32,2024-01-14,1000,900,700,0
36,2024-01-14,1000,900,900,0
40,2024-01-14,1000,900,500,0
10,2024-01-14,1000,1000,1000,0
`;

describe('a chosen group, through the state models on DuckDB', () => {
  const registry = testRegistry();
  const db = engineWithCsvTables(createNativeEngine, { vaccination: VACCINATION_CSV });

  async function stateWith(province: number | null, region: GroupKey | null): Promise<AppState> {
    const initial = initialAppState();
    return {
      ...initial,
      datasets: [testDataset('vaccination')],
      url: { ...initial.url, province, region, layers: ['vaccination'] },
      results: {
        [QUERY_KEYS.vaccinationByProvince]: await db.table(vaccinationByProvince(registry)),
      },
    };
  }

  it('the KPI adds up health region 9 only: 3,000 of 4,000', async () => {
    const tile = kpiTiles(await stateWith(null, 'health:9')).find((t) => t.id === 'vaccination');
    expect(tile?.valueText).toBe('75.0 %');
  });

  it('the ranking ranks within the group and gives its provincial mean', async () => {
    const state = await stateWith(30, 'health:9');
    const ranking = rankingModel(
      state,
      'vaccination',
      coverageByProvince(state, 'dose2_pct'),
      '%',
      1,
      // Coverage ranks lowest first, as src/datasets/vaccination asks.
      'bottom',
    );
    expect(ranking.rows.map((row) => row.code)).toEqual([31, 32, 30, 36]);
    expect(ranking.title).toBe('ต่ำสุด 10 จังหวัด — เขตสุขภาพที่ 9 · ค่าเฉลี่ยรายจังหวัด 75.0 %');
  });

  it('the card compares Nakhon Ratchasima with health region 9 when it is chosen', async () => {
    const card = provinceCard(await stateWith(30, 'health:9'));
    const row = card?.rows.find((r) => r.id === 'vaccination');
    expect(card?.groupName).toBe('เขตสุขภาพที่ 9');
    expect(card?.groupNote).toBeNull();
    expect(row?.regionText).toBe('75.0 %');
    expect(row?.nationalText).toBe('75.0 %');
    expect(row?.rankText).toBe('อันดับ 3 จาก 6');
    expect(row?.groupRankText).toBe('อันดับ 2 จาก 4 ในเขตสุขภาพที่ 9');
  });

  it('the card compares with the region when no group is chosen', async () => {
    const card = provinceCard(await stateWith(30, null));
    const row = card?.rows.find((r) => r.id === 'vaccination');
    expect(card?.groupName).toBe('ภาคตะวันออกเฉียงเหนือ');
    expect(row?.regionText).toBe('70.0 %');
    expect(row?.groupRankText).toBe('อันดับ 2 จาก 5 ในภาคตะวันออกเฉียงเหนือ');
  });

  it('an inspection zone is compared with, and said to be unverified', async () => {
    // Zone 3 of the demo assignment: 30, 31, 32, 33 (33 has no figure here).
    const card = provinceCard(await stateWith(31, 'inspection:3'));
    const row = card?.rows.find((r) => r.id === 'vaccination');
    expect(card?.groupName).toBe('เขตตรวจราชการที่ 3');
    expect(card?.groupNote).toBe(
      'ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · not yet checked against the official order',
    );
    expect(row?.regionText).toBe('70.0 %');
    expect(row?.groupRankText).toBe('อันดับ 3 จาก 3 ในเขตตรวจราชการที่ 3');
  });
});
