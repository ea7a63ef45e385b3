import { memo, type ReactNode } from 'react';
import type { Lang } from '../i18n/messages';
import type { RankingModel } from '../state/models/view-models';
import { BarChartFrame } from './BarChartFrame';
import type { ChartFrameNote } from './ChartFrame';
import { chartText } from './chart-text';
import { CHART_COLOURS } from './chart-theme';
import type { BarLine } from './HorizontalBars';
import { rankingLines } from './ranking-rows';

/** Props of {@link RankingChart}. */
export interface RankingChartProps {
  readonly model: RankingModel;
  readonly lang: Lang;
  /** Height of the bars (frame header not included), in pixels. */
  readonly height: number;
  /** False turns every animation off (wall mode). */
  readonly animate: boolean;
  /** The user chose a province (click, tap, Enter or Space on its line or bar). */
  readonly onSelectProvince: (code: number) => void;
  /** A sentence above the bars or in their place (e.g. "loading", dates outside the data). */
  readonly note?: ChartFrameNote;
  /** Badge slot of the frame header, e.g. the demo-data badge. */
  readonly children?: ReactNode;
}

/**
 * Provinces ranked by value as horizontal bars, in the order the model lists them: all of them
 * when there are at most 20, else the top and bottom 10 (and the selected province between
 * them). The selected province is highlighted; every line is a button (`data-code`).
 */
export const RankingChart = memo(function RankingChart(props: RankingChartProps) {
  const { model, lang, onSelectProvince } = props;
  const lines = rankingLines(model.rows, model.selectedCode).map((line): BarLine => {
    if (line.kind === 'hidden') {
      return {
        id: `hidden-${line.firstRank}`,
        label: `⋯ ${chartText(lang, 'rowsHidden', { n: String(line.count) })}`,
        value: null,
        valueText: '',
        colour: CHART_COLOURS.bar,
        selected: false,
      };
    }
    const { row } = line;
    return {
      id: `province-${row.code}`,
      label: row.label,
      prefix: String(line.rank),
      value: row.value,
      valueText: row.valueText,
      colour: CHART_COLOURS.bar,
      selected: row.code === model.selectedCode,
      dataAttributes: { 'data-code': String(row.code) },
      onActivate: () => {
        onSelectProvince(row.code);
      },
    };
  });

  return (
    <BarChartFrame
      kind="ranking"
      lang={lang}
      title={model.title}
      unit={model.unit}
      badge={props.children}
      lines={lines}
      height={props.height}
      animate={props.animate}
      note={props.note}
      listLabel={`${chartText(lang, 'rankingList')}: ${model.title}`}
    />
  );
});
