import './tools.css';
import type { Table } from 'apache-arrow';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { DatasetDef } from '../../../data/manifest/manifest-types';
import type { AppState, AppStore } from '../../../state/app/app-state';
import { useStore } from '../../../state/app/store';
import type { LayerId } from '../../../state/models/view-models';
import { tt } from './messages';
import { withProvinceNames } from './table-model';
import { TableView } from './TableView';
import type { BackendSource } from './tools-actions';
import { useToolsBackend } from './use-tools-backend';
import {
  setTableSource,
  sharedDataTools,
  type DataToolsStore,
  type TableSource,
} from './user-layers-store';
import { viewTable } from './view-table';

/** Props of {@link TablePane}. */
export interface TablePaneProps {
  readonly store: AppStore;
  /** The data coordinator: its registry says which tables a console query read are demo data. */
  readonly coordinator: BackendSource;
  /** The tools' store; by default the one the data tools panel and the map's user layers read. */
  readonly tools?: DataToolsStore;
}

/** Height of the pane at first: a quarter of the window (the map keeps the most), within bounds. */
export function defaultPaneHeight(windowHeight: number): number {
  return Math.min(320, Math.max(PANE_MIN_PX, Math.round(windowHeight / 4)));
}
/** The pane's least height in CSS pixels. */
export const PANE_MIN_PX = 140;
const PANE_MAX_SHARE = 0.7;
/** A key press on the resize handle moves it by this much. */
export const PANE_STEP_PX = 40;
/** The pane's own rows above the table's scrolling rows (handle, source line, table head). */
const PANE_CHROME_PX = 110;

const focusOf = (s: AppState): LayerId => s.url.layers[s.url.layers.length - 1] ?? 'vaccination';

/** Does `sql` name a table of demo data? */
function readsDemo(sql: string, datasets: readonly DatasetDef[]): boolean {
  return datasets.some((d) => d.demo && new RegExp(`\\b${d.id}\\b`, 'i').test(sql));
}

function clampHeight(px: number): number {
  const max = Math.max(PANE_MIN_PX, Math.round(window.innerHeight * PANE_MAX_SHARE));
  return Math.min(max, Math.max(PANE_MIN_PX, Math.round(px)));
}

/**
 * The analyst's table in a pane of its own under the dashboard, the page's full width: the
 * current view (the map's provinces), the SQL console's result or one of your files, with its
 * exports. Its height follows the handle on top (drag, or the arrow keys); it folds away.
 */
export function TablePane({ store, coordinator, tools = sharedDataTools }: TablePaneProps) {
  const lang = useStore(store, (s) => s.lang);
  const focus = useStore(store, focusOf);
  const datasets = useStore(store, (s) => s.datasets);
  // The map's own result within the chosen group: the table lists what the map shows.
  const viewResult = useStore(store, (s) => viewTable(s, focusOf(s)));
  const region = useStore(store, (s) => s.url.region);
  const from = useStore(store, (s) => s.url.from);
  const to = useStore(store, (s) => s.url.to);
  const layers = useStore(tools, (s) => s.layers);
  const consoleState = useStore(tools, (s) => s.console);
  const tableSource = useStore(tools, (s) => s.tableSource);
  const [height, setHeight] = useState(() => defaultPaneHeight(window.innerHeight));
  const [open, setOpen] = useState(true);
  const [drag, setDrag] = useState<{ y: number; height: number } | null>(null);
  const backend = useToolsBackend(coordinator);
  const allDatasets = backend ? backend.registry.list() : datasets;

  const focusDef = datasets.find((d) => d.id === focus);
  const shownLayer = layers.find((l) => tableSource === `layer:${l.id}`);
  let shown: {
    table: Table | null;
    caption: string;
    demo: boolean;
    parts: string[];
    caveats?: string[];
  };
  if (shownLayer) {
    shown = {
      table: withProvinceNames(shownLayer.table),
      caption: tt(lang, 'sourceLayer', { name: shownLayer.name }),
      demo: shownLayer.origin === 'console' && readsDemo(shownLayer.source, allDatasets),
      parts: [shownLayer.name.replace(/\.[^.]*$/, '')],
    };
  } else if (tableSource === 'console') {
    shown = {
      table: consoleState.result,
      caption: tt(lang, 'sourceConsole'),
      demo: readsDemo(consoleState.ranSql, allDatasets),
      parts: ['sql'],
    };
  } else {
    shown = {
      table: viewResult ? withProvinceNames(viewResult) : null,
      caption: tt(lang, 'sourceView', { title: focusDef?.title[lang] ?? focus }),
      demo: focusDef?.demo ?? false,
      parts: [focus, 'by-province', ...(region === null ? [] : [region])],
      caveats: (focusDef?.caveats ?? []).map((c) => (c.th === c.en ? c.th : `${c.th} · ${c.en}`)),
    };
  }
  const sourceValue: TableSource = shownLayer
    ? `layer:${shownLayer.id}`
    : tableSource === 'console'
      ? 'console'
      : 'view';

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ y: event.clientY, height });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    // Dragging up makes the pane taller.
    if (drag) setHeight(clampHeight(drag.height + drag.y - event.clientY));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step =
      event.key === 'ArrowUp' ? PANE_STEP_PX : event.key === 'ArrowDown' ? -PANE_STEP_PX : 0;
    if (step === 0) return;
    event.preventDefault();
    setHeight((current) => clampHeight(current + step));
  };

  return (
    <section
      className="dt-pane"
      data-pane="analyst-table"
      data-open={open}
      aria-label={tt(lang, 'tableTitle')}
      style={open ? { height } : undefined}
    >
      {open && (
        <div
          className="dt-pane-handle"
          role="separator"
          aria-orientation="horizontal"
          aria-label={tt(lang, 'paneResize')}
          aria-valuenow={height}
          aria-valuemin={PANE_MIN_PX}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => {
            setDrag(null);
          }}
          onKeyDown={onKeyDown}
        />
      )}
      <div className="dt-pane-bar">
        <h3 className="panel-title">{tt(lang, 'tableTitle')}</h3>
        <label>
          {tt(lang, 'tableSource')}{' '}
          <select
            value={sourceValue}
            data-table-source=""
            onChange={(event) => {
              setTableSource(tools, event.target.value as TableSource);
            }}
          >
            <option value="view">
              {tt(lang, 'sourceView', { title: focusDef?.title[lang] ?? focus })}
            </option>
            {consoleState.result && <option value="console">{tt(lang, 'sourceConsole')}</option>}
            {layers.map((layer) => (
              <option key={layer.id} value={`layer:${layer.id}`}>
                {tt(lang, 'sourceLayer', { name: layer.name })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {tt(lang, open ? 'paneHide' : 'paneShow')}
        </button>
      </div>
      {open && (
        <TableView
          key={sourceValue}
          table={shown.table}
          lang={lang}
          caption={shown.caption}
          viewHeight={Math.max(ROW_MIN_VIEW_PX, height - PANE_CHROME_PX)}
          truncatedAt={
            tableSource === 'console' && consoleState.truncated
              ? consoleState.result?.numRows
              : null
          }
          exportOptions={{ parts: shown.parts, from, to, demo: shown.demo, caveats: shown.caveats }}
        />
      )}
    </section>
  );
}

/** The table shows at least this much of its rows, however low the pane. */
const ROW_MIN_VIEW_PX = 56;
