/**
 * The dashboard's chart column (SidePanel) rendered with a store: "loading" in each chart's
 * place before the data answers, and the period sentence instead of empty or zero charts when
 * the dates miss the focused dataset's period.
 */
import { tableFromJSON } from 'apache-arrow';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DatasetDef } from '../data/manifest/manifest-types';
import { testDataset } from '../data/testing/fixtures';
import '../datasets';
import { indicatorKeys } from '../datasets/indicator/queries';
import { setDatasets, setDateFilter, setEngineStatus, setResult } from '../state/app/actions';
import { createAppStore, type AppStore } from '../state/app/app-state';
import { selectViewModels } from '../state/models/view-model-selectors';
import { QUERY_KEYS } from '../state/queries/view-queries';
import { FreshnessProvider } from './FreshnessBadge';
import { SidePanel } from './SidePanel';
import { useDashboardActions } from './use-dashboard-actions';

function Panel({ store }: { readonly store: AppStore }) {
  const actions = useDashboardActions(store);
  const state = store.getState();
  return createElement(SidePanel, {
    lang: state.lang,
    models: selectViewModels(state),
    demo: false,
    animate: false,
    actions,
  });
}

function render(store: AppStore): string {
  return renderToStaticMarkup(
    createElement(FreshnessProvider, { store, children: createElement(Panel, { store }) }),
  );
}

function roadStore(): AppStore {
  const store = createAppStore();
  setDatasets(
    store,
    ['vaccination', 'road_safety', 'complaints'].map((id) => testDataset(id)),
  );
  setEngineStatus(store, 'loading');
  store.update((s) => ({ ...s, url: { ...s.url, layers: ['road_safety'] } }));
  return store;
}

const count = (markup: string, text: string) => markup.split(text).length - 1;

describe('SidePanel chart notes', () => {
  it('says loading in each chart’s place while the data is on its way, never "no data"', () => {
    const markup = render(roadStore());
    expect(count(markup, 'role="status"')).toBe(3);
    expect(count(markup, '>กำลังโหลดข้อมูล…</p>')).toBe(3);
    expect(markup).toContain('data-chart="time-series"');
    expect(markup).toContain('data-chart="ranking"');
    expect(markup).toContain('data-chart="breakdown"');
    expect(markup).not.toContain('>ไม่มีข้อมูล<');
  });

  it('names the period instead of empty charts when the dates miss it', () => {
    const store = roadStore();
    const none = tableFromJSON([{ x: 0 }]).slice(0, 0);
    for (const key of [QUERY_KEYS.roadDaily, QUERY_KEYS.roadByProvince, QUERY_KEYS.roadCauses]) {
      setResult(store, key, none);
    }
    setEngineStatus(store, 'ready');
    setDateFilter(store, '2025-03-01', '2025-03-31');
    const markup = render(store);
    const sentence =
      'ไม่มีข้อมูลในช่วง 1 มี.ค. 2568 – 31 มี.ค. 2568: ชุดข้อมูลนี้ครอบคลุม 1 ม.ค. 2567 – 21 ม.ค. 2567';
    expect(count(markup, sentence)).toBe(3);
    expect(markup).not.toContain('role="status"');
    expect(markup).not.toContain('>ไม่มีข้อมูล<');
  });
});

describe('SidePanel chart notes of an indicator dataset', () => {
  const water: DatasetDef = {
    ...testDataset('poverty'),
    id: 'water',
    title: { th: 'น้ำประปา', en: 'Tap water' },
    asOf: '2026-03-31',
    period: { from: '2025-10-01', to: '2026-03-31' },
    indicator: {
      keys: { province: 'province_code', date: 'month' },
      measures: [
        {
          column: 'served',
          title: { th: 'ครัวเรือนที่มีน้ำประปา', en: 'Households served' },
          unit: { th: 'ร้อยละ', en: '%' },
          better: 'higher',
          aggregate: 'mean',
        },
      ],
    },
  };

  function waterStore(): AppStore {
    const store = createAppStore();
    setDatasets(store, [water]);
    setEngineStatus(store, 'loading');
    store.update((s) => ({ ...s, url: { ...s.url, layers: ['water'] } }));
    return store;
  }

  it('says loading for its series and ranking until they answer', () => {
    const markup = render(waterStore());
    expect(count(markup, '>กำลังโหลดข้อมูล…</p>')).toBe(2);
    expect(markup).toContain('data-chart="time-series"');
    expect(markup).toContain('data-chart="ranking"');
  });

  it('names its period when the dates miss it', () => {
    const store = waterStore();
    const none = tableFromJSON([{ x: 0 }]).slice(0, 0);
    const keys = indicatorKeys('water');
    for (const key of [keys.byProvince, keys.kpi, keys.national, keys.cardRegion, keys.series]) {
      setResult(store, key, none);
    }
    setEngineStatus(store, 'ready');
    setDateFilter(store, '2023-01-01', '2023-01-31');
    const markup = render(store);
    expect(
      count(
        markup,
        'ไม่มีข้อมูลในช่วง 1 ม.ค. 2566 – 31 ม.ค. 2566: ชุดข้อมูลนี้ครอบคลุม 1 ต.ค. 2568 – 31 มี.ค. 2569',
      ),
    ).toBe(2);
    expect(markup).not.toContain('role="status"');
  });
});
