/**
 * Component tier: the size key of a proportional-symbol layer in its legend, in Chromium. Its
 * circles have the radii the map draws their values at on this screen (the same screen scale) and
 * are labelled with the values, under a caption naming the unit, Thai first.
 */
import { describe, expect, it } from 'vitest';
import { buildSizeKey, screenScaleOf, symbolRadiusPx } from '../state/layers/symbol-size';
import type { LegendModel } from '../state/models/view-models';
import { one, render, texts } from '../testing-dom/render';
import { LegendView } from './LegendView';

const legend: LegendModel = {
  layerId: 'complaints',
  title: 'เรื่องร้องเรียน ศูนย์ดำรงธรรม',
  unit: 'เรื่องค้าง (ขนาด) และสัดส่วนเกินกำหนด (สี)',
  classes: [{ label: '< 55', colour: [63, 0, 125] }],
  notes: [],
  source: 'ชุดข้อมูลสาธิต',
  licence: 'CC0-1.0',
  asOf: '2025-12-31',
  demo: true,
  sizeKey: buildSizeKey(84, { th: 'เรื่อง', en: 'cases' }, 'th'),
};

describe('the size key in a legend', () => {
  it('draws circles at the map’s radii for this screen, labelled with values and the unit', async () => {
    const { container } = await render(<LegendView model={legend} lang="th" />);
    const key = one(container, '.legend [data-size-key]');
    expect(texts(key, 'figcaption')).toEqual(['ขนาดวงกลม (เรื่อง · cases)']);
    expect(texts(key, 'li span')).toEqual(['80', '20', '6']);
    const scale = screenScaleOf(window.innerHeight);
    const radii = [...key.querySelectorAll('circle')].map((c) => Number(c.getAttribute('r')));
    expect(radii).toEqual([80, 20, 6].map((value) => symbolRadiusPx(value, 84) * scale));
    // Bottom-aligned: every circle touches the bottom of a box as tall as the largest.
    const bottoms = [...key.querySelectorAll('circle')].map((c) => {
      const box = c.getBoundingClientRect();
      return Math.round(box.bottom);
    });
    expect(new Set(bottoms).size).toBe(1);
  });

  it('is absent from legends without proportional symbols', async () => {
    const { container } = await render(
      <LegendView model={{ ...legend, sizeKey: null }} lang="th" />,
    );
    expect(container.querySelector('[data-size-key]')).toBeNull();
  });
});
