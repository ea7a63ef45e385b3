import { describe, expect, it } from 'vitest';
import { CORE_DATASET_IDS } from '../../data/manifest/manifest-types';
import { PROVINCES } from '../../data/places/provinces';
import { REGION_IDS } from '../../data/places/province-table';
import { POVERTY_DIMENSIONS } from '../layers/layer-settings';
import {
  THRESHOLD_MEASURES,
  thresholdLayer,
  type Threshold,
  type ThresholdMeasure,
} from './url-filters';
import { applyUrlState } from '../app/actions';
import { createAppStore } from '../app/app-state';
import { isNavigation } from './url-sync';
import {
  DEFAULT_URL_STATE,
  MODES,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './url-state';

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORY_TEXTS = [
  'speeding',
  'drunk_driving',
  'land',
  'in_progress',
  'ที่ดิน',
  'a b',
  'x:y/z',
  '50%',
];

/** A canonical state (defaults as the parser leaves them) with random values in every field. */
function generatedState(rand: () => number): UrlState {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const count = Math.floor(rand() * (max + 1));
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  const maybe = <T>(value: T): T | undefined => (rand() < 0.5 ? value : undefined);
  const iso = () =>
    `20${String(20 + Math.floor(rand() * 6))}-0${String(1 + Math.floor(rand() * 9))}-1${String(Math.floor(rand() * 10))}`;
  const [a, b] = [iso(), iso()].sort();
  const thresholds: Threshold[] = [];
  for (const measure of some(Object.keys(THRESHOLD_MEASURES) as ThresholdMeasure[], 4)) {
    if (thresholds.some((t) => thresholdLayer(t.measure) === thresholdLayer(measure))) continue;
    thresholds.push({
      measure,
      op: pick(['lt', 'le', 'gt', 'ge'] as const),
      value: Number((rand() * 200 - 10).toFixed(2)),
    });
  }
  const provinces = some(
    PROVINCES.map((p) => p.code),
    5,
  ).sort((x, y) => x - y);
  const causes = maybe(some(CATEGORY_TEXTS, 3));
  const dimension = pick(POVERTY_DIMENSIONS);
  const state: UrlState = {
    mode: pick(MODES),
    layers: some(CORE_DATASET_IDS, 5),
    province: maybe(pick(PROVINCES).code) ?? null,
    from: maybe(a) ?? null,
    to: maybe(b) ?? null,
    region: maybe(pick(REGION_IDS)) ?? null,
    lang: pick(['th', 'en'] as const),
    view:
      maybe({
        lon: Math.round(rand() * 1e6) / 1e4,
        lat: Math.round(rand() * 8e5) / 1e4,
        zoom: Math.round(rand() * 2200) / 100,
      }) ?? null,
    refresh: maybe(Math.floor(rand() * 86400)) ?? null,
    playlist: maybe('wall/other playlist.json') ?? null,
    provinces: provinces.length > 0 ? provinces : undefined,
    causes: causes && causes.length > 0 ? causes : undefined,
    vehicles: undefined,
    categories: maybe(['land', 'ที่ดิน']),
    statuses: maybe(['received']),
    dimension: dimension === 'any' ? undefined : dimension,
    thresholds: thresholds.length > 0 ? thresholds : undefined,
  };
  // An empty layer list is written as `layers=` and read back as the default: not canonical.
  return state.layers.length === 0 ? { ...state, layers: ['vaccination'] } : state;
}

describe('URL filters', () => {
  it('parse(serialize(state)) gives the state back, for 500 generated states', () => {
    const rand = random(20_211_128);
    for (let i = 0; i < 500; i += 1) {
      const state = generatedState(rand);
      const text = serializeUrlState(state);
      const parsed = parseUrlState(text);
      expect(parsed.problems, text).toEqual([]);
      expect(parsed.state, text).toEqual(state);
    }
  });

  it('reads the analyst filters of a shared link', () => {
    const { state, problems } = parseUrlState(
      '?mode=analyst&provinces=40,30,30&cause=speeding,drunk_driving&category=land&status=received&dimension=health&threshold=dose2_pct:lt:70,deaths:ge:5',
    );
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      mode: 'analyst',
      provinces: [30, 40],
      causes: ['speeding', 'drunk_driving'],
      categories: ['land'],
      statuses: ['received'],
      dimension: 'health',
      thresholds: [
        { measure: 'dose2_pct', op: 'lt', value: 70 },
        { measure: 'deaths', op: 'ge', value: 5 },
      ],
    });
    expect(serializeUrlState(state)).toBe(
      '?mode=analyst&provinces=30,40&cause=speeding,drunk_driving&category=land&status=received&dimension=health&threshold=dose2_pct:lt:70,deaths:ge:5',
    );
  });

  it('ignores bad filter values with a notice each and keeps the good ones', () => {
    const { state, problems } = parseUrlState(
      'provinces=30,99,abc&cause=speeding&vehicle=car&dimension=wealth&threshold=dose2_pct:lt:70,dose1_pct:gt:1,__proto__:lt:1,deaths:eq:3,deaths:ge:1e9&status=%01bad',
    );
    expect(state.provinces).toEqual([30]);
    expect(state.causes).toEqual(['speeding']);
    expect(state.vehicles).toBeUndefined();
    expect(state.statuses).toBeUndefined();
    expect(state.dimension).toBeUndefined();
    expect(state.thresholds).toEqual([{ measure: 'dose2_pct', op: 'lt', value: 70 }]);
    expect(problems.join('\n')).toMatch(
      /provinces: .* · 2 unknown provinces ignored \(first 2: "99", "abc"\)/,
    );
    expect(problems.join('\n')).toMatch(/cause or by vehicle, not both/);
    expect(problems.join('\n')).toMatch(/its layer already has a threshold/);
    expect(problems.join('\n')).toMatch(
      /3 unreadable thresholds ignored \(first 3: "__proto__:lt:1", "deaths:eq:3", "deaths:ge:1e9"\)/,
    );
    expect(problems).toHaveLength(6);
  });

  it('keeps the wall playlist in the URL, also when a scene (without one) is applied', () => {
    const { state } = parseUrlState('?mode=wall&playlist=wall/other.json');
    expect(state.playlist).toBe('wall/other.json');
    expect(serializeUrlState(state)).toBe('?mode=wall&playlist=wall/other.json');
    const store = createAppStore(state);
    // A wall scene's view has no playlist field (scene-actions.ts builds it without one).
    applyUrlState(store, {
      ...DEFAULT_URL_STATE,
      mode: 'wall',
      layers: ['road_safety'],
      playlist: undefined,
      provinces: [30],
    });
    expect(serializeUrlState(store.getState().url)).toBe(
      '?mode=wall&layers=road_safety&playlist=wall/other.json&provinces=30',
    );
    // A view that names a poverty dimension sets the layer's dimension too.
    applyUrlState(store, parseUrlState('?dimension=income').state);
    expect(store.getState().povertyDimension).toBe('income');
    expect(store.getState().url.playlist).toBeNull();
  });
});

describe('isNavigation', () => {
  const base: UrlState = { ...DEFAULT_URL_STATE, mode: 'analyst' };
  it('adds history entries for filters, not for the camera or the wall changing scenes', () => {
    expect(isNavigation(base, { ...base, provinces: [30] })).toBe(true);
    expect(
      isNavigation(base, { ...base, thresholds: [{ measure: 'deaths', op: 'ge', value: 1 }] }),
    ).toBe(true);
    expect(isNavigation(base, { ...base, view: { lon: 100, lat: 14, zoom: 6 } })).toBe(false);
    const wall: UrlState = { ...DEFAULT_URL_STATE, mode: 'wall' };
    expect(isNavigation(wall, { ...wall, layers: ['road_safety'], region: 'north' })).toBe(false);
    expect(isNavigation(base, wall)).toBe(true);
  });
});
