import { useRef, useState, type DragEvent } from 'react';
import type { ImportReport } from '../../../data/import/import-job';
import { where } from '../../../data/import/import-messages';
import { MAX_IMPORT_BYTES } from '../../../data/import/import-types';
import { formatCount } from '../../../i18n/format';
import type { Lang } from '../../../i18n/messages';
import { useStore } from '../../../state/app/store';
import { ImportProgressBar } from './ImportProgressBar';
import { tt } from './messages';
import type { PickedFile } from './tools-actions';
import type { DataToolsStore } from './user-layers-store';

/** Unmatched rows listed at most; the count says how many more there are. */
const MAX_LISTED = 200;

/** The summary of a file that became a layer: rows matched, encoding, sheet, unmatched rows, warnings. */
export function ImportSummary({
  result,
  lang,
}: {
  readonly result: ImportReport;
  readonly lang: Lang;
}) {
  const listed = result.unmatched.slice(0, MAX_LISTED);
  return (
    <div className="dt-summary" data-import-summary="" data-file={result.fileName}>
      <p data-rows-matched={result.rowCount}>
        <strong>{result.fileName}</strong>{' '}
        {tt(lang, 'summaryRows', {
          rows: formatCount(result.rowCount, lang),
          read: formatCount(result.rowsRead, lang),
        })}
        {' · '}
        {tt(lang, 'summaryFormat')}: {result.format}
        {result.encoding && (
          <span data-encoding={result.encoding}>
            {' · '}
            {tt(lang, 'summaryEncoding')}: {result.encoding}
          </span>
        )}
        {result.sheet !== null && (
          <span data-sheet={result.sheet}>
            {' · '}
            {tt(lang, 'summarySheet')}: {result.sheet}
          </span>
        )}
      </p>
      {result.unmatchedCount > 0 && (
        <details open className="dt-unmatched" data-unmatched={result.unmatchedCount}>
          <summary>
            {tt(lang, 'unmatchedTitle', { count: formatCount(result.unmatchedCount, lang) })}
          </summary>
          <ul>
            {listed.map((row) => (
              <li key={`${row.location}-${row.column ?? ''}`} data-location={row.location}>
                {where(row.unit, row.location)[lang]}
                {row.column !== null ? ` · ${row.column}` : ''}
                {' · '}
                <q>{row.value}</q>
                {' · '}
                {row[lang]}
              </li>
            ))}
          </ul>
          {result.unmatchedCount > listed.length && (
            <p className="dt-muted">
              {tt(lang, 'unmatchedMore', {
                count: formatCount(result.unmatchedCount - listed.length, lang),
              })}
            </p>
          )}
        </details>
      )}
      {result.warnings.length > 0 && (
        <details className="dt-warnings" data-warnings={result.warnings.length}>
          <summary>{tt(lang, 'warningsTitle')}</summary>
          <ul>
            {result.warnings.map((warning, i) => (
              <li key={`${warning.code}-${i}`} data-code={warning.code}>
                {warning[lang]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Props of {@link FileDrop}. */
export interface FileDropProps {
  readonly tools: DataToolsStore;
  readonly lang: Lang;
  /** Imports one file (the panel's action); `signal` is aborted by Cancel. */
  readonly onFile: (file: PickedFile, signal: AbortSignal) => Promise<unknown>;
}

/**
 * The drop zone and file picker, and the last import's outcome: its progress with Cancel, the
 * failure or cancellation message (naming the file; every layer stays as it was) or the new
 * layer's summary. Cancel stops the file being read and the files dropped with it.
 */
export function FileDrop({ tools, lang, onFile }: FileDropProps) {
  const status = useStore(tools, (s) => s.importStatus);
  const layers = useStore(tools, (s) => s.layers);
  const [over, setOver] = useState(false);
  const batch = useRef<AbortController | null>(null);
  const importAll = async (files: Iterable<File>) => {
    batch.current?.abort();
    const controller = new AbortController();
    batch.current = controller;
    for (const file of files) {
      if (controller.signal.aborted) break;
      await onFile(file, controller.signal);
    }
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void importAll(Array.from(event.dataTransfer.files));
  };
  const added =
    status.state === 'added' ? layers.find((l) => l.id === status.layerId)?.imported : null;
  return (
    <section className="dt-files">
      <h4>{tt(lang, 'filesTitle')}</h4>
      <div
        className={`dt-drop${over ? ' dt-drop-over' : ''}`}
        data-drop-zone=""
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => {
          setOver(false);
        }}
        onDrop={onDrop}
      >
        <p>
          {tt(lang, 'dropHint', {
            limit: `${formatCount(MAX_IMPORT_BYTES / 1024 / 1024, lang)} MB`,
          })}
        </p>
        <label className="dt-pick">
          <span>{tt(lang, 'pickFile')}</span>
          <input
            type="file"
            multiple
            data-file-input=""
            accept=".csv,.tsv,.txt,.xlsx,.parquet,.geojson,.json"
            onChange={(event) => {
              const input = event.currentTarget;
              const files = Array.from(input.files ?? []);
              // Cleared now (so the same file can be picked again), not when the import ends:
              // letting go of a large picked file can take tens of milliseconds, which would
              // land in the task that shows the new layer.
              input.value = '';
              void importAll(files);
            }}
          />
        </label>
      </div>
      {status.state === 'reading' && (
        <ImportProgressBar
          fileName={status.fileName}
          progress={status.progress}
          lang={lang}
          onCancel={() => batch.current?.abort()}
        />
      )}
      {status.state === 'cancelled' && (
        <div
          className="dt-cancelled"
          role="status"
          data-import-cancelled=""
          data-file={status.fileName}
        >
          <strong>{tt(lang, 'importCancelled')}</strong>
          <p>{status.message[lang]}</p>
        </div>
      )}
      {status.state === 'failed' && (
        <div className="dt-error" role="alert" data-import-error="" data-file={status.fileName}>
          <strong>{tt(lang, 'importFailed')}</strong>
          <p>{status.message[lang]}</p>
          <p className="dt-muted">{tt(lang, 'keptAsBefore')}</p>
        </div>
      )}
      {added && <ImportSummary result={added} lang={lang} />}
    </section>
  );
}
