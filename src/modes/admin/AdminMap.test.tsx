/**
 * Component tier: the builder's preview map in Chromium. A MOPH-shaped CSV of twelve provinces is
 * checked by the real ingest core and drawn on the app's own geo/provinces.topo.json: every
 * province is a path, the twelve with a value are filled in five quantile classes, the rest are
 * "no data", and each path's tooltip names the province and its value.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { interact, one, render, texts } from '../../testing-dom/render';
import { loadProvinceOutlines } from '../../map/province-outlines';
import type { ManifestLoad } from './admin-check';
import { AdminApp } from './AdminApp';

const NOW = new Date('2026-12-07T10:00:00Z');

// Dose-2 counts rising with the row, Thai and English names mixed, a BOM and the unnamed index.
const PROVINCES = [
  'กระบี่',
  'Bangkok',
  'บึงกาฬ',
  'Chiang Mai',
  'ขอนแก่น',
  'Phuket',
  'นครราชสีมา',
  'Songkhla',
  'ลำปาง',
  'Nan',
  'ยะลา',
  'Trat',
];
const MOPH = [
  '\uFEFF,province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date',
  ...PROVINCES.map(
    (name, i) => `${i},${name},1000,2000000,${(i + 1) * 40000},1000,2021-11-28T23:27`,
  ),
].join('\n');

const manifest = (): Promise<ManifestLoad> =>
  Promise.resolve({ state: 'ok', json: { version: 1, datasets: [] } });

// The test page is not at the site's root: the outlines are fetched from the root, as served.
const outlines = () => loadProvinceOutlines('/geo/');

async function checkMoph() {
  const { container } = await render(
    <AdminApp loadManifest={manifest} loadOutlines={outlines} now={() => NOW} />,
  );
  const file = new File([MOPH], 'vaccination_by_dose.csv', { type: 'text/csv' });
  await interact(() => userEvent.upload(one(container, 'input[type="file"]'), file));
  await expect
    .poll(() => texts(container, '.admin-file-name'))
    .toEqual(['vaccination_by_dose.csv']);
  await interact(() => userEvent.click(one(container, '.admin-check')));
  await expect.poll(() => container.querySelectorAll('.preview-map-svg path').length).toBe(77);
  return container;
}

const classOf = (container: HTMLElement, code: number) =>
  one(container, `.preview-map-svg path[data-code="${code}"]`).dataset.class;

describe('AdminApp preview map', () => {
  it('draws the 77 provinces, the 12 with a value in 5 quantile classes, with a legend', async () => {
    const container = await checkMoph();
    const paths = [...container.querySelectorAll<SVGPathElement>('.preview-map-svg path')];
    expect(new Set(paths.map((p) => p.dataset.code)).size).toBe(77);
    expect(paths.filter((p) => p.dataset.class !== 'none')).toHaveLength(12);
    expect(paths.filter((p) => p.dataset.class === 'none')).toHaveLength(65);
    expect(paths.every((p) => p.getAttribute('d')?.startsWith('M'))).toBe(true);

    // Dose-2 coverage of the 12 (see the table): 1.4 8.4 | 9 10.6 11.1 | 22.4 28.4 |
    // 49.4 57.9 81.7 | 83.9 210; the breaks are the values at 12·i/5 rounded: 9, 22.4, 49.4, 83.9.
    expect(texts(container, '.preview-map-legend li')).toEqual([
      '1.4 – 9(2)',
      '9 – 22.4(3)',
      '22.4 – 49.4(2)',
      '49.4 – 83.9(3)',
      '83.9 – 210(2)',
      'ไม่มีข้อมูล · No data(65)',
    ]);
    expect(
      [...container.querySelectorAll('.preview-map-legend rect')].map((r) =>
        r.getAttribute('fill'),
      ),
    ).toEqual(['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725', '#484e5c']);
    // Bangkok lowest, Trat highest; a value on a break is in the class above it (Chiang Mai, Nan).
    expect([10, 50, 23, 55, 96].map((code) => classOf(container, code))).toEqual([
      '0',
      '1',
      '4',
      '4',
      'none',
    ]);
    const bangkok = one(container, '.preview-map-svg path[data-code="10"]');
    expect(bangkok.getAttribute('fill')).toBe('#440154');
    expect(bangkok.querySelector('title')?.textContent).toBe(
      'กรุงเทพมหานคร Bangkok: 1.4 ร้อยละของประชากร · % of population',
    );
    const narathiwat = one(container, '.preview-map-svg path[data-code="96"]');
    expect(narathiwat.getAttribute('fill')).toBe('#484e5c');
    expect(narathiwat.querySelector('title')?.textContent).toBe(
      'นราธิวาส Narathiwat: ไม่มีข้อมูล · No data',
    );
  });

  it('outlines the province under the pointer on top of its neighbours', async () => {
    const container = await checkMoph();
    const chiangMai = one(container, '.preview-map-svg path[data-code="50"]');
    expect(container.querySelector('.preview-map-hover')).toBeNull();
    await interact(() => userEvent.hover(chiangMai));
    const outline = one(container, '.preview-map-hover');
    expect(outline.getAttribute('d')).toBe(chiangMai.getAttribute('d'));
    // Drawn last, so no neighbour covers its stroke.
    expect(outline.parentElement?.lastElementChild).toBe(outline);
    await interact(() => userEvent.unhover(chiangMai));
    expect(container.querySelector('.preview-map-hover')).toBeNull();
  });

  it('says why the map is missing and keeps the table when the outlines do not load', async () => {
    const { container } = await render(
      <AdminApp
        loadManifest={manifest}
        loadOutlines={() => Promise.reject(new Error('geo/provinces.topo.json: HTTP 404'))}
        now={() => NOW}
      />,
    );
    const file = new File([MOPH], 'vaccination_by_dose.csv', { type: 'text/csv' });
    await interact(() => userEvent.upload(one(container, 'input[type="file"]'), file));
    await expect.poll(() => texts(container, '.admin-file-name')).toHaveLength(1);
    await interact(() => userEvent.click(one(container, '.admin-check')));
    await expect
      .poll(() => container.querySelectorAll('.admin-preview-table tbody tr').length)
      .toBe(12);
    expect(container.querySelector('.preview-map-svg')).toBeNull();
    expect(one(container, '.admin-map-error').textContent).toContain(
      'could not draw the preview map (geo/provinces.topo.json: HTTP 404)',
    );
  });
});
