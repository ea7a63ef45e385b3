import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state';

describe('parseUrlState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it('reads the documented example', () => {
    const { state, problems } = parseUrlState('?layers=road_safety&province=30');
    expect(problems).toEqual([]);
    expect(state.layers).toEqual(['road_safety']);
    expect(state.province).toBe(30);
    expect(state.mode).toBe('overview');
  });

  it('reads every parameter', () => {
    const { state } = parseUrlState(
      'mode=wall&layers=poverty,vaccination&province=38&from=2025-04-11&to=2025-04-17&region=northeast&lang=en&view=103.65,18.36,8.5&refresh=60',
    );
    expect(state).toEqual({
      mode: 'wall',
      layers: ['poverty', 'vaccination'],
      province: 38,
      from: '2025-04-11',
      to: '2025-04-17',
      region: 'northeast',
      lang: 'en',
      view: { lon: 103.65, lat: 18.36, zoom: 8.5 },
      refresh: 60,
      playlist: null,
    });
  });

  it('ignores bad values, says which, and never throws', () => {
    const { state, problems } = parseUrlState(
      'mode=kiosk&layers=vaccination,<script>,vaccination&province=97&from=2025-02-30&region=moon&lang=fr&view=1,2&refresh=-5',
    );
    expect(state.mode).toBe('overview');
    expect(state.layers).toEqual(['vaccination']);
    expect(state.province).toBeNull();
    expect(state.from).toBeNull();
    expect(state.region).toBeNull();
    expect(state.lang).toBe('th');
    expect(state.view).toBeNull();
    expect(state.refresh).toBeNull();
    expect(problems).toHaveLength(8);
    expect(problems.join('\n')).toContain('unknown layer "<script>"');
  });

  it('reads any dataset id a manifest may declare (an indicator), not only the five', () => {
    const { state, problems } = parseUrlState('layers=vaccination,drought,inspection_2569,Bad-Id');
    expect(state.layers).toEqual(['vaccination', 'drought', 'inspection_2569']);
    expect(problems).toEqual(['layers: unknown layer "Bad-Id" ignored']);
    expect(serializeUrlState(state)).toBe('?layers=vaccination,drought,inspection_2569');
  });

  it('puts a reversed date range in order', () => {
    const { state } = parseUrlState('from=2025-12-31&to=2025-01-01');
    expect([state.from, state.to]).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('reads refresh as whole seconds up to a day, 0 = never', () => {
    expect(
      ['0', '1', '86400', '86401', '1.5', '1e3'].map(
        (r) => parseUrlState(`refresh=${r}`).state.refresh,
      ),
    ).toEqual([0, 1, 86_400, null, null, null]);
  });

  it('accepts an empty layer list as "no layers"', () => {
    expect(parseUrlState('layers=,').state.layers).toEqual([]);
  });
});

describe('serializeUrlState', () => {
  it('leaves out defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips every field', () => {
    const state: UrlState = {
      mode: 'analyst',
      layers: ['complaints', 'road_safety', 'households'],
      province: 10,
      from: '2025-01-01',
      to: '2025-03-31',
      region: 'central',
      lang: 'en',
      view: { lon: 100.523456789, lat: 13.7367891, zoom: 9.12345 },
      refresh: 30,
      playlist: null,
    };
    const text = serializeUrlState(state);
    expect(text).toBe(
      '?mode=analyst&layers=complaints,road_safety,households&province=10&from=2025-01-01&to=2025-03-31&region=central&lang=en&view=100.5235,13.7368,9.12&refresh=30',
    );
    expect(parseUrlState(text).state).toEqual({
      ...state,
      view: { lon: 100.5235, lat: 13.7368, zoom: 9.12 },
    });
  });
});
