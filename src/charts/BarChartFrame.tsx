import type { ReactNode } from 'react';
import type { Lang } from '../i18n/messages';
import { ChartFrame, type ChartFrameNote, type ChartKind } from './ChartFrame';
import { chartText } from './chart-text';
import { HorizontalBars, type BarLine } from './HorizontalBars';

/** Props of {@link BarChartFrame}. */
export interface BarChartFrameProps {
  readonly kind: ChartKind;
  readonly lang: Lang;
  readonly title: string;
  readonly unit: string;
  readonly badge: ReactNode;
  /** Controls under the title, e.g. a breakdown switch. */
  readonly toolbar?: ReactNode;
  readonly lines: readonly BarLine[];
  readonly height: number;
  readonly animate: boolean;
  /** Accessible name of the list of bars. */
  readonly listLabel: string;
  /** A sentence above the bars or in their place; with no bars it always takes their place. */
  readonly note?: ChartFrameNote;
}

/**
 * A framed horizontal bar chart, or a "no data" line when there are no bars (the note instead,
 * when there is one: it says why there are none).
 */
export function BarChartFrame(props: BarChartFrameProps) {
  const { note } = props;
  return (
    <ChartFrame
      kind={props.kind}
      lang={props.lang}
      title={props.title}
      unit={props.unit}
      badge={props.badge}
      toolbar={props.toolbar}
      note={note && props.lines.length === 0 && !note.instead ? { ...note, instead: true } : note}
      height={props.height}
    >
      {props.lines.length === 0 ? (
        <p className="chart-empty" style={{ height: props.height }}>
          {chartText(props.lang, 'noData')}
        </p>
      ) : (
        <HorizontalBars
          lines={props.lines}
          height={props.height}
          animate={props.animate}
          listLabel={props.listLabel}
        />
      )}
    </ChartFrame>
  );
}
