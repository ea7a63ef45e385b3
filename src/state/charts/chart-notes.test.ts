/**
 * The chart panels' notes: "loading" until a chart's query answers (never "no data" while it
 * may still come), and the KPI tile's out-of-period sentence when the dates shown miss the
 * focused dataset's period.
 */
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import {
  setDatasetHealth,
  setDatasets,
  setDateFilter,
  setEngineStatus,
  setResult,
} from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { chartNotes, selectChartNotes } from './chart-notes';
import { periodNoteOf } from '../kpis/kpi-status';
import { QUERY_KEYS } from '../queries/view-queries';

const IDS = ['vaccination', 'road_safety', 'complaints', 'poverty', 'households'];

/** The five datasets (covering 2024-01-01 – 2024-01-21), `focus` on top, the engine loading. */
function storeFocusing(focus: string): AppStore {
  const store = createAppStore();
  setDatasets(
    store,
    IDS.map((id) => testDataset(id)),
  );
  setEngineStatus(store, 'loading');
  store.update((s) => ({ ...s, url: { ...s.url, layers: [focus] } }));
  return store;
}

const LOADING = { text: 'กำลังโหลดข้อมูล…', busy: true, instead: true };

const MARCH_2025 =
  'ไม่มีข้อมูลในช่วง 1 มี.ค. 2568 – 31 มี.ค. 2568: ชุดข้อมูลนี้ครอบคลุม 1 ม.ค. 2567 – 21 ม.ค. 2567' +
  ' · No data for 1 Mar 2025 (BE 2568) – 31 Mar 2025 (BE 2568): this dataset covers' +
  ' 1 Jan 2024 (BE 2567) – 21 Jan 2024 (BE 2567)';

const empty = tableFromJSON([{ x: 0 }]).slice(0, 0);

describe('chartNotes', () => {
  it('says loading for every chart of the focused dataset until its query answers', () => {
    const store = storeFocusing('road_safety');
    expect(chartNotes(store.getState())).toEqual({
      focus: 'road_safety',
      title: testDataset('road_safety').title.th,
      series: LOADING,
      ranking: LOADING,
      breakdown: LOADING,
    });
    setResult(store, QUERY_KEYS.roadDaily, empty);
    setResult(store, QUERY_KEYS.roadByProvince, empty);
    setResult(store, QUERY_KEYS.roadCauses, empty);
    // Answered, even with no rows: an empty chart is now the truth, not a wait.
    expect(chartNotes(store.getState())).toMatchObject({
      series: null,
      ranking: null,
      breakdown: null,
    });
  });

  it('says loading for the series of every core dataset a module draws, until it answers', () => {
    const seriesKeys = {
      vaccination: QUERY_KEYS.vaccinationSeries,
      road_safety: QUERY_KEYS.roadDaily,
      complaints: QUERY_KEYS.complaintsWeekly,
    };
    for (const [id, key] of Object.entries(seriesKeys)) {
      const store = storeFocusing(id);
      expect(chartNotes(store.getState()).series).toEqual(LOADING);
      setResult(store, key, empty);
      expect(chartNotes(store.getState()).series).toBeNull();
    }
  });

  it('says loading again for a breakdown switched to a query that has not answered', () => {
    const store = storeFocusing('road_safety');
    setResult(store, QUERY_KEYS.roadCauses, empty);
    setEngineStatus(store, 'ready');
    store.update((s) => ({ ...s, breakdownBy: { road_safety: 'vehicle' }, queriesRunning: true }));
    expect(chartNotes(store.getState()).breakdown).toEqual(LOADING);
    // The round is over and the answer never came: not "loading" for ever.
    store.update((s) => ({ ...s, queriesRunning: false }));
    expect(chartNotes(store.getState()).breakdown).toBeNull();
  });

  it('does not say loading for a dataset whose load failed', () => {
    const store = storeFocusing('complaints');
    setDatasetHealth(store, 'complaints', { lastGoodAt: null, failedAt: 1, message: 'bad file' });
    expect(chartNotes(store.getState())).toMatchObject({
      series: null,
      ranking: null,
      breakdown: null,
    });
  });

  it('gives the KPI tile sentence when the dates miss the period; a sum is replaced', () => {
    const store = storeFocusing('road_safety');
    for (const key of [QUERY_KEYS.roadDaily, QUERY_KEYS.roadByProvince, QUERY_KEYS.roadCauses]) {
      setResult(store, key, empty);
    }
    setDateFilter(store, '2025-03-01', '2025-03-31');
    const state = store.getState();
    expect(periodNoteOf(state, 'road_safety')).toBe(MARCH_2025);
    expect(chartNotes(state)).toMatchObject({
      // The series draws the whole period under the note (its brush can pick dates inside it).
      series: { text: MARCH_2025, busy: false, instead: false },
      ranking: { text: MARCH_2025, busy: false, instead: true },
      breakdown: { text: MARCH_2025, busy: false, instead: true },
    });
  });

  it('keeps a snapshot dataset’s charts under the note that says which day they show', () => {
    const store = storeFocusing('vaccination');
    for (const key of [QUERY_KEYS.vaccinationSeries, QUERY_KEYS.vaccinationByProvince]) {
      setResult(store, key, empty);
    }
    setDateFilter(store, null, '2023-06-30');
    const note = periodNoteOf(store.getState(), 'vaccination');
    expect(note).toContain('แสดงตัวเลข ณ 1 ม.ค. 2567');
    expect(chartNotes(store.getState())).toMatchObject({
      ranking: { text: note, busy: false, instead: false },
      breakdown: { text: note, busy: false, instead: false },
    });
  });

  it('has no series or breakdown note for a dataset without those charts', () => {
    const store = storeFocusing('households');
    expect(chartNotes(store.getState())).toMatchObject({
      series: null,
      ranking: LOADING,
      breakdown: null,
    });
  });

  it('has no note for a focus the manifest does not list', () => {
    const store = storeFocusing('floods');
    expect(chartNotes(store.getState())).toEqual({
      focus: 'floods',
      title: '',
      series: null,
      ranking: null,
      breakdown: null,
    });
  });

  it('hands views the same object while the notes read the same', () => {
    const store = storeFocusing('road_safety');
    const first = selectChartNotes(store.getState());
    store.update((s) => ({ ...s, hovered: null, notices: ['x'] }));
    expect(selectChartNotes(store.getState())).toBe(first);
    setResult(store, QUERY_KEYS.roadDaily, empty);
    expect(selectChartNotes(store.getState()).series).toBeNull();
  });
});
