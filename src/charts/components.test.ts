import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BreakdownModel, RankingModel, TimeSeriesModel } from '../state/models/view-models';
import { BreakdownChart } from './BreakdownChart';
import { barGeometry, HorizontalBars } from './HorizontalBars';
import { RankingChart } from './RankingChart';
import { Sparkline } from './Sparkline';
import { TimeSeriesChart } from './TimeSeriesChart';

const ignore = () => undefined;

function count(markup: string, pattern: RegExp): number {
  return markup.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

describe('RankingChart markup', () => {
  const model: RankingModel = {
    title: 'ความครอบคลุมวัคซีน',
    unit: 'ร้อยละของประชากร',
    rows: Array.from({ length: 77 }, (_, index) => ({
      code: index === 0 ? 10 : 100 + index,
      label: index === 0 ? 'กรุงเทพมหานคร' : index === 40 ? 'บึงกาฬ' : `จังหวัด ${index}`,
      value: 90 - index / 2,
      valueText: `${90 - index / 2} %`,
    })),
    selectedCode: 140,
  };
  const markup = renderToStaticMarkup(
    createElement(RankingChart, {
      model,
      lang: 'th',
      height: 440,
      animate: false,
      onSelectProvince: ignore,
    }),
  );

  it('marks the root and renders the top 10, bottom 10 and the selected province as buttons', () => {
    expect(markup).toContain('data-chart="ranking"');
    expect(count(markup, /<button [^>]*data-code="/)).toBe(21);
    expect(markup).toContain('data-code="10"');
    expect(markup).toContain('กรุงเทพมหานคร');
    expect(markup).toContain('อีก 30 จังหวัด');
    expect(markup).toContain('อีก 26 จังหวัด');
  });

  it('highlights only the selected province', () => {
    expect(count(markup, /aria-pressed="true"/)).toBe(1);
    expect(markup).toMatch(
      /aria-pressed="true" data-code="140"><span[^>]*><span class="bars-prefix">41<\/span>บึงกาฬ/,
    );
  });

  it('renders names from data as text, never as HTML', () => {
    const hostile = renderToStaticMarkup(
      createElement(RankingChart, {
        model: { ...model, rows: [{ code: 1, label: '<img src=x>', value: 1, valueText: '1' }] },
        lang: 'en',
        height: 100,
        animate: false,
        onSelectProvince: ignore,
      }),
    );
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x&gt;');
  });
});

describe('BreakdownChart markup', () => {
  const model: BreakdownModel = {
    title: 'ความยากจนแยกตามมิติ',
    unit: 'คน',
    rows: [
      { key: 'health', label: 'สุขภาพ', value: 10, valueText: '10 คน' },
      { key: 'income', label: 'รายได้', value: 30, valueText: '30 คน' },
    ],
  };

  it('labels every bar with its key and makes bars buttons only when they can be chosen', () => {
    const passive = renderToStaticMarkup(
      createElement(BreakdownChart, { model, lang: 'th', height: 120, animate: false }),
    );
    expect(passive).toContain('data-chart="breakdown"');
    expect(passive).toContain('data-key="health"');
    expect(passive).toContain('data-key="income"');
    expect(passive).not.toContain('<button');
    const active = renderToStaticMarkup(
      createElement(BreakdownChart, {
        model,
        lang: 'th',
        height: 120,
        animate: false,
        onSelectKey: ignore,
      }),
    );
    expect(count(active, /<button [^>]*data-key="/)).toBe(2);
  });

  it('shows a switch between breakdowns, the chosen one pressed, when the model offers several', () => {
    const options = [
      { key: 'cause', label: 'สาเหตุ', selected: false },
      { key: 'vehicle', label: 'ยานพาหนะ', selected: true },
    ];
    const withSwitch = renderToStaticMarkup(
      createElement(BreakdownChart, {
        model: { ...model, options },
        lang: 'th',
        height: 120,
        animate: false,
        onSelectOption: ignore,
      }),
    );
    expect(withSwitch).toContain('role="group" aria-label="จำแนกตาม"');
    expect(withSwitch).toMatch(/aria-pressed="false" data-breakdown="cause">สาเหตุ</);
    expect(withSwitch).toMatch(/aria-pressed="true" data-breakdown="vehicle">ยานพาหนะ</);
    // Without a handler, or with a single option, there is nothing to switch.
    const withoutHandler = renderToStaticMarkup(
      createElement(BreakdownChart, {
        model: { ...model, options },
        lang: 'th',
        height: 120,
        animate: false,
      }),
    );
    expect(withoutHandler).not.toContain('data-breakdown');
    const single = renderToStaticMarkup(
      createElement(BreakdownChart, {
        model: { ...model, options: options.slice(0, 1) },
        lang: 'th',
        height: 120,
        animate: false,
        onSelectOption: ignore,
      }),
    );
    expect(single).not.toContain('data-breakdown');
  });

  it('says when there is nothing to show', () => {
    const empty = renderToStaticMarkup(
      createElement(BreakdownChart, {
        model: { ...model, rows: [] },
        lang: 'en',
        height: 120,
        animate: false,
      }),
    );
    expect(empty).toContain('No data');
  });
});

describe('TimeSeriesChart markup', () => {
  const model: TimeSeriesModel = {
    title: 'ความครอบคลุมวัคซีน',
    unit: 'ร้อยละของประชากร',
    dates: ['2024-12-29', '2025-01-05', '2025-01-12', '2025-01-19'],
    lines: [{ id: 'dose2', label: 'เข็มที่ 2', colour: '#5ec962', values: [1, null, 3, 4] }],
    range: null,
    cursor: null,
  };
  const render = (changes: Partial<TimeSeriesModel>, lang: 'th' | 'en' = 'th') =>
    renderToStaticMarkup(
      createElement(TimeSeriesChart, {
        model: { ...model, ...changes },
        lang,
        height: 300,
        animate: false,
        onRangeChange: ignore,
      }),
    );

  it('shows the whole period in Buddhist-era dates and no "show all" without a range', () => {
    const markup = render({});
    expect(markup).toContain('data-chart="time-series"');
    expect(markup).toContain('29 ธ.ค. 2567 – 19 ม.ค. 2568');
    expect(markup).not.toContain('แสดงทั้งช่วง');
  });

  it('shows the range from the model and offers to clear it', () => {
    const markup = render({ range: { from: '2025-01-05', to: '2025-01-12' } }, 'en');
    expect(markup).toContain('Selected range: 5 Jan 2025 (BE 2568) – 12 Jan 2025 (BE 2568)');
    expect(markup).toContain('Show all');
  });

  it('says when there is nothing to show', () => {
    expect(render({ dates: [], lines: [] })).toContain('ไม่มีข้อมูล');
  });
});

describe('Sparkline markup', () => {
  it('is an SVG image with its description, a path and a dot on the latest value', () => {
    const markup = renderToStaticMarkup(
      createElement(Sparkline, {
        values: [1, 3, 2],
        width: 84,
        height: 24,
        label: 'อุบัติเหตุ <b>',
      }),
    );
    expect(markup).toContain('<svg class="sparkline"');
    expect(markup).toContain('role="img"');
    expect(markup).toContain('data-points="3"');
    expect(markup).toContain('aria-label="อุบัติเหตุ &lt;b&gt;"');
    expect(count(markup, /<path /)).toBe(1);
    expect(count(markup, /<circle /)).toBe(1);
  });
});

describe('HorizontalBars without a chart library', () => {
  it('places each bar from zero to its value on the shared domain', () => {
    expect(barGeometry(30, [0, 30])).toEqual({ left: 0, width: 100 });
    expect(barGeometry(10, [0, 40])).toEqual({ left: 0, width: 25 });
    expect(barGeometry(-10, [-10, 30])).toEqual({ left: 0, width: 25 });
    expect(barGeometry(30, [-10, 30])).toEqual({ left: 25, width: 75 });
  });

  it('draws one CSS bar per valued line, none for a note line', () => {
    const html = renderToStaticMarkup(
      createElement(HorizontalBars, {
        lines: [
          { id: 'a', label: 'ก', value: 10, valueText: '10', colour: '#111', selected: false },
          { id: 'b', label: 'ข', value: 40, valueText: '40', colour: '#222', selected: true },
          { id: 'n', label: 'อีก 5', value: null, valueText: '', colour: '#333', selected: false },
        ],
        height: 90,
        animate: false,
        listLabel: 'bars',
      }),
    );
    expect(count(html, /class="bars-fill"/g)).toBe(2);
    expect(html).toContain('width:25%');
    expect(html).toContain('width:100%');
  });
});
