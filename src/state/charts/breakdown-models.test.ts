import { tableFromJSON, type Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { complaintsBreakdown } from '../../datasets/complaints/charts';
import { povertyDimensions } from '../../datasets/poverty/breakdown';
import { roadSafetyBreakdown } from '../../datasets/road_safety/charts';
import { vaccinationDoses } from '../../datasets/vaccination/charts';
import { HOUSEHOLDS_MODULE } from '../../datasets/households/module';
import { setBreakdownBy } from '../app/actions';
import { createAppStore, initialAppState, type AppState } from '../app/app-state';
import { breakdownKindsOf, knownBreakdownKind, selectedBreakdownKind } from './breakdown-models';
import { DEFAULT_URL_STATE, type UrlState } from '../url/url-state';
import { QUERY_KEYS } from '../queries/view-queries';

const road = (key: string, crashes: number) => ({ key, crashes, deaths: 1, injuries: 2 });
const complaint = (key: string, cases: number, sensitive: number) => ({
  key,
  cases,
  open: 0,
  security_sensitive: sensitive,
});

const RESULTS: Record<string, Table> = {
  [QUERY_KEYS.roadCauses]: tableFromJSON([road('speeding', 90), road('drunk_driving', 10)]),
  [QUERY_KEYS.roadVehicles]: tableFromJSON([
    road('motorcycle', 40),
    road('car', 30),
    road('pedestrian', 2),
  ]),
  [QUERY_KEYS.complaintsCategories]: tableFromJSON([complaint('land', 12, 3)]),
  // As the query sorts them: by count.
  [QUERY_KEYS.complaintsStatuses]: tableFromJSON([
    complaint('closed', 50, 4),
    complaint('received', 7, 0),
    complaint('forwarded', 5, 0),
    complaint('in_progress', 20, 1),
  ]),
  [QUERY_KEYS.povertyByDimension]: tableFromJSON([
    { dimension: 'any', target_people: 100, target_households: 40 },
    { dimension: 'water', target_people: 5, target_households: 2 },
  ]),
};

function stateWith(url: Partial<UrlState>, change: Partial<AppState> = {}): AppState {
  return { ...initialAppState({ ...DEFAULT_URL_STATE, ...url }), results: RESULTS, ...change };
}

describe('breakdown choices', () => {
  it('offers cause/vehicle for road safety and category/status for complaints', () => {
    expect(breakdownKindsOf('road_safety')).toEqual(['cause', 'vehicle']);
    expect(breakdownKindsOf('complaints')).toEqual(['category', 'status']);
    expect(breakdownKindsOf('vaccination')).toEqual([]);
    expect(knownBreakdownKind('road_safety', 'vehicle')).toBe('vehicle');
    expect(knownBreakdownKind('road_safety', 'status')).toBeNull();
    expect(knownBreakdownKind('complaints', 'nonsense')).toBeNull();
  });

  it('shows the first breakdown until another is chosen through the store', () => {
    const store = createAppStore();
    expect(selectedBreakdownKind(store.getState(), 'road_safety')).toBe('cause');
    setBreakdownBy(store, 'road_safety', 'vehicle');
    expect(selectedBreakdownKind(store.getState(), 'road_safety')).toBe('vehicle');
    expect(selectedBreakdownKind(store.getState(), 'complaints')).toBe('category');
    const before = store.getState();
    setBreakdownBy(store, 'road_safety', 'vehicle');
    expect(store.getState()).toBe(before);
  });
});

describe('the breakdown models (built by the dataset modules)', () => {
  it('road safety by cause (default): Thai cause names, both options, cause selected', () => {
    const model = roadSafetyBreakdown(stateWith({ layers: ['road_safety'] }), 'road_safety');
    expect(model?.title).toBe('สาเหตุของอุบัติเหตุ — ทั้งประเทศ');
    expect(model?.rows.map((r) => r.label)).toEqual(['ขับเร็วเกินกำหนด', 'เมาแล้วขับ']);
    expect(model?.options).toEqual([
      { key: 'cause', label: 'สาเหตุ', selected: true },
      { key: 'vehicle', label: 'ยานพาหนะ', selected: false },
    ]);
  });

  it('road safety by vehicle: vehicle rows with Thai names, crash counts, scoped title', () => {
    const state = stateWith({ province: 30 }, { breakdownBy: { road_safety: 'vehicle' } });
    const model = roadSafetyBreakdown(state, 'road_safety');
    expect(model?.title).toBe('ยานพาหนะที่เกิดเหตุ — นครราชสีมา');
    expect(model?.unit).toBe('อุบัติเหตุ (ครั้ง)');
    expect(model?.rows.map((r) => [r.key, r.label, r.value, r.valueText])).toEqual([
      ['motorcycle', 'รถจักรยานยนต์', 40, '40'],
      ['car', 'รถยนต์', 30, '30'],
      ['pedestrian', 'คนเดินเท้า', 2, '2'],
    ]);
    expect(model?.options?.find((o) => o.selected)?.key).toBe('vehicle');
  });

  it('complaints by status: in case order, security-sensitive in brackets, English too', () => {
    const state = stateWith(
      { lang: 'en', region: 'northeast' },
      { lang: 'en', breakdownBy: { complaints: 'status' } },
    );
    // Complaints' breakdown is its module's (src/datasets/complaints).
    const model = complaintsBreakdown(state, 'complaints');
    expect(model?.title).toBe('Complaint status — Northeastern region');
    expect(model?.rows.map((r) => r.key)).toEqual([
      'received',
      'in_progress',
      'closed',
      'forwarded',
    ]);
    expect(model?.rows.map((r) => r.label)).toEqual([
      'Received',
      'In progress',
      'Closed',
      'forwarded',
    ]);
    expect(model?.rows[2]?.valueText).toBe('50 (4)');
    expect(model?.options?.map((o) => [o.label, o.selected])).toEqual([
      ['Category', false],
      ['Status', true],
    ]);
  });

  it('complaints by category stays the default; a choice for another dataset is ignored', () => {
    const state = stateWith({}, { breakdownBy: { road_safety: 'vehicle' } });
    const model = complaintsBreakdown(state, 'complaints');
    expect(model?.rows.map((r) => [r.label, r.valueText])).toEqual([['ที่ดิน', '12 (3)']]);
  });

  it('poverty dimensions have no switch and show an unknown dimension by its code', () => {
    // Poverty's breakdown is its module's (src/datasets/poverty).
    const model = povertyDimensions(stateWith({ province: 30 }));
    expect(model.options).toBeUndefined();
    expect(model.title).toBe('คนจนเป้าหมายตามมิติ — นครราชสีมา');
    expect(model.rows.map((r) => r.label)).toEqual(['ทุกมิติ', 'water']);
  });

  it('is null for households and for vaccination before its series arrives', () => {
    expect(HOUSEHOLDS_MODULE.breakdown).toBeUndefined();
    expect(vaccinationDoses(stateWith({}))).toBeNull();
  });
});
