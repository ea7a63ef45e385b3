import { memo, useMemo, useState, type ReactNode } from 'react';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import type { TimeSeriesModel } from '../state/models/view-models';
import { indicesToRange, type DateRange } from './brush-range';
import { ChartFrame, type ChartFrameNote } from './ChartFrame';
import { chartText } from './chart-text';
import { candidateTicks, cursorIndex, tickGranularity } from './date-ticks';
import { seriesKey, TimeSeriesPlot } from './TimeSeriesPlot';
import { useBrushSelection } from './use-brush-selection';
import { useLineAnimation } from './use-line-animation';
import { usePlotInteraction } from './use-plot-interaction';
import { seriesEqual } from './series-equal';
import { valueKindOf } from './value-format';

/** Props of {@link TimeSeriesChart}. */
export interface TimeSeriesChartProps {
  readonly model: TimeSeriesModel;
  readonly lang: Lang;
  /** Height of the drawing (axes and brush included, frame header not), in pixels. */
  readonly height: number;
  /** False turns every animation off (wall mode). */
  readonly animate: boolean;
  /** Axis text size in pixels; default 12 (the wall passes a size that follows the screen). */
  readonly tickFontSize?: number;
  /** The user brushed a range (ISO dates), or chose every date again (null). */
  readonly onRangeChange: (range: DateRange | null) => void;
  /** The user clicked a date on the chart to move the global time cursor there. */
  readonly onCursorChange?: (date: string) => void;
  /** A sentence above the chart or in its place (e.g. "loading", dates outside the data). */
  readonly note?: ChartFrameNote;
  /** Badge slot of the frame header, e.g. the demo-data badge. */
  readonly children?: ReactNode;
}

/** Fewer dates than this make a brush pointless. */
const MIN_DATES_FOR_BRUSH = 3;

/** True when two models draw the same chart (rebuilt models with equal content included). */
export function sameSeriesModel(a: TimeSeriesModel, b: TimeSeriesModel): boolean {
  return (
    a === b ||
    (a.title === b.title &&
      a.unit === b.unit &&
      a.cursor === b.cursor &&
      a.range?.from === b.range?.from &&
      a.range?.to === b.range?.to &&
      seriesEqual(a.dates, a.lines, b.dates, b.lines))
  );
}

/**
 * A time series: one line per model line (gaps where values are null), Buddhist-era date ticks in
 * Thai, a brush that selects a date range, and the global time cursor as a vertical line. It
 * re-renders only when what it draws changes: recharts costs tens of milliseconds per render, and
 * the views rebuild their models whenever any query delivers.
 */
export const TimeSeriesChart = memo(TimeSeriesChartView, (before, after) => {
  const { model: a, ...restA } = before;
  const { model: b, ...restB } = after;
  const keys = Object.keys(restA) as (keyof typeof restA)[];
  return (
    keys.length === Object.keys(restB).length &&
    keys.every((key) => Object.is(restA[key], restB[key])) &&
    sameSeriesModel(a, b)
  );
});

function TimeSeriesChartView(props: TimeSeriesChartProps) {
  const { model, lang, animate, onCursorChange } = props;
  // A new range rebuilds the model with equal but new arrays; the plot memo needs the old ones.
  const [series, setSeries] = useState({ dates: model.dates, lines: model.lines });
  if (!seriesEqual(series.dates, series.lines, model.dates, model.lines)) {
    setSeries({ dates: model.dates, lines: model.lines });
  }
  const { dates, lines } = series;
  const brush = useBrushSelection(dates, model.range, props.onRangeChange);
  const kind = valueKindOf(model.unit);

  const rows = useMemo(
    () =>
      dates.map((date, dateIndex) => {
        const row: Record<string, string | number | null> = { date };
        lines.forEach((line, lineIndex) => {
          row[seriesKey(lineIndex)] = line.values[dateIndex] ?? null;
        });
        return row;
      }),
    [dates, lines],
  );
  const indexByDate = useMemo(() => new Map(dates.map((date, index) => [date, index])), [dates]);

  const { startIndex, endIndex } = brush.indices;
  const visibleDates = useMemo(
    () => dates.slice(startIndex, endIndex + 1),
    [dates, startIndex, endIndex],
  );
  const granularity = tickGranularity(visibleDates);
  const ticks = useMemo(
    () => candidateTicks(visibleDates, granularity),
    [visibleDates, granularity],
  );
  const cursorAt = cursorIndex(dates, model.cursor);
  const cursorDate = cursorAt === null ? undefined : dates[cursorAt];
  const selected = indicesToRange(dates, brush.indices);
  const shownFrom = visibleDates[0];
  const shownTo = visibleDates[visibleDates.length - 1];

  const animateLines = useLineAnimation(animate, dates, lines, `${startIndex}-${endIndex}`);
  const interaction = usePlotInteraction(onCursorChange);
  const rangeText =
    shownFrom !== undefined && shownTo !== undefined
      ? `${formatDate(shownFrom, lang)} – ${formatDate(shownTo, lang)}`
      : '';

  const toolbar =
    shownFrom !== undefined && shownTo !== undefined ? (
      <>
        <span className={selected ? 'chart-range chart-range-selected' : 'chart-range'}>
          {selected && `${chartText(lang, 'selectedRange')}: `}
          {rangeText}
        </span>
        <span className="chart-sr-only">{chartText(lang, 'brushHint')}</span>
        {selected && (
          <button
            type="button"
            className="chart-button"
            aria-label={chartText(lang, 'showAllLabel')}
            onClick={brush.clear}
          >
            {chartText(lang, 'showAll')}
          </button>
        )}
      </>
    ) : undefined;

  return (
    <ChartFrame
      kind="time-series"
      lang={lang}
      title={model.title}
      unit={model.unit}
      badge={props.children}
      toolbar={toolbar}
      note={props.note}
      height={props.height}
    >
      {lines.length > 1 && (
        <ul className="chart-legend">
          {lines.map((line) => (
            <li key={line.id}>
              <span className="chart-swatch" style={{ backgroundColor: line.colour }} />
              {line.label}
            </li>
          ))}
        </ul>
      )}
      {dates.length === 0 ? (
        <p className="chart-empty" style={{ height: props.height }}>
          {chartText(lang, 'noData')}
        </p>
      ) : (
        <div
          className="time-series-plot"
          onPointerDownCapture={brush.onPointerDownCapture}
          onMouseDownCapture={interaction.onMouseDownCapture}
          onClick={interaction.onClick}
          onKeyDown={interaction.onKeyDown}
        >
          <TimeSeriesPlot
            rows={rows}
            lines={lines}
            lang={lang}
            height={props.height}
            ticks={ticks}
            granularity={granularity}
            kind={kind}
            indexByDate={indexByDate}
            cursorDate={cursorDate}
            startIndex={startIndex}
            endIndex={endIndex}
            brushLabel={`${chartText(lang, 'selectedRange')}: ${rangeText}`}
            showBrush={dates.length >= MIN_DATES_FOR_BRUSH}
            animate={animate}
            animateLines={animateLines}
            tickFontSize={props.tickFontSize}
            crosshair={onCursorChange !== undefined}
            pickerRef={interaction.pickerRef}
            onBrushChange={brush.onBrushChange}
            onBrushDragEnd={brush.onBrushDragEnd}
          />
        </div>
      )}
    </ChartFrame>
  );
}
