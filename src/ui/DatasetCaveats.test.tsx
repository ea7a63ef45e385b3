/**
 * Component tier: a dataset ingested from published files (issue 15) in the legend and on the
 * province card, in Chromium. The legend shows each caveat as a short "⚠" line with the whole text
 * in its title and behind "อ่านทั้งหมด", where the files came from and their hashes, and no demo
 * label; the card lists the caveats that concern the province. Text from the manifest stays text.
 */
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ProvinceCardModel } from '../state/card/province-card';
import type { LegendModel } from '../state/models/view-models';
import { caveatLines } from '../state/quality/dataset-caveats';
import { testDataset } from '../data/testing/fixtures';
import { PAYLOADS, watchInjection } from '../testing-dom/payloads';
import { interact, one, render, texts } from '../testing-dom/render';
import { LegendView } from './LegendView';
import { ProvinceCard } from './ProvinceCard';

const MISSING = 'ไม่มีข้อมูลของ 8 จังหวัด: กระบี่, ตาก, น่าน, แพร่, เลย, ยะลา, สตูล, ตราด';
const OVER = `กรุงเทพมหานคร: ความครอบคลุมเกินร้อยละ 100 — นับการฉีดตามสถานที่ฉีด ${PAYLOADS.img}`;

const def = {
  ...testDataset('vaccination'),
  demo: false,
  caveats: [
    { th: OVER, en: OVER },
    { th: MISSING, en: MISSING },
  ],
};

const legend: LegendModel = {
  layerId: 'vaccination',
  title: 'ความครอบคลุมวัคซีนเข็มที่ 2',
  unit: 'ร้อยละของประชากร',
  classes: [{ label: '< 60', colour: [68, 1, 84] }],
  notes: [],
  source: 'กระทรวงสาธารณสุข',
  licence: 'Open Government Licence (Thailand)',
  asOf: '2022-03-05',
  demo: false,
  caveats: caveatLines(def, 'th'),
  provenance: 'นำเข้าเมื่อ 8 ธ.ค. 2569 จาก 2 ไฟล์ (moph-2022-03-05.csv, moph-2021-11-28.csv)',
  hashes: 'SHA-256 0123456789ab (moph-2022-03-05.csv), fedcba987654 (moph-2021-11-28.csv)',
};

describe('an ingested dataset in the legend', () => {
  it('shows short caveat lines, the whole text behind them, provenance and no demo label', async () => {
    const probe = watchInjection();
    const { container } = await render(<LegendView model={legend} lang="th" />);
    const shown = one(container, '.legend[data-layer="vaccination"]');
    expect(texts(shown, '.dataset-caveat')).toEqual([
      `⚠ ${OVER}`,
      '⚠ ไม่มีข้อมูลของ 8 จังหวัด: กระบี่, ตาก, น่าน และอีก 5',
    ]);
    const lines = [...shown.querySelectorAll<HTMLElement>('.dataset-caveat')];
    expect(lines.map((line) => line.title)).toEqual([OVER, MISSING]);
    const expander = one(shown, 'details.dataset-caveats-full');
    expect(expander.hasAttribute('open')).toBe(false);
    await interact(() => userEvent.click(one(expander, 'summary')));
    expect(expander.hasAttribute('open')).toBe(true);
    expect(texts(expander, 'li')).toEqual([OVER, MISSING]);
    expect(texts(shown, '.dataset-provenance')).toEqual([legend.provenance]);
    expect(texts(shown, '.dataset-hashes')).toEqual([legend.hashes]);
    expect(shown.querySelector('.demo-badge')).toBeNull();
    // The payload in the caveat is shown as the text it is.
    expect(probe.stop()).toEqual([]);
    expect(shown.querySelector('img')).toBeNull();
  });

  it('has no expander when no caveat was cut, and no caveat block without caveats', async () => {
    const short = { ...legend, caveats: [{ short: 'ข้อมูลมีวันเดียว', full: 'ข้อมูลมีวันเดียว' }] };
    const { container } = await render(<LegendView model={short} lang="en" />);
    expect(texts(container, '.dataset-caveat')).toEqual(['⚠ ข้อมูลมีวันเดียว']);
    expect(one(container, '.dataset-caveats').getAttribute('aria-label')).toBe('Caveats');
    expect(container.querySelector('details')).toBeNull();
    const { container: plain } = await render(
      <LegendView model={{ ...legend, caveats: [], provenance: null }} lang="th" />,
    );
    expect(plain.querySelector('.dataset-caveats')).toBeNull();
    expect(plain.querySelector('.dataset-provenance')).toBeNull();
  });
});

