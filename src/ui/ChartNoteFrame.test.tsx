/**
 * Component tier: a chart panel's note in Chromium, from the state layer's own chart notes. While
 * the engine loads, the ranking panel says "loading" as a busy status in the chart's place (its
 * height kept); with road-safety dates before the data's period it names both ranges instead of a
 * chart of zeros. The wall and dashboard journeys read these on the whole app.
 */
import { describe, expect, it } from 'vitest';
import { testDataset } from '../data/testing/fixtures';
import '../datasets';
import { setDatasets, setDateRange, setEngineStatus, setLayerOrder } from '../state/app/actions';
import { createAppStore } from '../state/app/app-state';
import { chartNotes } from '../state/charts/chart-notes';
import { one, render } from '../testing-dom/render';
import { ChartNoteFrame } from './ChartNoteFrame';

function roadSafetyStore() {
  const store = createAppStore();
  setDatasets(
    store,
    ['vaccination', 'road_safety'].map((id) => testDataset(id)),
  );
  setLayerOrder(store, ['road_safety']);
  return store;
}

describe('ChartNoteFrame', () => {
  it('says "loading" as a busy status in the chart’s place, keeping its height', async () => {
    const store = roadSafetyStore();
    setEngineStatus(store, 'loading');
    const note = chartNotes(store.getState()).ranking;
    if (!note) throw new Error('no ranking note while loading');
    const { container } = await render(
      <ChartNoteFrame kind="ranking" lang="th" title="อันดับ" note={note} height={240} />,
    );
    const frame = one(container, '[data-chart="ranking"]');
    expect(frame.dataset.note).toBe('loading');
    expect(frame.getAttribute('aria-busy')).toBe('true');
    const status = one(frame, '.chart-body [role="status"]');
    expect(status.textContent).toBe('กำลังโหลดข้อมูล…');
    expect(status.getBoundingClientRect().height).toBeGreaterThanOrEqual(240);
  });

  it('names the range and the data’s period in place of a chart of zeros', async () => {
    const store = roadSafetyStore();
    setEngineStatus(store, 'ready');
    setDateRange(store, { from: '1990-01-01', to: '1990-01-31' });
    const note = chartNotes(store.getState()).breakdown;
    if (!note) throw new Error('no breakdown note out of the period');
    const { container } = await render(
      <ChartNoteFrame kind="breakdown" lang="th" title="สาเหตุ" note={note} height={200} />,
    );
    const frame = one(container, '[data-chart="breakdown"]');
    expect(frame.dataset.note).toBe('note');
    expect(frame.getAttribute('aria-busy')).toBeNull();
    expect(one(frame, '.chart-body .chart-note-instead').textContent).toMatch(
      /^ไม่มีข้อมูลในช่วง 1 ม\.ค\. 2533 – 31 ม\.ค\. 2533: ชุดข้อมูลนี้ครอบคลุม .* · No data for /,
    );
  });
});
