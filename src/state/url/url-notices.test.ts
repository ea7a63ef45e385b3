import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import {
  addNotice,
  dropUnknownListValues,
  MAX_NOTICES,
  setDatasets,
  setDateFilter,
  setLayerOrder,
} from '../app/actions';
import { createAppStore } from '../app/app-state';
import { MAX_LIST_VALUES } from './url-filters';
import { parseUrlState } from './url-state';
import { syncUrl, type HistoryLike } from './url-sync';

/** The notices main.tsx shows for a link. */
function linkNotices(query: string): { store: ReturnType<typeof createAppStore> } {
  const parsed = parseUrlState(query);
  const store = createAppStore(parsed.state);
  for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);
  return { store };
}

function dataset(id: string, from: string, to: string, en: string, th: string): DatasetDef {
  return {
    id,
    title: { th, en },
    unit: { th: '', en: '' },
    source: { th: '', en: '' },
    licence: '',
    asOf: to,
    period: { from, to },
    cadence: 'daily',
    demo: true,
    file: `${id}.parquet`,
    format: 'parquet',
    columns: [],
  };
}

const VACCINATION = dataset('vaccination', '2021-03-01', '2021-11-28', 'Vaccination', 'วัคซีน');
const ROAD = dataset('road_safety', '2024-12-30', '2026-01-05', 'Road safety', 'อุบัติเหตุ');

describe('URL notices are bounded', () => {
  it('2,000 unknown provinces give one notice of a few hundred characters', () => {
    const codes = Array.from({ length: 2000 }, (_, i) => String(100 + i));
    const { store } = linkNotices(`?provinces=30,${codes.join(',')}`);
    const { notices, url } = store.getState();
    expect(url.provinces).toEqual([30]);
    expect(notices).toEqual([
      'URL: provinces: ละไว้ 2,000 จังหวัดที่ไม่รู้จัก (5 รายการแรก: "100", "101", "102", "103", "104", …) · 2,000 unknown provinces ignored (first 5: "100", "101", "102", "103", "104", …)',
    ]);
    expect(notices.join('').length).toBeLessThan(300);
  });

  it('one unknown province keeps its own plain notice', () => {
    expect(parseUrlState('?provinces=99').problems).toEqual([
      'provinces: unknown province "99" ignored',
    ]);
  });

  it('cuts a long bad value and summarises thousands of bad thresholds', () => {
    const long = 'x'.repeat(50_000);
    const { problems } = parseUrlState(
      `?dimension=${long}&threshold=${Array.from({ length: 3000 }, () => 'a:b:c').join(',')}`,
    );
    expect(problems).toHaveLength(2);
    expect(problems.join('').length).toBeLessThan(600);
  });

  it('keeps at most 50 values of a category filter from a link, with one notice', () => {
    const values = Array.from({ length: 1500 }, (_, i) => `made_up_${String(i)}`);
    const { state, problems } = parseUrlState(`?category=${values.join(',')}`);
    expect(state.categories).toHaveLength(MAX_LIST_VALUES);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^category: ละไว้ 1,450 ค่าที่เกิน 50 ค่าแรก/);
  });

  it('1,500 categories the data does not have: none kept as a filter, one notice', () => {
    const values = Array.from({ length: 1500 }, (_, i) => `made_up_${String(i)}`);
    const { store } = linkNotices(`?mode=analyst&category=land,${values.join(',')}`);
    dropUnknownListValues(store, 'categories', new Set(['land', 'debt']));
    const { url, notices } = store.getState();
    expect(url.categories).toEqual(['land']);
    expect(notices).toHaveLength(2);
    expect(notices[1]).toBe(
      'URL: category: ละไว้ 49 ค่าที่ไม่มีในข้อมูล (5 รายการแรก: "made_up_0", "made_up_1", "made_up_2", "made_up_3", "made_up_4", …) · 49 values not in the data ignored (first 5: "made_up_0", "made_up_1", "made_up_2", "made_up_3", "made_up_4", …)',
    );
    const onlyUnknown = linkNotices('?mode=analyst&category=made_up').store;
    dropUnknownListValues(onlyUnknown, 'categories', new Set(['land']));
    expect(onlyUnknown.getState().url.categories).toBeUndefined();
    expect(onlyUnknown.getState().notices).toEqual([
      'URL: category: ไม่มีค่า "made_up" ในข้อมูล ละไว้ · "made_up" is not in the data, ignored',
    ]);
  });

  it('past the most notices, the rest are counted in one last line', () => {
    const store = createAppStore();
    for (let i = 0; i < MAX_NOTICES + 30; i += 1) addNotice(store, `problem ${String(i)}`);
    addNotice(store, 'y'.repeat(100_000));
    const { notices } = store.getState();
    expect(notices).toHaveLength(MAX_NOTICES + 1);
    expect(notices.at(-1)).toBe('ปัญหาอื่นอีก 31 รายการไม่ได้แสดง · 31 more problems not listed');
    const long = createAppStore();
    addNotice(long, 'y'.repeat(100_000));
    expect(long.getState().notices[0]).toHaveLength(600);
  });
});

