import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url/url-state';
import type { LegendModel } from '../../state/models/view-models';
import {
  briefingFileName,
  dateRangeText,
  exportedOnText,
  pageSubtitle,
  pageTitle,
  provinceWords,
  shortLink,
  sourceLines,
  type TextState,
} from './page-text';
import { effectiveFormat } from './run-export';

function legend(title: string, extra: Partial<LegendModel> = {}): LegendModel {
  return {
    layerId: 'vaccination',
    title,
    unit: '%',
    classes: [],
    notes: [],
    source: 'กรมควบคุมโรค',
    licence: 'CC0-1.0',
    asOf: '2021-11-28',
    demo: true,
    ...extra,
  };
}

function state(url: Partial<UrlState>, lang: 'th' | 'en' = 'th', cursor: string | null = null) {
  return { url: { ...DEFAULT_URL_STATE, ...url, lang }, lang, cursor } satisfies TextState;
}

describe('briefing page text', () => {
  it('titles the page with the focused layer and the area, or the scene title', () => {
    const legends = [legend('เรื่องร้องเรียน'), legend('วัคซีน')];
    expect(pageTitle(state({}), legends)).toBe('วัคซีน — ทั้งประเทศ');
    expect(pageTitle(state({ province: 30 }), legends)).toBe('วัคซีน — นครราชสีมา');
    expect(pageTitle(state({ region: 'northeast' }, 'en'), legends)).toBe(
      'วัคซีน — Northeastern region',
    );
    expect(pageTitle(state({}), legends, 'สงกรานต์ 2568')).toBe('สงกรานต์ 2568');
  });

  it('says the filters in words: layers, area, Buddhist-era dates, cursor, province filter', () => {
    const legends = [legend('อุบัติเหตุทางถนน'), legend('เรื่องร้องเรียน')];
    expect(
      pageSubtitle(
        state({ region: 'northeast', from: '2025-04-11', to: '2025-04-17' }, 'th', '2025-04-13'),
        legends,
      ),
    ).toBe(
      'อุบัติเหตุทางถนน + เรื่องร้องเรียน · ภาคตะวันออกเฉียงเหนือ · 11 เม.ย. 2568 – 17 เม.ย. 2568 · ณ วันที่ 13 เม.ย. 2568',
    );
    expect(pageSubtitle(state({ provinces: [10, 30, 40] }, 'en'), [legend('Vaccination')])).toBe(
      '3 filtered provinces · All dates',
    );
    expect(
      pageSubtitle(state({ provinces: [10, 30, 40], province: 30 }, 'en'), [legend('Vaccination')]),
    ).toBe('Nakhon Ratchasima · All dates · 3 provinces only');
  });

  it('writes open-ended and single-day ranges', () => {
    expect(dateRangeText('2025-04-11', null, 'th')).toBe('11 เม.ย. 2568 – …');
    expect(dateRangeText('2025-04-11', '2025-04-11', 'en')).toBe('11 Apr 2025 (BE 2568)');
  });

  it('lists each source with its licence and Buddhist-era as-of date', () => {
    expect(sourceLines([legend('วัคซีน')], 'th')).toEqual([
      'วัคซีน: กรมควบคุมโรค · CC0-1.0 · ข้อมูล ณ 28 พ.ย. 2564',
    ]);
  });

  it('dates the export in Thai time (UTC+7), past midnight included', () => {
    expect(exportedOnText(new Date('2026-11-26T17:35:00Z'), 'th')).toBe(
      'จัดทำเมื่อ 27 พ.ย. 2569 เวลา 00:35 น.',
    );
    expect(exportedOnText(new Date('2026-11-26T03:05:00Z'), 'en')).toBe(
      'Made on 26 Nov 2026 (BE 2569), 10:05',
    );
  });

  it('names files in Thai and English, one name per province', () => {
    expect(
      briefingFileName({
        lang: 'th',
        layers: ['vaccination'],
        words: provinceWords(30),
        extension: 'png',
      }),
    ).toBe('war-room_briefing_vaccination_30_nakhon-ratchasima_นครราชสีมา.png');
    expect(
      briefingFileName({
        lang: 'en',
        layers: ['road_safety'],
        words: ['road-songkran-2025'],
        from: '2025-04-11',
        to: '2025-04-17',
        extension: 'pptx',
      }),
    ).toBe('war-room_briefing_road-safety_road-songkran-2025_2025-04-11_2025-04-17.pptx');
  });

  it('shortens long links in the middle and drops the scheme', () => {
    expect(shortLink('http://127.0.0.1:4173/?layers=poverty')).toBe(
      '127.0.0.1:4173/?layers=poverty',
    );
    const long = `https://warroom.example/${'x'.repeat(100)}?province=30`;
    const short = shortLink(long, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith('warroom.example/')).toBe(true);
    expect(short.endsWith('province=30')).toBe(true);
  });

  it('turns a one-image PNG batch into a ZIP', () => {
    expect(effectiveFormat('current', 'png')).toBe('png');
    expect(effectiveFormat('provinces', 'png')).toBe('zip');
    expect(effectiveFormat('scenes', 'pdf')).toBe('pdf');
  });
});
