import { memo, type RefObject } from 'react';
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
import type { Lang } from '../i18n/messages';
import type { SeriesLine } from '../state/models/view-models';
import type { BrushIndices } from './brush-range';
import { axisTickStyle, CHART_COLOURS } from './chart-theme';
import { CursorPicker, type DatePicker } from './CursorPicker';
import { formatDateTick, type TickGranularity } from './date-ticks';
import { TimeSeriesTooltip } from './TimeSeriesTooltip';
import { isolatedPoints } from './isolated-points';
import { formatAxisValue, type ValueKind } from './value-format';

/** Props of {@link TimeSeriesPlot}: plain values and stable callbacks only, so memo can skip. */
export interface TimeSeriesPlotProps {
  /** One row per date: `date` and `s0`, `s1` ... (see {@link seriesKey}). */
  readonly rows: readonly Record<string, string | number | null>[];
  readonly lines: readonly SeriesLine[];
  readonly lang: Lang;
  readonly height: number;
  readonly ticks: readonly string[];
  readonly granularity: TickGranularity;
  readonly kind: ValueKind;
  readonly indexByDate: ReadonlyMap<string, number>;
  readonly cursorDate: string | undefined;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly brushLabel: string;
  readonly showBrush: boolean;
  readonly animate: boolean;
  readonly tickFontSize: number | undefined;
  readonly animateLines: boolean;
  /** Show a crosshair cursor (a click moves the time cursor). */
  readonly crosshair: boolean;
  readonly pickerRef: RefObject<DatePicker | null>;
  readonly onBrushChange: (indices: BrushIndices) => void;
  readonly onBrushDragEnd: (indices: BrushIndices) => void;
}

const BRUSH_HEIGHT = 40;
const LINE_ANIMATION_MS = 600;

/** Chart rows carry each line under a key of its position, never its id: recharts reads dots in keys as paths. */
export function seriesKey(lineIndex: number): string {
  return `s${lineIndex}`;
}

/**
 * The recharts part of a time series: lines, axes, tooltip, cursor line and brush. Memoised on
 * its props: when a brushed range comes back through the URL, the brush is already where the
 * user left it and nothing here changes, so recharts (tens of milliseconds a render) is skipped.
 */
interface DotProps {
  readonly index?: number;
  readonly cx?: number;
  readonly cy?: number;
}

/** Dots only where a value has no neighbour: every other point is on a visible segment. */
function isolatedDot(rows: TimeSeriesPlotProps['rows'], key: string, colour: string) {
  const isolated = isolatedPoints(rows, key);
  if (isolated.size === 0) return false;
  return function IsolatedDot(dot: DotProps) {
    const { index, cx, cy } = dot;
    if (index === undefined || cx === undefined || cy === undefined || !isolated.has(index)) {
      return <g key={`dot-${key}-${index ?? 'x'}`} />;
    }
    return (
      <circle
        key={`dot-${key}-${index}`}
        cx={cx}
        cy={cy}
        r={4}
        fill={colour}
        className="isolated-dot"
      />
    );
  };
}

export const TimeSeriesPlot = memo(function TimeSeriesPlot(props: TimeSeriesPlotProps) {
  const { lines, lang, kind } = props;
  const tick = axisTickStyle(props.tickFontSize);
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: props.height }}
      data={props.rows}
      margin={{ top: 12, right: 28, bottom: 4, left: 4 }}
      cursor={props.crosshair ? 'crosshair' : undefined}
    >
      <CursorPicker pickerRef={props.pickerRef} />
      <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
      <XAxis
        dataKey="date"
        ticks={props.ticks}
        interval="equidistantPreserveStart"
        minTickGap={16}
        tickFormatter={(date: string) => formatDateTick(date, lang, props.granularity)}
        tick={tick}
        tickLine={false}
        axisLine={{ stroke: CHART_COLOURS.axis }}
      />
      <YAxis
        width="auto"
        tickFormatter={(value: number) => formatAxisValue(value, kind, lang)}
        tick={tick}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip
        isAnimationActive={props.animate}
        cursor={{ stroke: CHART_COLOURS.muted, strokeOpacity: 0.5 }}
        content={(tooltip) => {
          const date = tooltip.active ? tooltip.label : undefined;
          const index = typeof date === 'string' ? props.indexByDate.get(date) : undefined;
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
      {props.cursorDate !== undefined && (
        <ReferenceLine
          x={props.cursorDate}
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
          dot={isolatedDot(props.rows, seriesKey(lineIndex), line.colour)}
          activeDot={{ r: 4, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={props.animateLines}
          animationDuration={LINE_ANIMATION_MS}
        />
      ))}
      {props.showBrush && (
        <Brush
          dataKey="date"
          height={BRUSH_HEIGHT}
          travellerWidth={10}
          startIndex={props.startIndex}
          endIndex={props.endIndex}
          onChange={props.onBrushChange}
          onDragEnd={props.onBrushDragEnd}
          fill={CHART_COLOURS.brushBackground}
          stroke={CHART_COLOURS.brushStroke}
          ariaLabel={props.brushLabel}
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
  );
});