describe('a date range outside the data', () => {
  it('gives a notice with the range and what the data covers, gone once the range is fixed', () => {
    const { store } = linkNotices('?from=1990-01-01&to=1990-12-31');
    expect(store.getState().notices).toEqual([]);
    setDatasets(store, [VACCINATION, ROAD]);
    expect(store.getState().notices).toEqual([
      'ช่วงวันที่ 1 ม.ค. 2533 – 31 ธ.ค. 2533 ไม่มีข้อมูลของ วัคซีน (มีข้อมูล 1 มี.ค. 2564 – 28 พ.ย. 2564) ตัวเลขจึงว่างหรือเป็นศูนย์ เลือกช่วงวันที่ในช่วงที่มีข้อมูล · The date range 1 Jan 1990 (BE 2533) – 31 Dec 1990 (BE 2533) has no data for Vaccination (covers 1 Mar 2021 (BE 2564) – 28 Nov 2021 (BE 2564)), so its figures are empty or zero; pick dates the data covers',
    ]);
    setLayerOrder(store, ['vaccination', 'road_safety']);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]).toMatch(/วัคซีน .*; อุบัติเหตุ \(มีข้อมูล 30 ธ\.ค\. 2567/);
    setDateFilter(store, null, '2021-06-01');
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]).toMatch(/^ช่วงวันที่ … – 1 มิ\.ย\. 2564 ไม่มีข้อมูลของ อุบัติเหตุ/);
    setDateFilter(store, '2021-06-01', '2025-01-31');
    expect(store.getState().notices).toEqual([]);
  });

  it('says nothing for a range that overlaps the data or no range at all', () => {
    const { store } = linkNotices('?from=2021-11-01&to=2022-06-30');
    setDatasets(store, [VACCINATION]);
    setDateFilter(store, null, null);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('a link pasted later (back/forward)', () => {
  it('says what it ignored in one bounded notice', () => {
    const listeners = new Set<() => void>();
    const location = { search: '', pathname: '/' };
    const target: HistoryLike = {
      location,
      history: { pushState: () => undefined, replaceState: () => undefined },
      addEventListener: (_type, listener) => listeners.add(listener),
      removeEventListener: (_type, listener) => listeners.delete(listener),
    };
    const store = createAppStore();
    const stop = syncUrl(store, target);
    location.search = `?provinces=${Array.from({ length: 2000 }, (_, i) => String(100 + i)).join(',')}`;
    for (const listener of listeners) listener();
    stop();
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0]).toMatch(/^URL: provinces: ละไว้ 2,000 จังหวัดที่ไม่รู้จัก/);
  });

  it('dropping values the data lacks replaces the history entry (no back-button trap)', () => {
    const calls: string[] = [];
    const location = { search: '?mode=analyst&category=made_up,land', pathname: '/' };
    const target: HistoryLike = {
      location,
      history: {
        pushState: (_d, _u, url) => {
          calls.push(`push ${url}`);
        },
        replaceState: (_d, _u, url) => {
          calls.push(`replace ${url}`);
        },
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const store = createAppStore(parseUrlState(location.search).state);
    const stop = syncUrl(store, target);
    dropUnknownListValues(store, 'categories', new Set(['land']));
    setLayerOrder(store, ['road_safety']);
    stop();
    expect(calls).toEqual([
      'replace /?mode=analyst&category=land',
      'push /?mode=analyst&layers=road_safety&category=land',
    ]);
  });
});
