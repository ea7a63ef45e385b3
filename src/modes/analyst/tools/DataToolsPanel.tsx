import './tools.css';
import type { Table } from 'apache-arrow';
import { useCallback, useEffect, useState } from 'react';
import { consoleTables } from '../../../data/sql-guard/console';
import type { ImportOptions } from '../../../data/import/import-types';
import type { DatasetDef } from '../../../data/manifest/manifest-types';
import type { AppState, AppStore } from '../../../state/app/app-state';
import { useStore } from '../../../state/app/store';
import type { LayerId } from '../../../state/models/view-models';
import { FileDrop } from './FileDrop';
import { tt } from './messages';
import { SqlConsole } from './SqlConsole';
import { withProvinceNames } from './table-model';
import { TableView } from './TableView';
import { viewTable } from './view-table';
import {
  importUserFile,
  type BackendSource,
  type PickedFile,
  type ToolsBackend,
} from './tools-actions';
import { UserLayerCard } from './UserLayerCard';
import {
  readyUserTables,
  setTableSource,
  sharedDataTools,
  type DataToolsStore,
  type TableSource,
} from './user-layers-store';

/** Props of {@link DataToolsPanel}. */
export interface DataToolsPanelProps {
  readonly store: AppStore;
  /** The data coordinator (or the promise startDataFlow returns). */
  readonly coordinator: BackendSource;
  /** The tools' store; by default the one {@link useUserLayerSpecs} reads too. */
  readonly tools?: DataToolsStore;
}

const focusOf = (s: AppState): LayerId => s.url.layers[s.url.layers.length - 1] ?? 'vaccination';

/** Does `sql` name a table of demo data? */
function readsDemo(sql: string, datasets: readonly DatasetDef[]): boolean {
  return datasets.some((d) => d.demo && new RegExp(`\\b${d.id}\\b`, 'i').test(sql));
}

type ParquetDecoder = NonNullable<ImportOptions['decodeParquet']>;

let parquetDecoder: ParquetDecoder | undefined;
/** parquet-wasm's decoder, its module fetched the first time a Parquet file is dropped. */
const decodeParquet: ParquetDecoder = async (bytes) => {
  parquetDecoder ??= (await import('./parquet-codec')).decodeParquet;
  return parquetDecoder(bytes);
};

/**
 * The analyst's data tools: your own files as layers, the table view with CSV/Parquet export, and
 * the read-only SQL console. Self-contained: mount it in the analyst page and append
 * {@link useUserLayerSpecs} to the map's layers.
 */
export function DataToolsPanel({
  store,
  coordinator,
  tools = sharedDataTools,
}: DataToolsPanelProps) {
  const lang = useStore(store, (s) => s.lang);
  const engine = useStore(store, (s) => s.engine);
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
  const [backend, setBackend] = useState<ToolsBackend | null>(null);

  useEffect(() => {
    let live = true;
    Promise.resolve(coordinator).then(
      (resolved) => {
        if (live) setBackend(resolved);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [coordinator]);

  const onFile = useCallback(
    (file: PickedFile) => importUserFile(tools, file, coordinator, decodeParquet),
    [tools, coordinator],
  );
  const namedView = viewResult ? withProvinceNames(viewResult) : null;
  const allDatasets = backend ? backend.registry.list() : datasets;
  const focusDef = datasets.find((d) => d.id === focus);
  const tables =
    backend && engine !== 'idle' ? consoleTables(backend, readyUserTables(layers)) : [];

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
      table: namedView,
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

  return (
    <section className="dt-panel" data-panel="data-tools" aria-label={tt(lang, 'panelTitle')}>
      <h3 className="panel-title">{tt(lang, 'panelTitle')}</h3>
      <FileDrop tools={tools} lang={lang} onFile={onFile} />
      {layers.length > 0 && (
        <ul className="dt-layers">
          {[...layers].reverse().map((layer) => (
            <UserLayerCard
              key={layer.id}
              layer={layer}
              tools={tools}
              source={coordinator}
              lang={lang}
            />
          ))}
        </ul>
      )}
      <section className="dt-table-section">
        <h4>{tt(lang, 'tableTitle')}</h4>
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
        <TableView
          key={sourceValue}
          table={shown.table}
          lang={lang}
          caption={shown.caption}
          truncatedAt={
            tableSource === 'console' && consoleState.truncated
              ? consoleState.result?.numRows
              : null
          }
          exportOptions={{ parts: shown.parts, from, to, demo: shown.demo, caveats: shown.caveats }}
        />
      </section>
      <SqlConsole tools={tools} source={coordinator} lang={lang} tables={tables} />
    </section>
  );
}
