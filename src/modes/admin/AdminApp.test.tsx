/**
 * Component tier: the data-pack builder in Chromium. A MOPH-shaped CSV is dropped in, checked
 * by the real ingest core, reported and packed with the shipped manifest; a file of another shape
 * shows the report's error with the download disabled and the file kept; a dataset that needs
 * the publish step says so and is not packed here.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { interact, one, render, texts } from '../../testing-dom/render';
import { loadProvinceOutlines } from '../../map/province-outlines';
import type { ManifestLoad } from './admin-check';
import { AdminApp } from './AdminApp';

const NOW = new Date('2026-12-07T10:00:00Z');

// The Mor Prom export as republished: BOM, unnamed index column, Thai and English names, a
// duplicate, a national total that is no province, Bangkok over 100 %.
const MOPH = [
  '\uFEFF,province,over_60_1st_dose,total_1st_dose,total_2nd_dose,total_3rd_dose,date',
  '0,กระบี่,41000,350000,310000,20000,2021-11-28T23:27',
  '1,Bangkok,1100000,8900000,7900000,960000,2021-11-28T23:27',
  '2,บึงกาฬ,30000,250000,200000,5000,2021-11-28T23:27',
  '3,บึงกาฬ,30000,250000,200000,5000,2021-11-28T23:27',
  '4,รวมทั้งประเทศ,1,2,3,4,2021-11-28T23:27',
].join('\n');

// The deployment's manifest: demo vaccination first, other datasets after it (kept as written).
const DEPLOYED = {
  version: 1,
  generatedAt: '2026-11-01T00:00:00Z',
  datasets: [
    { id: 'vaccination', demo: true, file: 'vaccination.parquet' },
    { id: 'road_safety', demo: true, file: 'road_safety.parquet', future: 'kept' },
    { id: 'drought', kind: 'indicator', file: 'drought.csv' },
  ],
  preview: { dataset: 'vaccination', file: 'vaccination-latest.json' },
};

const loadShipped = (): Promise<ManifestLoad> => Promise.resolve({ state: 'ok', json: DEPLOYED });
// The test page is not at the site's root: the outlines are fetched from the root, as served.
const outlines = () => loadProvinceOutlines('/geo/');

async function mount() {
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const { container } = await render(
    <AdminApp
      loadManifest={loadShipped}
      save={(name, bytes) => {
        saved.push({ name, bytes });
      }}
      now={() => NOW}
      loadOutlines={outlines}
    />,
  );
  return { container, saved };
}

const button = (root: HTMLElement, selector: string) => one(root, selector) as HTMLButtonElement;

async function drop(container: HTMLElement, name: string, text: string) {
  const file = new File([text], name, { type: 'text/csv' });
  await interact(() => userEvent.upload(one(container, 'input[type="file"]'), file));
  await expect.poll(() => texts(container, '.admin-file-name')).toContain(name);
}

describe('AdminApp', () => {
  it('checks a MOPH file, shows the report and the preview, and downloads the pack', async () => {
    const { container, saved } = await mount();
    expect(button(container, '.admin-download').disabled).toBe(true);
    await drop(container, 'vaccination_by_dose.csv', MOPH);
    await interact(() => userEvent.click(one(container, '.admin-check')));
    await expect
      .poll(() => container.querySelector('.admin-report')?.getAttribute('data-ok'))
      .toBe('true');
    const report = one(container, '.admin-report').textContent;
    expect(report).toContain('read 5 rows, 3 rows of data');
    expect(report).toContain('provinces matched: 3 of 77');
    expect(report).toContain('as of 2021-11-28');
    expect(texts(container, '[data-section="duplicates"] h4')).toEqual([
      'แถวซ้ำ (1)Duplicate rows (1)',
    ]);
    expect(one(container, '[data-section="unmatched"]').textContent).toContain('รวมทั้งประเทศ');
    expect(one(container, '[data-section="out-of-range"]').textContent).toContain('over 100 %');
    expect(texts(container, '[data-section="missing"] h4')).toEqual([
      'จังหวัดที่ไม่มีข้อมูล (74)Provinces with no data (74)',
    ]);
    // Largest dose-2 coverage first: Bangkok (7.9 M of 5,588,222 registered), then Krabi, Bueng Kan.
    expect(
      [...container.querySelectorAll<HTMLElement>('.admin-preview-table tbody tr')].map(
        (row) => row.dataset.code,
      ),
    ).toEqual(['10', '81', '38']);
    expect(texts(container, '.admin-preview-table tbody td.admin-number')).toEqual([
      '141.4',
      '64.9',
      '47.4',
    ]);
    // The map beside the table: the same three provinces filled, the other 74 "no data".
    await expect
      .poll(() => container.querySelectorAll('.preview-map-svg path[data-class="none"]').length)
      .toBe(74);
    expect(
      [
        ...container.querySelectorAll<SVGPathElement>(
          '.preview-map-svg path:not([data-class="none"])',
        ),
      ]
        .map((path) => path.dataset.code)
        .sort(),
    ).toEqual(['10', '38', '81']);

    const download = button(container, '.admin-download');
    expect(download.disabled).toBe(false);
    await interact(() => userEvent.click(download));
    expect(saved.map((s) => s.name)).toEqual(['war-room-data-vaccination-2026-12-07.zip']);
    const files = unzipSync(saved[0]?.bytes ?? new Uint8Array());
    expect(Object.keys(files)).toEqual([
      'manifest.json',
      'vaccination.csv',
      'vaccination-latest.json',
      'vaccination.report.json',
    ]);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as {
      datasets: { id: string; file: string; demo: boolean }[];
    };
    expect(manifest.datasets.slice(1)).toEqual(DEPLOYED.datasets.slice(1));
    expect(manifest.datasets[0]).toMatchObject({
      id: 'vaccination',
      file: 'vaccination.csv',
      demo: false,
    });
  });

  it('builds a new indicator from the mapping form and packs it', async () => {
    const { container } = await mount();
    await drop(
      container,
      'rice.csv',
      'จังหวัด,ปี,ตัน\nเชียงใหม่,2025-12-31,1200\nKrabi,2025-12-31,300\n',
    );
    await interact(() =>
      userEvent.selectOptions(one(container, 'select.admin-dataset'), '<indicator id>'),
    );
    const field = (label: string) => one(container, `[aria-label="${label}"]`);
    // Until the form is filled, it says what is missing and the check waits.
    expect(button(container, '.admin-check').disabled).toBe(true);
    await expect
      .poll(() => texts(container, `[aria-label="คอลัมน์จังหวัด · Province column"] option`))
      .toEqual(['— เลือก — · — choose —', 'จังหวัด', 'ปี', 'ตัน']);
    await interact(() =>
      userEvent.type(field('รหัสชุดข้อมูล (อังกฤษตัวเล็ก) · Dataset id (lower-case)'), 'rice_yield'),
    );
    await interact(() => userEvent.type(field('ชื่อชุดข้อมูล (ไทย) · Title (Thai)'), 'ผลผลิตข้าว'));
    await interact(() => userEvent.selectOptions(field('คอลัมน์จังหวัด · Province column'), 'จังหวัด'));
    await interact(() => userEvent.selectOptions(field('คอลัมน์วันที่ · Date column'), 'ปี'));
    await interact(() => userEvent.selectOptions(field('คอลัมน์ตัวเลข · Figure column'), 'ตัน'));
    await interact(() => userEvent.type(field('หน่วย (ไทย) · Unit (Thai)'), 'ตัน'));
    await interact(() => userEvent.type(field('แหล่งข้อมูล (ไทย) · Source (Thai)'), 'กรมการข้าว'));
    expect(container.querySelector('.admin-problems')).toBeNull();
    await interact(() => userEvent.click(one(container, '.admin-check')));
    await expect
      .poll(() => container.querySelector('.admin-report')?.getAttribute('data-ok'))
      .toBe('true');
    expect(texts(container, '.admin-preview-table tbody td.admin-number')).toEqual([
      '1,200',
      '300',
    ]);
    expect(button(container, '.admin-download').disabled).toBe(false);
    expect(texts(container, '.admin-pack-files li')).toEqual([
      'manifest.json',
      'rice_yield.csv',
      'rice_yield.report.json',
    ]);
  });

  it('shows the error of a file of another shape, keeps the file and disables the download', async () => {
    const { container } = await mount();
    await drop(container, 'other.csv', 'province,cases\nกระบี่,3\n');
    await interact(() => userEvent.click(one(container, '.admin-check')));
    await expect
      .poll(() => container.querySelector('.admin-report')?.getAttribute('data-ok'))
      .toBe('false');
    expect(one(container, '[data-section="errors"]').textContent).toContain(
      'columns found: other.csv [province, cases]',
    );
    expect(button(container, '.admin-download').disabled).toBe(true);
    expect(texts(container, '.admin-file-name')).toEqual(['other.csv']);
  });

  it("without the deployment's manifest, reports the files but offers no pack", async () => {
    const unreachable: ManifestLoad = {
      state: 'error',
      error: {
        th: 'อ่าน data/manifest.json ไม่ได้',
        en: 'could not read data/manifest.json (HTTP 404)',
      },
    };
    const { container } = await render(
      <AdminApp
        loadManifest={() => Promise.resolve(unreachable)}
        now={() => NOW}
        loadOutlines={outlines}
      />,
    );
    await drop(container, 'vaccination_by_dose.csv', MOPH);
    await interact(() => userEvent.click(one(container, '.admin-check')));
    await expect
      .poll(() => container.querySelector('.admin-report')?.getAttribute('data-ok'))
      .toBe('true');
    expect(texts(container, '.admin-pack-error')).toEqual([
      'อ่าน data/manifest.json ไม่ได้could not read data/manifest.json (HTTP 404)',
    ]);
    expect(button(container, '.admin-download').disabled).toBe(true);
  });

  it('sends households (personal data) to npm run ingest, saying why, and does not check them here', async () => {
    const { container } = await mount();
    await drop(container, 'survey.csv', 'lat,lon,members\n13.7,100.5,4\n');
    const select = one(container, 'select.admin-dataset') as HTMLSelectElement;
    await interact(() => userEvent.selectOptions(select, 'households'));
    const note = one(container, '[data-cli="households"]').textContent;
    expect(note).toContain('personal data: only totals of at least 10 records per group');
    expect(note).toContain('npm run ingest -- households <file…>');
    expect(button(container, '.admin-check').disabled).toBe(true);
  });

  it('packs a road-safety incident file only through npm run ingest', async () => {
    const { container } = await mount();
    const incidents = [
      'date,time,province,lat,lon,deaths,injuries,cause,vehicle',
      '2025-04-12,08:30,Krabi,8.05,98.91,1,2,speeding,motorcycle',
    ].join('\n');
    await drop(container, 'incidents.csv', incidents);
    const select = one(container, 'select.admin-dataset') as HTMLSelectElement;
    await interact(() => userEvent.selectOptions(select, 'road_safety'));
    await interact(() => userEvent.click(one(container, '.admin-check')));
    await expect
      .poll(() => container.querySelector('.admin-report')?.getAttribute('data-ok'))
      .toBe('true');
    expect(one(container, '.admin-pack-error').textContent).toContain(
      'road_safety must be ingested with npm run ingest',
    );
    expect(button(container, '.admin-download').disabled).toBe(true);
  });
});
