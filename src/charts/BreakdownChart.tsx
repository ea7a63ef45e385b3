import { memo, type ReactNode } from 'react';
import type { Lang } from '../i18n/messages';
import type { BreakdownModel } from '../state/models/view-models';
import { BarChartFrame } from './BarChartFrame';
import type { ChartFrameNote } from './ChartFrame';
import { chartText } from './chart-text';
import { categoryColour } from './chart-theme';
import type { BarLine } from './HorizontalBars';

/** Props of {@link BreakdownChart}. */
export interface BreakdownChartProps {
  readonly model: BreakdownModel;
  readonly lang: Lang;
  /** Height of the bars (frame header not included), in pixels. */
  readonly height: number;
  /** False turns every animation off (wall mode). */
  readonly animate: boolean;
  /** Bar colour per row key; rows without one take colour-blind-safe defaults by position. */
  readonly colours?: Readonly<Record<string, string>>;
  /** Makes every line a button that reports its row key. */
  readonly onSelectKey?: (key: string) => void;
  /** Reports the breakdown chosen in the switch the chart shows when its model has options. */
  readonly onSelectOption?: (key: string) => void;
  /** A sentence above the bars or in their place (e.g. "loading", dates outside the data). */
  readonly note?: ChartFrameNote;
  /** Badge slot of the frame header, e.g. the demo-data badge. */
  readonly children?: ReactNode;
}

/**
 * One horizontal bar per category (dose, dimension, cause ...) with its label and value
 * (`data-key`); above them, a switch between the model's breakdowns when it offers several.
 */
export const BreakdownChart = memo(function BreakdownChart(props: BreakdownChartProps) {
  const { model, lang, colours, onSelectKey, onSelectOption } = props;
  const options = model.options ?? [];
  const lines = model.rows.map((row, index): BarLine => ({
    id: `key-${row.key}`,
    label: row.label,
    value: row.value,
    valueText: row.valueText,
    colour: colours?.[row.key] ?? categoryColour(index),
    selected: false,
    dataAttributes: { 'data-key': row.key },
    ...(onSelectKey && {
      onActivate: () => {
        onSelectKey(row.key);
      },
    }),
  }));

  return (
    <BarChartFrame
      kind="breakdown"
      lang={lang}
      title={model.title}
      unit={model.unit}
      badge={props.children}
      lines={lines}
      toolbar={
        options.length > 1 && onSelectOption ? (
          <div
            className="chart-switch"
            role="group"
            aria-label={chartText(lang, 'breakdownSwitch')}
          >
            {options.map((option) => (
              <button
                key={option.key}
                type="button"
                className="chart-switch-option"
                aria-pressed={option.selected}
                data-breakdown={option.key}
                onClick={() => {
                  if (!option.selected) onSelectOption(option.key);
                }}
              >
                {option.label}
              </button>
            ))}
          </div>
        ) : undefined
      }
      height={props.height}
      animate={props.animate}
      note={props.note}
      listLabel={`${chartText(lang, 'breakdownList')}: ${model.title}`}
    />
  );
});
