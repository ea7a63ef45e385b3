/**
 * The KPI tiles as the state makes them: loading (or the preview's figure) before the database
 * answers, "no data" only when the figures will not come, the dataset's period when the date
 * range misses it (never a 0), and the provinces the national figure leaves out.
 */
import { readFileSync } from 'node:fs';
import { tableFromJSON } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { parseManifest } from '../../data/manifest/registry';
import { testDataset } from '../../data/testing/fixtures';
import {
  setDatasetHealth,
  setDatasets,
  setDateFilter,
  setEngineStatus,
  setResult,
  setVaccination,
} from '../app/actions';
import { createAppStore, type AppStore } from '../app/app-state';
import { kpiTiles } from './kpi-models';
import { QUERY_KEYS } from '../queries/view-queries';

const IDS = ['vaccination', 'road_safety', 'complaints', 'poverty', 'households'];

/** The five datasets, covering 2024-01-01 – 2024-01-21. */
function storeWith(datasets: readonly DatasetDef[] = IDS.map((id) => testDataset(id))): AppStore {
  const store = createAppStore();
  setDatasets(store, datasets);
  setEngineStatus(store, 'loading');
  return store;
}

const shown = (store: AppStore) =>
  kpiTiles(store.getState()).map((tile) => [tile.id, tile.status, tile.valueText]);

const tileOf = (store: AppStore, id: string) => {
  const tile = kpiTiles(store.getState()).find((candidate) => candidate.id === id);
  if (!tile) throw new Error(`no ${id} tile`);
  return tile;
};

/** The preview: Bangkok 60 %, Chiang Mai 40 %, and 99 (no such province) left aside. */
function preview(store: AppStore, extra: { code: number; population: number; dose2: number }[]) {
  const rows = [
    { code: 10, population: 1000, dose2: 600 },
    { code: 50, population: 3000, dose2: 1200 },
    { code: 99, population: 500, dose2: 100 },
    ...extra,
  ].map((row) => ({ ...row, weekEnd: '2024-01-21', dose1: row.dose2, dose3: 0 }));
  setVaccination(store, { asOf: '2024-01-21', origin: 'preview', rows });
}

/** The vaccination query's answer: Bangkok 65 %, Chiang Mai 50 %, Songkhla an impossible week. */
function vaccinationAnswer(store: AppStore) {
  const weekEnd = Date.UTC(2024, 0, 21);
  const row = (code: number, population: number | null, dose2: number | null, anomaly: string) => ({
    province_code: code,
    week_end: weekEnd,
    population,
    dose2,
    dose2_pct: population && dose2 !== null ? (100 * dose2) / population : null,
    anomaly,
    over_population: false,
  });
  const table = tableFromJSON([
    row(10, 1000, 650, ''),
    row(50, 2000, 1000, ''),
    row(90, null, null, 'negative'),
  ]);
  setResult(store, QUERY_KEYS.vaccinationByProvince, table);
}

describe('kpiTiles while data loads', () => {
  it('says every listed dataset is loading, never "no data"', () => {
    const store = storeWith();
    expect(shown(store)).toEqual([
      ['vaccination', 'loading', 'กำลังโหลด…'],
      ['road_safety', 'loading', 'กำลังโหลด…'],
      ['complaints', 'loading', 'กำลังโหลด…'],
      ['poverty', 'loading', 'กำลังโหลด…'],
      ['households', 'loading', 'กำลังโหลด…'],
    ]);
    expect(tileOf(store, 'road_safety')).toMatchObject({
      label: 'ผู้เสียชีวิตจากอุบัติเหตุทางถนน',
      changeText: '',
      alertText: '',
      periodNote: '',
      qualityText: '',
    });
  });

  it('leaves out a dataset the manifest does not list', () => {
    const store = storeWith([testDataset('road_safety')]);
    expect(shown(store)).toEqual([['road_safety', 'loading', 'กำลังโหลด…']]);
  });

  it('shows the preview figure on the vaccination tile (checked like the query)', () => {
    const store = storeWith();
    // Songkhla's 300 % is impossible: left out of the figure and said on the tile.
    preview(store, [{ code: 90, population: 100, dose2: 300 }]);
    const tile = tileOf(store, 'vaccination');
    // (600 + 1200) / (1000 + 3000) = 45 %.
    expect(tile).toMatchObject({
      status: 'preview',
      value: 45,
      valueText: '45.0 %',
      changeText: 'ไม่มีข้อมูลเปรียบเทียบ',
      qualityText: 'ไม่รวม 1 จังหวัดข้อมูลผิดปกติ',
    });
  });

  it('shows the preview figure before the manifest list is read', () => {
    const store = createAppStore();
    preview(store, []);
    expect(shown(store)).toEqual([['vaccination', 'preview', '45.0 %']]);
  });

  it('says "no data" once a dataset failed, or the engine settled without its answer', () => {
    const store = storeWith();
    setDatasetHealth(store, 'poverty', { lastGoodAt: null, failedAt: 1, message: 'bad file' });
    expect(tileOf(store, 'poverty')).toMatchObject({ status: 'noData', valueText: 'ไม่มีข้อมูล' });
    expect(tileOf(store, 'households').status).toBe('loading');
    setEngineStatus(store, 'partial');
    expect(tileOf(store, 'households')).toMatchObject({
      status: 'noData',
      valueText: 'ไม่มีข้อมูล',
    });
  });
});

