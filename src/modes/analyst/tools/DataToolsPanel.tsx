import './tools.css';
import { useCallback } from 'react';
import { consoleTables } from '../../../data/sql-guard/console';
import { defaultRunner } from '../../../data/import/import-client';
import type { ImportOptions } from '../../../data/import/import-types';
import type { AppStore } from '../../../state/app/app-state';
import { useStore } from '../../../state/app/store';
import { FileDrop } from './FileDrop';
import { tt } from './messages';
import { SqlConsole } from './SqlConsole';
import { importUserFile, type BackendSource, type PickedFile } from './tools-actions';
import { useToolsBackend } from './use-tools-backend';
import { UserLayerCard } from './UserLayerCard';
import { readyUserTables, sharedDataTools, type DataToolsStore } from './user-layers-store';

/** Props of {@link DataToolsPanel}. */
export interface DataToolsPanelProps {
  readonly store: AppStore;
  /** The data coordinator (or the promise startDataFlow returns). */
  readonly coordinator: BackendSource;
  /** The tools' store; by default the one {@link useUserLayerSpecs} reads too. */
  readonly tools?: DataToolsStore;
}

type ParquetDecoder = NonNullable<ImportOptions['decodeParquet']>;

let parquetDecoder: ParquetDecoder | undefined;
/**
 * parquet-wasm's decoder, its module fetched the first time a Parquet file is dropped: used
 * only where the browser has no workers (the import worker starts its own).
 */
const decodeParquet: ParquetDecoder = async (bytes) => {
  parquetDecoder ??= (await import('./parquet-codec')).decodeParquet;
  return parquetDecoder(bytes);
};

/** Files are parsed in the import worker (in this thread only without workers). */
const runner = defaultRunner(decodeParquet);

/**
 * The analyst's data tools: your own files as layers and the read-only SQL console (the table
 * they fill, with its exports, has a pane of its own: TablePane). Self-contained: mount it in the analyst page and append
 * {@link useUserLayerSpecs} to the map's layers.
 */
export function DataToolsPanel({
  store,
  coordinator,
  tools = sharedDataTools,
}: DataToolsPanelProps) {
  const lang = useStore(store, (s) => s.lang);
  const engine = useStore(store, (s) => s.engine);
  const layers = useStore(tools, (s) => s.layers);
  const backend = useToolsBackend(coordinator);

  const onFile = useCallback(
    (file: PickedFile, signal: AbortSignal) =>
      importUserFile(tools, file, coordinator, { runner, signal }),
    [tools, coordinator],
  );
  const tables =
    backend && engine !== 'idle' ? consoleTables(backend, readyUserTables(layers)) : [];

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
      <SqlConsole tools={tools} source={coordinator} lang={lang} tables={tables} />
    </section>
  );
}
