import type { ReactNode } from 'react';
import { ChartFrame, type ChartFrameNote, type ChartKind } from '../charts';
import type { Lang } from '../i18n/messages';

/** Props of {@link ChartNoteFrame}. */
export interface ChartNoteFrameProps {
  readonly kind: ChartKind;
  readonly lang: Lang;
  readonly title: string;
  readonly note: ChartFrameNote;
  /** The height the chart would take, kept so the panel does not jump when it comes. */
  readonly height: number;
  readonly badge?: ReactNode;
}

/**
 * A chart panel that has no chart to draw yet (its data is loading) or none worth drawing (the
 * dates shown miss the data's period): its frame with the note in the chart's place.
 */
export function ChartNoteFrame(props: ChartNoteFrameProps) {
  const { note } = props;
  return (
    <ChartFrame
      kind={props.kind}
      lang={props.lang}
      title={props.title}
      unit=""
      badge={props.badge}
      note={note.instead ? note : { ...note, instead: true }}
      height={props.height}
    />
  );
}
