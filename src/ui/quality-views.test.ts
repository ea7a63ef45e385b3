import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initialAppState, type AppState } from '../state/app/app-state';
import type { ProvinceFlag } from '../state/quality/data-quality';
import type { ChoroplethLayerModel } from '../state/layers/layer-models';
import type { ProvinceCardModel } from '../state/card/province-card';
import { createStore } from '../state/app/store';
import type { LayerView } from '../state/models/view-model-selectors';
import type { LegendModel } from '../state/models/view-models';
import { HoverTooltip } from './HoverTooltip';
import { LegendView } from './LegendView';
import { ProvinceCard } from './ProvinceCard';

const NOTE = 'คุณภาพข้อมูล: ตัด 3 แถว (รหัสจังหวัดไม่รู้จัก 2, ซ้ำ 1); 1 จังหวัดเกิน 100 %';
const NEGATIVE: ProvinceFlag = {
  kind: 'anomaly',
  reason: 'negative',
  text: 'จำนวนติดลบ — ไม่นับรวมในตัวเลขระดับประเทศและภาค ตรวจสอบแฟ้มต้นทาง',
};
const OVER: ProvinceFlag = {
  kind: 'caveat',
  reason: 'over_population',
  text: 'เกิน 100 %: นับวัคซีนตามสถานที่ฉีด แต่นับประชากรตามทะเบียนบ้าน',
};

const legend: LegendModel = {
  layerId: 'vaccination',
  title: 'ความครอบคลุมวัคซีน',
  unit: 'ร้อยละของประชากร',
  classes: [{ colour: [68, 1, 84], label: '< 56' }],
  notes: [],
  source: 'แหล่งทดสอบ',
  licence: 'CC0-1.0',
  asOf: '2024-01-14',
  demo: false,
  qualityNote: NOTE,
};

describe('LegendView', () => {
  it('shows the data-quality note as text', () => {
    const markup = renderToStaticMarkup(createElement(LegendView, { model: legend, lang: 'th' }));
    expect(markup).toContain(`data-quality-note="true">${NOTE}</p>`);
  });

  it('shows no note when the data has no problem', () => {
    const clean = { ...legend, qualityNote: null };
    const markup = renderToStaticMarkup(createElement(LegendView, { model: clean, lang: 'th' }));
    expect(markup).not.toContain('data-quality-note');
    expect(markup).not.toContain('คุณภาพข้อมูล');
  });
});

describe('ProvinceCard', () => {
  const row = {
    id: 'vaccination' as const,
    label: 'ได้รับเข็มที่ 2',
    nationalText: '71.1 %',
    regionText: '60.0 %',
    rankText: '—',
    asOf: '2024-01-14',
  };
  const model: ProvinceCardModel = {
    code: 30,
    nameTh: 'นครราชสีมา',
    nameEn: 'Nakhon Ratchasima',
    regionName: 'ตะวันออกเฉียงเหนือ',
    rows: [{ ...row, valueText: 'ข้อมูลผิดปกติ', flag: NEGATIVE }],
    trends: [],
    qualityNotes: [{ id: 'vaccination', label: 'วัคซีนโควิด-19', text: NOTE }],
  };

  it('shows ข้อมูลผิดปกติ with its reason and the dataset note', () => {
    const markup = renderToStaticMarkup(
      createElement(ProvinceCard, { model, lang: 'th', onClose: () => undefined }),
    );
    // The reason is a sentence: it reads across the card on a row below the figures.
    expect(markup).toContain(`<td class="province-card-value" data-flag="anomaly">ข้อมูลผิดปกติ</td>`);
    expect(markup).toContain(
      `<tr class="province-card-flag-row" data-dataset="vaccination"><td colSpan="5"><span class="province-card-flag">${NEGATIVE.text}</span></td></tr>`,
    );
    expect(markup).toContain(`<li data-dataset="vaccination">วัคซีนโควิด-19: ${NOTE}</li>`);
    expect(markup).not.toContain('−19.0');
  });

  it('shows an over-100 % value with its caveat', () => {
    const bangkok = { ...model, rows: [{ ...row, valueText: '110.0 %', flag: OVER }] };
    const markup = renderToStaticMarkup(
      createElement(ProvinceCard, { model: bangkok, lang: 'th', onClose: () => undefined }),
    );
    expect(markup).toContain(`data-flag="caveat">110.0 %</td>`);
    expect(markup).toContain(
      `<td colSpan="5"><span class="province-card-flag">${OVER.text}</span></td>`,
    );
  });
});

describe('HoverTooltip', () => {
  const drawing = {
    kind: 'choropleth',
    id: 'vaccination',
    opacity: 1,
    choropleth: { colourByCode: new Map(), outlinedCodes: new Set() },
    valueByCode: new Map([[10, 110]]),
    decimals: 1,
    percent: true,
    flagByCode: new Map([
      [30, NEGATIVE],
      [10, OVER],
    ]),
    legend,
    bivariate: null,
  } satisfies ChoroplethLayerModel;
  const layers: LayerView[] = [
    { id: 'vaccination', drawing, legend, bivariate: null, answered: true },
  ];
  const tooltipOver = (code: number) => {
    const store = createStore<AppState>({ ...initialAppState(), hovered: { code, x: 0, y: 0 } });
    return renderToStaticMarkup(createElement(HoverTooltip, { store, lang: 'th', layers }));
  };

  it('names an impossible value and why, instead of a number', () => {
    const markup = tooltipOver(30);
    expect(markup).toContain('data-flag="anomaly">ข้อมูลผิดปกติ</p>');
    expect(markup).toContain(`<p class="tooltip-detail tooltip-flag">${NEGATIVE.text}</p>`);
    expect(markup).not.toContain('ไม่มีข้อมูล');
  });

  it('shows an over-100 % value with its caveat', () => {
    const markup = tooltipOver(10);
    expect(markup).toContain('data-flag="caveat">110.0 %</p>');
    expect(markup).toContain(OVER.text);
  });
});
