import { memo } from 'react';
import { formatDate } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';

/** Props of {@link TimeCursor}. */
export interface TimeCursorProps {
  readonly lang: Lang;
  /** The steps the cursor can take (ISO dates, ascending). */
  readonly steps: readonly string[];
  /** The current step, or null for "all dates" (the filter range applies). */
  readonly cursor: string | null;
  readonly playing: boolean;
  readonly onCursorChange: (date: string | null) => void;
  readonly onPlayingChange: (playing: boolean) => void;
}

/** The global time cursor: a slider over the steps, step buttons and play/pause. */
export const TimeCursor = memo(function TimeCursor(props: TimeCursorProps) {
  const { lang, steps, cursor, playing, onCursorChange, onPlayingChange } = props;
  if (steps.length === 0) return null;
  const index = cursor === null ? steps.length - 1 : Math.max(0, steps.indexOf(cursor));
  const stepTo = (next: number) => {
    const date = steps[Math.min(steps.length - 1, Math.max(0, next))];
    if (date !== undefined) onCursorChange(date);
  };
  return (
    <div className="time-cursor" role="group" aria-label={t(lang, 'timeCursorLabel')}>
      <button
        type="button"
        aria-label={t(lang, 'timeStepBack')}
        onClick={() => {
          stepTo(index - 1);
        }}
      >
        ⏮
      </button>
      <button
        type="button"
        className="time-play"
        aria-label={t(lang, playing ? 'timePause' : 'timePlay')}
        onClick={() => {
          onPlayingChange(!playing);
        }}
      >
        {playing ? '⏸' : '▶'}
      </button>
      <button
        type="button"
        aria-label={t(lang, 'timeStepForward')}
        onClick={() => {
          stepTo(index + 1);
        }}
      >
        ⏭
      </button>
      <input
        type="range"
        min={0}
        max={steps.length - 1}
        value={index}
        aria-label={t(lang, 'timeCursorLabel')}
        onChange={(event) => {
          stepTo(Number(event.target.value));
        }}
      />
      <output className="time-cursor-date" data-date={cursor ?? ''}>
        {cursor === null ? t(lang, 'timeRangeAll') : formatDate(cursor, lang)}
      </output>
      {cursor !== null && (
        <button
          type="button"
          onClick={() => {
            onCursorChange(null);
          }}
        >
          {t(lang, 'timeRangeAll')}
        </button>
      )}
    </div>
  );
});
