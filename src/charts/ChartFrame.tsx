import type { ReactNode } from 'react';
import type { Lang } from '../i18n/messages';
import './charts.css';

/** Which chart a frame holds; browser tests find charts by `data-chart`. */
export type ChartKind = 'time-series' | 'ranking' | 'breakdown';

/**
 * A sentence about the chart's data, from the view that knows the data: it is on its way, or the
 * dates shown miss what the data covers. Charts only place it.
 */
export interface ChartFrameNote {
  readonly text: string;
  /** The data is on its way: said as a status, in place of the chart. */
  readonly busy: boolean;
  /** In place of the chart (which would mislead); else above it. */
  readonly instead: boolean;
}

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  readonly kind: ChartKind;
  readonly lang: Lang;
  readonly title: string;
  readonly unit: string;
  /** Slot beside the title, e.g. the demo-data badge. */
  readonly badge?: ReactNode;
  /** Controls and status under the title, e.g. the selected range and its "show all" button. */
  readonly toolbar?: ReactNode;
  /** A sentence above the chart, or in its place (see {@link ChartFrameNote}). */
  readonly note?: ChartFrameNote;
  /** Height of the chart in pixels: a note in its place keeps it, so the panel does not jump. */
  readonly height?: number;
  /** The chart itself. */
  readonly children?: ReactNode;
}

/** The panel every chart sits in: title, unit, badge slot, toolbar, a note, then the chart. */
export function ChartFrame(props: ChartFrameProps) {
  const { note } = props;
  const instead = note !== undefined && (note.instead || note.busy);
  return (
    <section
      className="chart-frame"
      data-chart={props.kind}
      data-note={note === undefined ? undefined : note.busy ? 'loading' : 'note'}
      aria-busy={note?.busy === true ? true : undefined}
      lang={props.lang}
    >
      <header className="chart-header">
        <div className="chart-heading">
          <h2 className="chart-title">{props.title}</h2>
          <p className="chart-unit">{props.unit}</p>
        </div>
        {props.badge !== undefined && <div className="chart-badge">{props.badge}</div>}
      </header>
      {props.toolbar !== undefined && <div className="chart-toolbar">{props.toolbar}</div>}
      {note !== undefined && !instead && <p className="chart-note">{note.text}</p>}
      <div className="chart-body">
        {instead ? (
          <p
            className={
              note.busy
                ? 'chart-note chart-note-instead chart-loading'
                : 'chart-note chart-note-instead'
            }
            role={note.busy ? 'status' : undefined}
            style={props.height === undefined ? undefined : { minHeight: props.height }}
          >
            {note.text}
          </p>
        ) : (
          props.children
        )}
      </div>
    </section>
  );
}
