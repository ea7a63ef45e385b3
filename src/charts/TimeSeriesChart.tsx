import { memo, useMemo, type ReactNode } from 'react';
import {
  Brush,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import type { TimeSeriesModel } from '../state/view-models';
import { indicesToRange, type DateRange } from './brush-range';
import { ChartFrame } from './ChartFrame';
import { chartText } from './chart-text';
import { AXIS_TICK_STYLE, CHART_COLOURS } from './chart-theme';
import { CursorPicker } from './CursorPicker';
import { candidateTicks, cursorIndex, formatDateTick, tickGranularity } from './date-ticks';
import { TimeSeriesTooltip } from './TimeSeriesTooltip';
import { useBrushSelection } from './use-brush-selection';
import { useLineAnimation } from './use-line-animation';
import { usePlotInteraction } from './use-plot-interaction';
import { seriesEqual } from './series-equal';
import { formatAxisValue, valueKindOf } from './value-format';

/** Props of {@link TimeSeriesChart}. */
export interface TimeSeriesChartProps {
  readonly model: TimeSeriesModel;
  readonly lang: Lang;
  /** Height of the drawing (axes and brush included, frame header not), in pixels. */
  readonly height: number;
  /** False turns every animation off (wall mode). */
  readonly animate: boolean;
  /** The user brushed a range (ISO dates), or chose every date again (null). */
  readonly onRangeChange: (range: DateRange | null) => void;
  /** The user clicked a date on the chart to move the global time cursor there. */
  readonly onCursorChange?: (date: string) => void;
  /** Badge slot of the frame header, e.g. the demo-data badge. */
  readonly children?: ReactNode;
}

/** Fewer dates than this make a brush pointless. */
const MIN_DATES_FOR_BRUSH = 3;
const BRUSH_HEIGHT = 40;
const LINE_ANIMATION_MS = 600;

/** Chart rows carry each line under a key of its position, never its id: recharts reads dots in keys as paths. */
function seriesKey(lineIndex: number): string {
  return `s${lineIndex}`;
}

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
  const { dates, lines } = model;
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
          <LineChart
            responsive
            style={{ width: '100%', height: props.height }}
            data={rows}
            margin={{ top: 12, right: 28, bottom: 4, left: 4 }}
            cursor={onCursorChange ? 'crosshair' : undefined}
          >
            <CursorPicker pickerRef={interaction.pickerRef} />
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis
              dataKey="date"
              ticks={ticks}
              interval="equidistantPreserveStart"
              minTickGap={16}
              tickFormatter={(date: string) => formatDateTick(date, lang, granularity)}
              tick={AXIS_TICK_STYLE}
              tickLine={false}
              axisLine={{ stroke: CHART_COLOURS.axis }}
            />
            <YAxis
              width="auto"
              tickFormatter={(value: number) => formatAxisValue(value, kind, lang)}
              tick={AXIS_TICK_STYLE}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              isAnimationActive={animate}
              cursor={{ stroke: CHART_COLOURS.muted, strokeOpacity: 0.5 }}
              content={(tooltip) => {
                const date = tooltip.active ? tooltip.label : undefined;
                const index = typeof date === 'string' ? indexByDate.get(date) : undefined;
                return (
                  <TimeSeriesTooltip
                    lang={lang}
                    kind={kind}
                    lines={lines}
                    index={index}
                    date={typeof date === 'string' ? date : undefined}
                  />
                );
              }}
            />
            {cursorDate !== undefined && (
              <ReferenceLine
                x={cursorDate}
                stroke={CHART_COLOURS.accent}
                strokeWidth={2}
                strokeDasharray="5 3"
                className="time-series-cursor"
              />
            )}
            {lines.map((line, lineIndex) => (
              <Line
                key={line.id}
                type="linear"
                dataKey={seriesKey(lineIndex)}
                name={line.label}
                stroke={line.colour}
                strokeWidth={2}
                dot={false}
                activeDot={{ r: 4, strokeWidth: 0 }}
                connectNulls={false}
                isAnimationActive={animateLines}
                animationDuration={LINE_ANIMATION_MS}
              />
            ))}
            {dates.length >= MIN_DATES_FOR_BRUSH && (
              <Brush
                dataKey="date"
                height={BRUSH_HEIGHT}
                travellerWidth={10}
                startIndex={startIndex}
                endIndex={endIndex}
                onChange={brush.onBrushChange}
                onDragEnd={brush.onBrushDragEnd}
                fill={CHART_COLOURS.brushBackground}
                stroke={CHART_COLOURS.brushStroke}
                ariaLabel={`${chartText(lang, 'selectedRange')}: ${rangeText}`}
              >
                <LineChart>
                  {lines.map((line, lineIndex) => (
                    <Line
                      key={line.id}
                      type="linear"
                      dataKey={seriesKey(lineIndex)}
                      stroke={line.colour}
                      strokeOpacity={0.6}
                      dot={false}
                      activeDot={false}
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              </Brush>
            )}
          </LineChart>
        </div>
      )}
    </ChartFrame>
  );
}
