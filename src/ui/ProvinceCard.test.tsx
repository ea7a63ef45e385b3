/**
 * Component tier: the province card in Chromium. Its rows (one per dataset, an indicator's row
 * named by its measure), the flag on a value left out, the quality notes and the trend table are
 * read from the DOM, and its ✕ button clears the store's selection through the dashboard's own
 * action, as a click on the page would.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { selectProvince } from '../state/app/actions';
import { createAppStore, type AppStore } from '../state/app/app-state';
import type { ProvinceCardModel } from '../state/card/province-card';
import { useStore } from '../state/app/store';
import { inAct, interact, one, render, texts } from '../testing-dom/render';
import { ProvinceCard } from './ProvinceCard';
import { useDashboardActions } from './use-dashboard-actions';

const KORAT: ProvinceCardModel = {
  code: 30,
  nameTh: 'นครราชสีมา',
  nameEn: 'Nakhon Ratchasima',
  regionName: 'ภาคตะวันออกเฉียงเหนือ',
  rows: [
    {
      id: 'vaccination',
      label: 'วัคซีนเข็มที่ 2',
      valueText: '71.2 %',
      regionText: '68.0 %',
      nationalText: '75.4 %',
      rankText: '41/77',
      asOf: '2024-01-21',
      flag: null,
    },
    {
      id: 'poverty',
      label: 'ครัวเรือนเป้าหมาย',
      valueText: 'ไม่แสดง',
      regionText: '1,234',
      nationalText: '9,876',
      rankText: '–',
      asOf: '2024-01-21',
      flag: { kind: 'caveat', reason: 'over_population', text: 'ข้อมูลผิดปกติ' },
    },
    {
      id: 'drought',
      label: 'หมู่บ้านประสบภัยแล้ง',
      valueText: '120',
      regionText: '1,500',
      nationalText: '4,000',
      rankText: '3/77',
      asOf: '2026-03-31',
      flag: null,
    },
  ],
  trends: [
    {
      id: 'vaccination',
      label: 'วัคซีนเข็มที่ 2',
      values: [60, 65, 71.2],
      to: '2024-01-21',
      previousTo: '2024-01-14',
      latestText: '71.2 %',
      change: 6.2,
      changeText: '6.2 จุด',
    },
    {
      // Real snapshots may be months apart: the change says from when.
      id: 'complaints',
      label: 'เรื่องร้องเรียนที่รับ',
      values: [40, 31],
      to: '2022-03-05',
      previousTo: '2021-11-28',
      latestText: '31',
      change: -9,
      changeText: '−9',
    },
  ],
  qualityNotes: [{ id: 'poverty', label: 'ครัวเรือนเป้าหมาย', text: 'ตัด 1 แถว' }],
};

function ConnectedCard({ store }: { store: AppStore }) {
  const province = useStore(store, (s) => s.url.province);
  const actions = useDashboardActions(store);
  if (province === null) return null;
  return (
    <ProvinceCard
      lang="th"
      model={{ ...KORAT, code: province }}
      onClose={() => {
        actions.selectProvince(null);
      }}
    />
  );
}

describe('ProvinceCard', () => {
  it('lists one row per dataset with the province, region, nation and rank', async () => {
    const store = createAppStore();
    selectProvince(store, 30);
    const { container } = await render(<ConnectedCard store={store} />);
    const card = one(container, '.province-card[data-code="30"]');
    expect(texts(card, 'h2')).toEqual(['นครราชสีมา']);
    const rows = [...card.querySelectorAll<HTMLElement>('.province-card-table tbody tr')];
    expect(rows.map((row) => row.dataset.dataset)).toEqual(['vaccination', 'poverty', 'drought']);
    expect(texts(rows[2] ?? card, 'td')).toEqual(['120', '1,500', '4,000', '3/77']);
    expect(one(rows[2] ?? card, 'th').textContent).toMatch(/^หมู่บ้านประสบภัยแล้งข้อมูล ณ 31 มี\.ค\. 2569/);
    const flagged = one(card, '[data-dataset="poverty"] .province-card-value');
    expect(flagged.dataset.flag).toBe('caveat');
    expect(texts(flagged, '.province-card-flag')).toEqual(['ข้อมูลผิดปกติ']);
    expect(texts(card, '.province-card-quality li')).toEqual(['ครัวเรือนเป้าหมาย: ตัด 1 แถว']);
    const trend = one(card, '.province-trend-table [data-dataset="vaccination"]');
    expect(one(trend, '.province-trend-change').dataset.direction).toBe('up');
    expect(one(trend, '.province-trend-change').textContent).toBe('▲ 6.2 จุด');
    expect(texts(trend, '.province-trend-since')).toEqual(['เทียบกับสัปดาห์ก่อน']);
    const sparse = one(card, '.province-trend-table [data-dataset="complaints"]');
    expect(texts(sparse, '.province-trend-since')).toEqual(['เทียบกับ 28 พ.ย. 2564']);
    expect(texts(card, '.province-trend-table thead th')).toEqual(['', '', 'ล่าสุด', 'เปลี่ยนแปลง']);
  });

  it('follows the selection, and its ✕ button clears it in the store', async () => {
    const store = createAppStore();
    selectProvince(store, 30);
    const { container } = await render(<ConnectedCard store={store} />);
    await inAct(() => {
      selectProvince(store, 50);
    });
    expect(one(container, '.province-card').dataset.code).toBe('50');
    await interact(() => userEvent.click(one(container, '.province-card-header button')));
    expect(store.getState().url.province).toBeNull();
    expect(container.querySelector('.province-card')).toBeNull();
  });
});