describe('kpiTiles once the data has answered', () => {
  it('gives the national figure without the impossible province, and says so', () => {
    const store = storeWith();
    preview(store, []);
    vaccinationAnswer(store);
    // (650 + 1000) / (1000 + 2000) = 55 %: Songkhla's impossible week is not counted.
    expect(tileOf(store, 'vaccination')).toMatchObject({
      status: 'value',
      valueText: '55.0 %',
      qualityText: 'ไม่รวม 1 จังหวัดข้อมูลผิดปกติ',
      periodNote: '',
    });
  });

  it('says a road-safety range outside the period covers nothing, not 0', () => {
    const store = storeWith();
    setResult(store, QUERY_KEYS.roadByProvince, tableFromJSON([{ province_code: 10, deaths: 0 }]));
    expect(tileOf(store, 'road_safety')).toMatchObject({ status: 'value', valueText: '0' });
    setDateFilter(store, '2025-03-01', '2025-03-31');
    expect(tileOf(store, 'road_safety')).toEqual(
      expect.objectContaining({
        status: 'outOfPeriod',
        value: null,
        valueText: 'ไม่มีข้อมูลในช่วงนี้',
        changeText: '',
        alertText: '',
        periodNote:
          'ไม่มีข้อมูลในช่วง 1 มี.ค. 2568 – 31 มี.ค. 2568: ชุดข้อมูลนี้ครอบคลุม 1 ม.ค. 2567 – 21 ม.ค. 2567' +
          ' · No data for 1 Mar 2025 (BE 2568) – 31 Mar 2025 (BE 2568): this dataset covers' +
          ' 1 Jan 2024 (BE 2567) – 21 Jan 2024 (BE 2567)',
      }),
    );
  });

  it('keeps a snapshot figure out of the period, saying which day it shows', () => {
    const store = storeWith();
    vaccinationAnswer(store);
    setDateFilter(store, null, '2023-06-30');
    expect(tileOf(store, 'vaccination')).toMatchObject({
      status: 'value',
      valueText: '55.0 %',
      periodNote:
        'ไม่มีข้อมูลในช่วง … – 30 มิ.ย. 2566: ชุดข้อมูลนี้ครอบคลุม 1 ม.ค. 2567 – 21 ม.ค. 2567;' +
        ' แสดงตัวเลข ณ 1 ม.ค. 2567 · No data for … – 30 Jun 2023 (BE 2566): this dataset covers' +
        ' 1 Jan 2024 (BE 2567) – 21 Jan 2024 (BE 2567); showing the figures of 1 Jan 2024 (BE 2567)',
    });
  });

  it('adds no note for a range that meets the period', () => {
    const store = storeWith();
    setResult(store, QUERY_KEYS.roadByProvince, tableFromJSON([{ province_code: 10, deaths: 4 }]));
    setDateFilter(store, '2023-12-25', '2024-01-03');
    expect(tileOf(store, 'road_safety')).toMatchObject({
      status: 'value',
      valueText: '4',
      periodNote: '',
    });
  });
});

/** The shipped manifest's inspection entry: rounds open on 6 Jan 2025, 2 Jun 2025, 5 Jan 2026. */
function shippedInspection(): DatasetDef {
  const manifest = parseManifest(
    JSON.parse(readFileSync('public/data/manifest.json', 'utf8')),
    'manifest.json',
  );
  const def = manifest.datasets.find((d) => d.id === 'inspection');
  if (!def) throw new Error('no inspection dataset in the shipped manifest');
  return def;
}

describe('kpiTiles on a range inside the period with no value in it', () => {
  it('says Songkran 2025 has no inspection value and which period the data covers', () => {
    const store = storeWith([shippedInspection()]);
    setDateFilter(store, '2025-04-11', '2025-04-17');
    // The KPI query answers with the rounds up to the range's end: only January's is there.
    setResult(
      store,
      'indicator.inspection.kpi',
      tableFromJSON([{ day: Date.UTC(2025, 0, 6), value: 3, provinces: 77 }]),
    );
    expect(tileOf(store, 'inspection')).toMatchObject({
      status: 'outOfPeriod',
      value: null,
      valueText: 'ไม่มีข้อมูลในช่วงนี้',
      periodNote:
        'ไม่มีข้อมูลในช่วง 11 เม.ย. 2568 – 17 เม.ย. 2568: ชุดข้อมูลนี้ครอบคลุม 1 ต.ค. 2567 – 31 มี.ค. 2569' +
        ' แต่ไม่มีค่าในช่วงนี้ · No data for 11 Apr 2025 (BE 2568) – 17 Apr 2025 (BE 2568): this' +
        ' dataset covers 1 Oct 2024 (BE 2567) – 31 Mar 2026 (BE 2569) but has no value in this range',
    });
    // A range that holds a round shows its figure.
    setDateFilter(store, '2025-01-01', '2025-04-17');
    expect(tileOf(store, 'inspection')).toMatchObject({ status: 'value', periodNote: '' });
  });

  it('keeps a bare "no data" when no range is set', () => {
    const store = storeWith([shippedInspection()]);
    setResult(
      store,
      'indicator.inspection.kpi',
      tableFromJSON([{ day: 0, value: null, provinces: 0 }]),
    );
    expect(tileOf(store, 'inspection')).toMatchObject({ status: 'noData', valueText: 'ไม่มีข้อมูล' });
  });
});
