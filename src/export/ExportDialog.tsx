import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../i18n/messages';
import type { MapLayerSpec } from '../map/layer-spec';
import type { Geography } from '../map/load-geography';
import type { AppStore } from '../state/app/app-state';
import { useStore } from '../state/app/store';
import type { ExportScope } from './briefing/batch';
import { xt } from './briefing/messages';
import { batchProvinceCodes } from './briefing/province-scope';
import { groupTitle } from '../state/groupings/groupings';
import { mapNotices } from './briefing/page-notices';
import { exportReady, layerReadiness } from './briefing/readiness';
import { chooseSize, CUSTOM_LIMITS, PRESET_IDS, type PresetId } from './briefing/presets';
import {
  EXPORT_FORMATS,
  effectiveFormat,
  runExport,
  type ExportFormat,
} from './briefing/run-export';
import './export.css';

/** Props of {@link ExportDialog}. */
export interface ExportDialogProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** Layers the live map draws above the datasets' layers (the analyst's own); drawn in the export too. */
  readonly extraLayers?: readonly MapLayerSpec[];
  readonly onClose: () => void;
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'packing' }
  | { readonly kind: 'done'; readonly file: string; readonly ms: number; readonly bytes: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

const SCOPES: readonly ExportScope[] = ['current', 'scenes', 'provinces'];

function statusText(status: Status, lang: Lang): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'running':
      return xt(lang, 'progress', { done: status.done, total: status.total || '…' });
    case 'packing':
      return xt(lang, 'packing');
    case 'done':
      return xt(lang, 'done', { file: status.file });
    case 'cancelled':
      return xt(lang, 'cancelled');
    case 'failed':
      return xt(lang, 'failed', { message: status.message });
  }
}

/**
 * The briefing export dialog: size (presets or custom), charts or not, what to export (the
 * current view, every wall scene, every province), the file format, then progress with a
 * cancel button. The map is drawn again at the chosen size, not copied from the screen.
 */
