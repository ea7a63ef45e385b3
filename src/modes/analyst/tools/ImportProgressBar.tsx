import type { ImportProgress } from '../../../data/import/import-job';
import type { Lang } from '../../../i18n/messages';
import { tt } from './messages';

/** Share of the bar each phase fills: reading the bytes is quick, splitting rows is the work. */
const PHASE_SPAN: Readonly<Record<ImportProgress['phase'], readonly [number, number]>> = {
  read: [0, 0.2],
  parse: [0.2, 0.9],
  table: [0.9, 1],
};

const MB = 1024 * 1024;
const megabytes = (bytes: number): string => (bytes / MB).toFixed(1);

/** The whole import's share done (0..1), or null while a phase cannot tell how far it is. */
export function importFraction(progress: ImportProgress | null): number | null {
  if (progress === null) return 0;
  const [from, to] = PHASE_SPAN[progress.phase];
  if (progress.total <= 0) return progress.phase === 'table' ? from : null;
  return from + (to - from) * Math.min(1, progress.done / progress.total);
}

/** The sentence under the bar: what is being done to which file, and how far. */
export function progressText(
  lang: Lang,
  fileName: string,
  progress: ImportProgress | null,
): string {
  if (progress === null || progress.phase === 'read') {
    return tt(lang, 'progressRead', {
      file: fileName,
      done: megabytes(progress?.done ?? 0),
      total: megabytes(progress?.total ?? 0),
    });
  }
  if (progress.phase === 'table') return tt(lang, 'progressTable', { file: fileName });
  if (progress.total <= 0) return tt(lang, 'progressCheck', { file: fileName });
  // The whole import's share, as the bar shows it, not the phase's own.
  const percent = Math.floor(100 * (importFraction(progress) ?? 0));
  return tt(lang, 'progressParse', { file: fileName, percent: String(percent) });
}

/** Props of {@link ImportProgressBar}. */
export interface ImportProgressBarProps {
  readonly fileName: string;
  readonly progress: ImportProgress | null;
  readonly lang: Lang;
  readonly onCancel: () => void;
}

/**
 * A file being imported: a bar (indeterminate while a phase cannot tell how far it is), a line
 * saying what is being done, and Cancel.
 */
export function ImportProgressBar({ fileName, progress, lang, onCancel }: ImportProgressBarProps) {
  const fraction = importFraction(progress);
  const text = progressText(lang, fileName, progress);
  return (
    <div
      className="dt-progress"
      data-import-state="reading"
      data-import-phase={progress?.phase ?? 'read'}
      data-file={fileName}
    >
      <progress
        max={1}
        aria-label={text}
        {...(fraction === null ? {} : { value: fraction })}
        data-import-fraction={fraction === null ? '' : fraction.toFixed(3)}
      />
      <p className="dt-muted" role="status">
        {text}
      </p>
      <button type="button" data-import-cancel="" onClick={onCancel}>
        {tt(lang, 'cancelImport')}
      </button>
    </div>
  );
}
