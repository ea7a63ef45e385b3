/**
 * Component tier: the KPI tiles and the wall's KPI strip in Chromium, built from the state layer's
 * own tile models. The dashboard and wall journeys used to read these statuses off the whole app.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { WallKpis } from '../modes/wall/WallKpis';
import {
  loadingKpi,
  outOfPeriodKpi,
  vaccinationKpi,
  withLeftOutProvinces,
} from '../state/kpis/kpis';
import { interact, one, render, texts } from '../testing-dom/render';
import { KpiTiles } from './KpiTiles';

const coverage = new Map([
  [10, 82.5],
  [30, 64.0],
  [50, 71.0],
]);
const vaccination = vaccinationKpi(
  { coverageByCode: coverage, nationalPercent: 75.4, previousNationalPercent: 74.1 },
  'th',
);
const periodNote = 'ไม่มีข้อมูลในช่วง 1 ม.ค. 2030 – 7 ม.ค. 2030: ชุดข้อมูลนี้ครอบคลุม …';

describe('KpiTiles', () => {
  it('says a tile is loading (busy), never "no data", while its figures come', async () => {
    const { container } = await render(
      <KpiTiles scope="ทั้งประเทศ" tiles={[loadingKpi('vaccination', 'th')]} />,
    );
    const tile = one(container, '[data-kpi="vaccination"]');
    expect(tile.dataset.status).toBe('loading');
    expect(tile.getAttribute('aria-busy')).toBe('true');
    expect(one(tile, '.kpi-value').textContent).toBe('กำลังโหลด…');
    expect(tile.textContent).not.toContain('ไม่มีข้อมูล');
  });

  it('shows the figure, its change and the provinces past the target once loaded', async () => {
    const { container } = await render(<KpiTiles scope="ทั้งประเทศ" tiles={[vaccination]} />);
    const tile = one(container, '[data-kpi="vaccination"]');
    expect(tile.dataset.status).toBe('value');
    expect(tile.getAttribute('aria-busy')).toBe('false');
    expect(texts(tile, '.kpi-value, .kpi-change, .kpi-alert')).toEqual([
      vaccination.valueText,
      vaccination.changeText,
      vaccination.alertText,
    ]);
    expect(one(tile, '.kpi-change').classList.contains('kpi-up')).toBe(true);
    expect(one(tile, '.kpi-alert').classList.contains('kpi-alert-on')).toBe(true);
  });

  it('replaces the figure with the period note when the dates miss the data', async () => {
    const tile = outOfPeriodKpi(vaccination, periodNote, 'th', false);
    const { container } = await render(<KpiTiles scope="ทั้งประเทศ" tiles={[tile]} />);
    const li = one(container, '[data-kpi="vaccination"]');
    expect(li.dataset.status).toBe('outOfPeriod');
    expect(one(li, '.kpi-period-note[role="note"]').textContent).toBe(periodNote);
    expect(li.querySelector('.kpi-change, .kpi-alert')).toBeNull();
    expect(one(li, '.kpi-value').textContent).not.toMatch(/\d/);
  });

  it('marks a figure that leaves provinces out, and focuses the dataset on a click', async () => {
    const focused: string[] = [];
    const { container } = await render(
      <KpiTiles
        scope="ทั้งประเทศ"
        tiles={[withLeftOutProvinces(vaccination, 3, 'th')]}
        onFocus={(id) => focused.push(id)}
      />,
    );
    expect(one(container, '.kpi-quality').textContent).toBe('ไม่รวม 3 จังหวัดข้อมูลผิดปกติ');
    await interact(() => userEvent.click(one(container, '[data-kpi="vaccination"] .kpi-button')));
    expect(focused).toEqual(['vaccination']);
  });
});

describe('WallKpis', () => {
  const ids = ['vaccination', 'poverty', 'road_safety', 'complaints', 'households', 'drought'];
  const tiles = ids.map((id) => loadingKpi(id, 'th', id));

  it('shows at most four tiles, the scene dataset always among them and highlighted', async () => {
    const { container } = await render(
      <WallKpis lang="th" scope="ทั้งประเทศ" tiles={tiles} focus="drought" />,
    );
    const shown = [...container.querySelectorAll<HTMLElement>('.wall-kpi')];
    expect(shown.map((li) => li.dataset.kpi)).toEqual([
      'vaccination',
      'poverty',
      'road_safety',
      'drought',
    ]);
    expect(texts(container, '.wall-kpi-focus .wall-kpi-label')).toEqual(['drought']);
  });

  it('says loading, then the figure, then the period note as the models change', async () => {
    const view = await render(
      <WallKpis
        lang="th"
        scope="ทั้งประเทศ"
        tiles={[loadingKpi('vaccination', 'th')]}
        focus="vaccination"
      />,
    );
    const status = () => one(view.container, '[data-kpi="vaccination"]').dataset.status;
    expect(status()).toBe('loading');
    expect(texts(view.container, '.wall-kpi-value')).toEqual(['กำลังโหลด…']);
    await view.rerender(
      <WallKpis lang="th" scope="ทั้งประเทศ" tiles={[vaccination]} focus="vaccination" />,
    );
    expect(status()).toBe('value');
    // The alert is a count in a few words; the ticker reads out the rule and the provinces.
    expect(texts(view.container, '.wall-kpi-alert')).toEqual(['จังหวัดที่ต้องเฝ้าระวัง 1']);
    const out = outOfPeriodKpi(vaccination, periodNote, 'th', false);
    await view.rerender(<WallKpis lang="th" scope="ทั้งประเทศ" tiles={[out]} focus="vaccination" />);
    expect(status()).toBe('outOfPeriod');
    expect(texts(view.container, '.wall-kpi-note')).toEqual([periodNote]);
  });
});