describe('an ingested dataset on the province card', () => {
  it('lists the caveats that concern the province, whole, as text', async () => {
    const probe = watchInjection();
    const model: ProvinceCardModel = {
      code: 10,
      nameTh: 'กรุงเทพมหานคร',
      nameEn: 'Bangkok',
      regionName: 'ภาคกลาง',
      rows: [],
      trends: [],
      qualityNotes: [],
      caveats: [{ id: 'vaccination', label: 'วัคซีนโควิด-19', text: OVER }],
    };
    const { container } = await render(
      <ProvinceCard lang="th" model={model} onClose={() => undefined} />,
    );
    const card = one(container, '.province-card[data-code="10"]');
    expect(texts(card, '.province-card-caveats li')).toEqual([`⚠ วัคซีนโควิด-19: ${OVER}`]);
    expect(one(card, '.province-card-caveats li').dataset.dataset).toBe('vaccination');
    expect(probe.stop()).toEqual([]);
    expect(card.querySelector('img')).toBeNull();
  });

  it('puts a flag of a sentence on a row of its own, a short one beside the value', async () => {
    const row = (id: 'vaccination' | 'poverty', text: string) => ({
      id,
      label: id,
      valueText: '158.3 %',
      nationalText: '75.3 %',
      regionText: '98.4 %',
      rankText: '1/77',
      asOf: '2022-03-05',
      flag: { kind: 'caveat' as const, reason: 'over_population' as const, text },
    });
    const model: ProvinceCardModel = {
      code: 10,
      nameTh: 'กรุงเทพมหานคร',
      nameEn: 'Bangkok',
      regionName: 'ภาคกลาง',
      rows: [row('vaccination', OVER), row('poverty', 'เกินร้อยละ 100')],
      trends: [],
      qualityNotes: [],
      caveats: [],
    };
    const { container } = await render(
      <ProvinceCard lang="th" model={model} onClose={() => undefined} />,
    );
    const long = one(container, 'tr.province-card-flag-row[data-dataset="vaccination"]');
    expect(one(long, 'td').getAttribute('colspan')).toBe('5');
    expect(texts(long, '.province-card-flag')).toEqual([OVER]);
    const vaccination = one(container, 'tr[data-dataset="vaccination"] .province-card-value');
    expect(vaccination.textContent).toBe('158.3 %');
    const poverty = one(container, 'tr[data-dataset="poverty"] .province-card-value');
    expect(texts(poverty, '.province-card-flag')).toEqual(['เกินร้อยละ 100']);
    expect(container.querySelector('tr.province-card-flag-row[data-dataset="poverty"]')).toBeNull();
  });

  it('shows no caveat list when the province has none', async () => {
    const model: ProvinceCardModel = {
      code: 50,
      nameTh: 'เชียงใหม่',
      nameEn: 'Chiang Mai',
      regionName: 'ภาคเหนือ',
      rows: [],
      trends: [],
      qualityNotes: [],
      caveats: [],
    };
    const { container } = await render(
      <ProvinceCard lang="th" model={model} onClose={() => undefined} />,
    );
    expect(container.querySelector('.province-card-caveats')).toBeNull();
  });
});
