import { memo } from 'react';
import { formatDate } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';

/** Media-control glyphs as SVG paths (the Thai text face has no such symbols). */
const ICON_PATHS = {
  back: 'M6 5h2v14H6zM20 5v14L9 12z',
  play: 'M7 5v14l12-7z',
  pause: 'M7 5h4v14H7zm6 0h4v14h-4z',
  forward: 'M16 5h2v14h-2zM4 5v14l11-7z',
} as const;

function Icon({ name }: { readonly name: keyof typeof ICON_PATHS }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} fill="currentColor" />
    </svg>
  );
}

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
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="time-play"
        aria-label={t(lang, playing ? 'timePause' : 'timePlay')}
        onClick={() => {
          onPlayingChange(!playing);
        }}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        aria-label={t(lang, 'timeStepForward')}
        onClick={() => {
          stepTo(index + 1);
        }}
      >
        <Icon name="forward" />
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
