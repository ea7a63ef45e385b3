/**
 * A chart frame's note, as the charts render it: above the chart, or in its place (a status while
 * the data is on its way), and never "no data" when a note says why the chart is empty.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RankingModel, TimeSeriesModel } from '../state/models/view-models';
import { BreakdownChart } from './BreakdownChart';
import { ChartFrame, type ChartFrameNote } from './ChartFrame';
import { RankingChart } from './RankingChart';
import { TimeSeriesChart } from './TimeSeriesChart';

const ignore = () => undefined;
const PERIOD = 'ไม่มีข้อมูลในช่วง … · No data for … <b>';
const above: ChartFrameNote = { text: PERIOD, busy: false, instead: false };
const instead: ChartFrameNote = { text: PERIOD, busy: false, instead: true };
const loading: ChartFrameNote = { text: 'กำลังโหลดข้อมูล…', busy: true, instead: true };

const ranking: RankingModel = {
  title: 'สิบอันดับ',
  unit: 'ราย',
  rows: [
    { code: 10, label: 'กรุงเทพมหานคร', value: 5, valueText: '5' },
    { code: 50, label: 'เชียงใหม่', value: 3, valueText: '3' },
  ],
  selectedCode: null,
};

const series: TimeSeriesModel = {
  title: 'อุบัติเหตุรายวัน',
  unit: 'ครั้งต่อวัน',
  dates: ['2024-01-01', '2024-01-02', '2024-01-03'],
  lines: [{ id: 'crashes', label: 'อุบัติเหตุ', colour: '#5ec962', values: [1, 2, 3] }],
  range: { from: '2025-03-01', to: '2025-03-31' },
  cursor: null,
};

function rankingMarkup(model: RankingModel, note?: ChartFrameNote): string {
  return renderToStaticMarkup(
    createElement(RankingChart, {
      model,
      lang: 'th',
      height: 200,
      animate: false,
      onSelectProvince: ignore,
      note,
    }),
  );
}

describe('ChartFrame note', () => {
  it('renders nothing extra without a note', () => {
    const markup = renderToStaticMarkup(
      createElement(ChartFrame, { kind: 'ranking', lang: 'th', title: 't', unit: 'u' }, 'chart'),
    );
    expect(markup).not.toContain('chart-note');
    expect(markup).not.toContain('data-note');
    expect(markup).toContain('chart');
  });

  it('shows a note above the chart and keeps the chart', () => {
    const markup = rankingMarkup(ranking, above);
    expect(markup).toContain('<p class="chart-note">ไม่มีข้อมูลในช่วง … · No data for … &lt;b&gt;</p>');
    expect(markup).toContain('data-code="10"');
    expect(markup).toContain('data-note="note"');
  });

  it('puts a note in the chart’s place, keeping the chart’s height', () => {
    const markup = rankingMarkup(ranking, instead);
    expect(markup).toContain(
      '<p class="chart-note chart-note-instead" style="min-height:200px">ไม่มีข้อมูลในช่วง',
    );
    expect(markup).not.toContain('data-code="10"');
  });

  it('says loading as a status in the chart’s place, not "no data"', () => {
    const markup = rankingMarkup({ ...ranking, rows: [] }, loading);
    expect(markup).toContain('aria-busy="true"');
    expect(markup).toContain('data-note="loading"');
    expect(markup).toContain(
      '<p class="chart-note chart-note-instead chart-loading" role="status" style="min-height:200px">กำลังโหลดข้อมูล…</p>',
    );
    expect(markup).not.toContain('ไม่มีข้อมูล<');
  });

  it('puts a note meant for above the bars in their place when there are no bars', () => {
    const markup = rankingMarkup({ ...ranking, rows: [] }, above);
    expect(markup).toContain('chart-note chart-note-instead');
    expect(markup).not.toContain('chart-empty');
  });

  it('still says "no data" for no bars and no note', () => {
    expect(rankingMarkup({ ...ranking, rows: [] })).toContain(
      '<p class="chart-empty" style="height:200px">ไม่มีข้อมูล</p>',
    );
  });

  it('passes the note through the breakdown chart', () => {
    const markup = renderToStaticMarkup(
      createElement(BreakdownChart, {
        model: { title: 'สาเหตุ', unit: 'ครั้ง', rows: [] },
        lang: 'th',
        height: 150,
        animate: false,
        note: instead,
      }),
    );
    expect(markup).toContain('data-chart="breakdown"');
    expect(markup).toContain('style="min-height:150px">ไม่มีข้อมูลในช่วง');
  });

  it('keeps the time series under a note above it, and replaces it with a note instead', () => {
    const render = (note: ChartFrameNote) =>
      renderToStaticMarkup(
        createElement(TimeSeriesChart, {
          model: series,
          lang: 'th',
          height: 170,
          animate: false,
          onRangeChange: ignore,
          note,
        }),
      );
    const kept = render(above);
    expect(kept).toContain('<p class="chart-note">');
    expect(kept).toContain('time-series-plot');
    const replaced = render(loading);
    expect(replaced).toContain('role="status"');
    expect(replaced).not.toContain('time-series-plot');
  });
});