export function ExportDialog({ store, geography, extraLayers, onClose }: ExportDialogProps) {
  const lang = useStore(store, (s) => s.lang);
  const group = useStore(store, (s) => s.url.region);
  const ready = useStore(store, exportReady);
  // What the page will say about layers it cannot draw (one string: a stable selector result).
  const layerNotes = useStore(store, (s) =>
    exportReady(s) ? mapNotices(layerReadiness(s), s.lang, s.datasets).join('\n') : '',
  );
  const [preset, setPreset] = useState<PresetId>('hd');
  const [customWidth, setCustomWidth] = useState('2560');
  const [customHeight, setCustomHeight] = useState('1440');
  const [includeCharts, setIncludeCharts] = useState(false);
  const [scope, setScope] = useState<ExportScope>('current');
  const [format, setFormat] = useState<ExportFormat>('png');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const titleId = useId();
  const size = chooseSize(preset, customWidth, customHeight);
  const busy = status.kind === 'running' || status.kind === 'packing';

  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    if (!size.ok || !geography) return;
    const abort = new AbortController();
    controller.current = abort;
    const started = performance.now();
    setStatus({ kind: 'running', done: 0, total: 0 });
    try {
      const file = await runExport({
        store,
        geography,
        scope,
        format,
        width: size.width,
        height: size.height,
        dpi: size.dpi,
        includeCharts,
        extraLayers,
        signal: abort.signal,
        onProgress: (done, total) => {
          setStatus({ kind: 'running', done, total });
        },
        onPacking: () => {
          setStatus({ kind: 'packing' });
        },
      });
      const ms = Math.round(performance.now() - started);
      setStatus({ kind: 'done', file: file.name, ms, bytes: file.bytes.length });
    } catch (error) {
      if (abort.signal.aborted) setStatus({ kind: 'cancelled' });
      else
        setStatus({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      controller.current = null;
    }
  };

  const sizeProblem = size.ok
    ? null
    : xt(lang, `size_${size.problem}`, {
        min: `${CUSTOM_LIMITS.minWidth} × ${CUSTOM_LIMITS.minHeight}`,
        max: `${CUSTOM_LIMITS.maxWidth} × ${CUSTOM_LIMITS.maxHeight}`,
      });

  return (
    <div className="export-backdrop">
      <div
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-export-dialog=""
      >
        <header className="export-header">
          <h2 id={titleId}>{xt(lang, 'dialogTitle')}</h2>
          <button
            type="button"
            className="export-close"
            onClick={onClose}
            disabled={busy}
            aria-label={xt(lang, 'close')}
          >
            ×
          </button>
        </header>
        <fieldset disabled={busy}>
          <legend>{xt(lang, 'sizeLabel')}</legend>
          {PRESET_IDS.map((id) => (
            <label key={id} className="export-choice">
              <input
                type="radio"
                name="export-preset"
                value={id}
                checked={preset === id}
                onChange={() => {
                  setPreset(id);
                }}
              />
              {xt(lang, `preset_${id}`)}
            </label>
          ))}
          {preset === 'custom' && (
            <div className="export-custom">
              <label>
                {xt(lang, 'customWidth')}
                <input
                  name="export-width"
                  inputMode="numeric"
                  value={customWidth}
                  onChange={(e) => {
                    setCustomWidth(e.target.value);
                  }}
                />
              </label>
              <label>
                {xt(lang, 'customHeight')}
                <input
                  name="export-height"
                  inputMode="numeric"
                  value={customHeight}
                  onChange={(e) => {
                    setCustomHeight(e.target.value);
                  }}
                />
              </label>
              {sizeProblem && (
                <p className="export-problem" role="alert">
                  {sizeProblem}
                </p>
              )}
            </div>
          )}
          <label className="export-choice">
            <input
              type="checkbox"
              name="export-charts"
              checked={includeCharts}
              onChange={(e) => {
                setIncludeCharts(e.target.checked);
              }}
            />
            {xt(lang, 'includeCharts')}
          </label>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{xt(lang, 'whatLabel')}</legend>
          {SCOPES.map((id) => (
            <label key={id} className="export-choice">
              <input
                type="radio"
                name="export-scope"
                value={id}
                checked={scope === id}
                onChange={() => {
                  setScope(id);
                }}
              />
              {id === 'provinces'
                ? xt(lang, 'what_provinces', {
                    count: batchProvinceCodes(group).length,
                    group: group === null ? '' : ` · ${groupTitle(group, lang)}`,
                  })
                : xt(lang, `what_${id}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{xt(lang, 'formatLabel')}</legend>
          {EXPORT_FORMATS.map((id) => (
            <label key={id} className="export-choice">
              <input
                type="radio"
                name="export-format"
                value={id}
                checked={effectiveFormat(scope, format) === id}
                disabled={scope !== 'current' && id === 'png'}
                onChange={() => {
                  setFormat(id);
                }}
              />
              {xt(lang, `format_${id}`)}
            </label>
          ))}
        </fieldset>
        {!ready && !busy && <p className="export-note">{xt(lang, 'notReady')}</p>}
        {layerNotes !== '' && !busy && (
          <ul className="export-note" data-export-layer-notes="">
            {layerNotes.split('\n').map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        <div className="export-actions">
          {busy ? (
            <button
              type="button"
              data-action="export-cancel"
              onClick={() => controller.current?.abort()}
            >
              {xt(lang, 'cancel')}
            </button>
          ) : (
            <button
              type="button"
              data-action="export-start"
              disabled={!size.ok || !geography || !ready}
              onClick={() => {
                void start();
              }}
            >
              {xt(lang, 'start')}
            </button>
          )}
        </div>
        {status.kind === 'running' && status.total > 0 && (
          <progress max={status.total} value={status.done} />
        )}
        <p
          className="export-status"
          role="status"
          data-status={status.kind}
          data-ms={status.kind === 'done' ? status.ms : undefined}
          data-done={status.kind === 'running' ? status.done : undefined}
        >
          {statusText(status, lang)}
        </p>
      </div>
    </div>
  );
}
