import { describe, expect, it } from 'vitest';
import { publishedRegistry } from '../../data/testing/published-fixtures';
import { testDataset, testRegistry } from '../../data/testing/fixtures';
import { initialAppState, type AppState } from '../app/app-state';
import { withModuleQueries } from '../models/dataset-modules';
import { DEFAULT_URL_STATE, type UrlState } from '../url/url-state';
import { complaintsAsOf, datasetDay, QUERY_KEYS, VIEW_QUERIES } from './view-queries';

function stateWith(url: Partial<UrlState>, cursor: string | null = null): AppState {
  return {
    ...initialAppState({ ...DEFAULT_URL_STATE, ...url }),
    datasets: publishedRegistry().layers(),
    cursor,
  };
}

describe('datasetDay', () => {
  // The test manifest's datasets cover 2024-01-01 .. 2024-01-21.
  it('follows the cursor, else the range end, inside the dataset period', () => {
    expect(datasetDay(stateWith({ to: '2024-01-10' }), 'vaccination')).toBe('2024-01-10');
    expect(datasetDay(stateWith({ to: '2024-01-10' }, '2024-01-05'), 'vaccination')).toBe(
      '2024-01-05',
    );
    expect(datasetDay(stateWith({}), 'vaccination')).toBeNull();
  });

  it('keeps a day outside the period on the period edge', () => {
    expect(datasetDay(stateWith({ to: '2025-06-30' }), 'vaccination')).toBe('2024-01-21');
    expect(datasetDay(stateWith({ to: '2023-02-01' }), 'complaints')).toBe('2024-01-01');
    expect(complaintsAsOf(stateWith({ to: '2025-06-30' }))).toBe('2024-01-21');
    expect(complaintsAsOf(stateWith({}))).toBe('2024-01-21');
  });
});

describe('VIEW_QUERIES', () => {
  // With the modules' queries (the core datasets' are src/datasets/<id>'s), as the app runs them.
  const appQueries = (registry = publishedRegistry()) =>
    withModuleQueries(VIEW_QUERIES, registry.layers());
  const datasetsOf = (key: string, registry = publishedRegistry()) => {
    const query = appQueries(registry).find((q) => q.key === key);
    if (!query) throw new Error(`no query ${key}`);
    return typeof query.datasets === 'function' ? query.datasets(registry) : query.datasets;
  };

  it('road-safety views read the published aggregates, or the raw table without them', () => {
    // A cause or vehicle filter switches the daily series to the per-cause or per-vehicle table.
    expect(datasetsOf(QUERY_KEYS.roadDaily)).toEqual([
      'road_safety_daily',
      'road_safety_causes',
      'road_safety_vehicles',
    ]);
    expect(datasetsOf(QUERY_KEYS.roadCauses)).toEqual(['road_safety_causes']);
    expect(datasetsOf(QUERY_KEYS.roadVehicles)).toEqual(['road_safety_vehicles']);
    expect(datasetsOf(QUERY_KEYS.roadCells)).toEqual(['road_safety_cells']);
    expect(datasetsOf(QUERY_KEYS.roadPoints)).toEqual(['road_safety']);
    expect(datasetsOf(QUERY_KEYS.roadDaily, testRegistry())).toEqual(['road_safety']);
  });

  it('every query builds on the published manifest for a brushed, selected state', () => {
    const state = stateWith({ from: '2024-01-03', to: '2024-01-09', province: 30 }, '2024-01-08');
    const all = appQueries();
    expect(all.map((q) => q.key)).toContain(QUERY_KEYS.roadFestivalDays);
    for (const query of all) {
      const q = query.build(publishedRegistry(), state);
      expect(q.sql.split('?').length - 1).toBe(q.params.length);
    }
  });

  it('the analyst filters reach the map and chart queries as parameters, never as SQL text', () => {
    const state = stateWith({
      mode: 'analyst',
      provinces: [30, 40],
      causes: ["speed'ing"],
      statuses: ['received'],
      thresholds: [
        { measure: 'dose2_pct', op: 'lt', value: 70.5 },
        { measure: 'deaths', op: 'ge', value: 3 },
      ],
    });
    const all = appQueries();
    const built = (key: string) => {
      const query = all.find((q) => q.key === key);
      if (!query) throw new Error(`no query ${key}`);
      const q = query.build(publishedRegistry(), state);
      expect(q.sql.split('?').length - 1).toBe(q.params.length);
      expect(q.sql).not.toContain("speed'ing");
      return q;
    };
    expect(built(QUERY_KEYS.vaccinationByProvince).params).toEqual(
      expect.arrayContaining([30, 40, 70.5]),
    );
    expect(built(QUERY_KEYS.roadByProvince).params).toEqual(
      expect.arrayContaining([30, 40, "speed'ing", 3]),
    );
    expect(built(QUERY_KEYS.roadByProvince).sql).toContain('road_safety_causes');
    expect(built(QUERY_KEYS.complaintsByProvince).params).toEqual(
      expect.arrayContaining([30, 40, 'received']),
    );
    expect(built(QUERY_KEYS.roadDaily).params).toEqual(
      expect.arrayContaining([30, 40, "speed'ing"]),
    );
    // The previous period is kept to the provinces that pass the threshold now.
    expect(built(QUERY_KEYS.vaccinationPreviousByProvince).sql).toContain('province_code IN');
    for (const query of all) built(query.key);
  });

  it('a filter change reruns the queries that depend on it, not the others', () => {
    const before = stateWith({ mode: 'analyst' });
    const after = stateWith({ mode: 'analyst', categories: ['land'] });
    // With the modules' queries (registered as in the app, vitest setupFiles).
    const queries = withModuleQueries(VIEW_QUERIES, [
      testDataset('vaccination'),
      testDataset('road_safety'),
      testDataset('households'),
      testDataset('complaints'),
    ]);
    expect(queries.map((q) => q.key)).toEqual(
      expect.arrayContaining([
        QUERY_KEYS.householdsByProvince,
        QUERY_KEYS.vaccinationByProvince,
        QUERY_KEYS.roadDaily,
      ]),
    );
    const changed = queries
      .filter((q) => {
        const [a, b] = [q.inputs(before), q.inputs(after)];
        return a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));
      })
      .map((q) => q.key);
    expect(changed).toContain(QUERY_KEYS.complaintsByProvince);
    expect(changed).toContain(QUERY_KEYS.complaintsWeekly);
    expect(changed).not.toContain(QUERY_KEYS.householdsByProvince);
    expect(changed).not.toContain(QUERY_KEYS.vaccinationByProvince);
  });
});
