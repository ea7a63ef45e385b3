import type { ReactNode } from 'react';
import type { Lang } from '../i18n/messages';
import './charts.css';

/** Which chart a frame holds; browser tests find charts by `data-chart`. */
export type ChartKind = 'time-series' | 'ranking' | 'breakdown';

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
  /** The chart itself. */
  readonly children: ReactNode;
}

/** The panel every chart sits in: title, unit, badge slot, toolbar, then the chart. */
export function ChartFrame(props: ChartFrameProps) {
  return (
    <section className="chart-frame" data-chart={props.kind} lang={props.lang}>
      <header className="chart-header">
        <div className="chart-heading">
          <h2 className="chart-title">{props.title}</h2>
          <p className="chart-unit">{props.unit}</p>
        </div>
        {props.badge !== undefined && <div className="chart-badge">{props.badge}</div>}
      </header>
      {props.toolbar !== undefined && <div className="chart-toolbar">{props.toolbar}</div>}
      <div className="chart-body">{props.children}</div>
    </section>
  );
}
