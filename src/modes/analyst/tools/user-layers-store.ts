/**
 * The data tools' own small store: the user's layers (from files or console results), the last
 * import's outcome, the SQL console and what the table view shows. Changed only by the actions
 * below; the map reads it through {@link selectUserLayerSpecs} / {@link useUserLayerSpecs}.
 */
import type { Table } from 'apache-arrow';
import type { ImportProgress, ImportReport } from '../../../data/import/import-job';
import type { LocalText } from '../../../data/manifest/manifest-types';
import type { ClassificationMethod } from '../../../state/layers/classify';
import { createStore, type Store } from '../../../state/app/store';
import type { PaletteId } from '../../../state/models/view-models';
import { firstMeasure } from './first-measure';
import { layerKeyOf, numericColumns, type LayerKey } from './user-layer-model';

/** Where a user layer's rows are in DuckDB (for the console). */
export type UserTableState = 'none' | 'loading' | 'ready' | 'error';

/** One layer the user added. */
export interface UserLayer {
  readonly id: string;
  /** Shown as the legend's title: the file name, or "SQL n". */
  readonly name: string;
  /** The file name, or the console query. */
  readonly source: string;
  readonly origin: 'file' | 'console';
  readonly key: LayerKey;
  readonly table: Table;
  /** Numeric columns the choropleth can be coloured by. */
  readonly numericColumns: readonly string[];
  /** The column the provinces are coloured by (null = rows per province). */
  readonly column: string | null;
  readonly method: ClassificationMethod;
  readonly palette: PaletteId;
  readonly visible: boolean;
  readonly opacity: number;
  /** Index of the point colour (categorical palette). */
  readonly colourIndex: number;
  /** The import's summary (files only). */
  readonly imported: ImportReport | null;
  readonly tableName: string | null;
  readonly tableState: UserTableState;
  readonly tableMessage: string | null;
}

/** The console's state. */
export interface ConsoleState {
  readonly sql: string;
  readonly running: boolean;
  readonly result: Table | null;
  readonly truncated: boolean;
  /** The query that gave {@link result}. */
  readonly ranSql: string;
  readonly message: LocalText | null;
}

/** What the table view shows: the current view, the console's result, or a user layer's rows. */
export type TableSource = 'view' | 'console' | `layer:${string}`;

/**
 * The last import: a file being read (with its progress), its failure or cancellation (layers
 * unchanged) or the layer it added.
 */
export type ImportStatus =
  | { readonly state: 'idle' }
  | {
      readonly state: 'reading';
      readonly fileName: string;
      /** How far the import worker has got (null before its first report). */
      readonly progress: ImportProgress | null;
    }
  | { readonly state: 'failed'; readonly fileName: string; readonly message: LocalText }
  | { readonly state: 'cancelled'; readonly fileName: string; readonly message: LocalText }
  | { readonly state: 'added'; readonly layerId: string };

/** The data tools' state. */
export interface DataToolsState {
  /** Bottom first. */
  readonly layers: readonly UserLayer[];
  readonly nextId: number;
  readonly importStatus: ImportStatus;
  readonly console: ConsoleState;
  readonly tableSource: TableSource;
  /**
   * DuckDB names whose load or drop has not settled. They stay taken after their layer is
   * removed, so a file imported meanwhile gets another name and a late clean-up of the old load
   * can never drop the new file's table.
   */
  readonly busyTables: readonly string[];
}

/** The data tools' store type. */
export type DataToolsStore = Store<DataToolsState>;

/** An empty state. */
export function initialDataToolsState(): DataToolsState {
  return {
    layers: [],
    nextId: 1,
    importStatus: { state: 'idle' },
    console: { sql: '', running: false, result: null, truncated: false, ranSql: '', message: null },
    tableSource: 'view',
    busyTables: [],
  };
}

/** A new, empty data tools store. */
export function createDataToolsStore(): DataToolsStore {
  return createStore(initialDataToolsState());
}

/** The store the panel and the map share unless given another (one analyst page, one store). */
export const sharedDataTools: DataToolsStore = createDataToolsStore();

/** What {@link addUserLayer} needs. */
export interface NewUserLayer {
  readonly name: string;
  readonly source: string;
  readonly origin: 'file' | 'console';
  readonly table: Table;
  readonly imported?: ImportReport | null;
  readonly tableName?: string | null;
}

/**
 * Adds a layer on top and shows its rows in the table view.
 * @returns the new layer's id, or null when the table has no province code and no lon/lat.
 */
export function addUserLayer(store: DataToolsStore, layer: NewUserLayer): string | null {
  const key = layerKeyOf(layer.table);
  if (!key) return null;
  const state = store.getState();
  const id = `u${state.nextId}`;
  const exclude = key.kind === 'province' ? [key.code] : [key.lon, key.lat];
  const numbers = numericColumns(layer.table, exclude);
  const added: UserLayer = {
    id,
    name: layer.name,
    source: layer.source,
    origin: layer.origin,
    key,
    table: layer.table,
    numericColumns: numbers,
    // Never first coloured by an id, code, year or row number (first-measure.ts).
    column: firstMeasure(layer.table, numbers),
    method: 'quantile',
    palette: 'viridis',
    visible: true,
    opacity: 0.85,
    colourIndex: state.nextId - 1,
    imported: layer.imported ?? null,
    tableName: layer.tableName ?? null,
    tableState: layer.tableName ? 'loading' : 'none',
    tableMessage: null,
  };
  store.update((s) => ({
    ...s,
    layers: [...s.layers, added],
    nextId: s.nextId + 1,
    importStatus: layer.origin === 'file' ? { state: 'added', layerId: id } : s.importStatus,
    tableSource: `layer:${id}`,
  }));
  return id;
}

/** Changes one layer (nothing when it is gone). */
export function updateUserLayer(
  store: DataToolsStore,
  id: string,
  change: Partial<Pick<UserLayer, 'column' | 'method' | 'palette' | 'visible' | 'opacity'>> &
    Partial<Pick<UserLayer, 'tableState' | 'tableMessage'>>,
): void {
  store.update((s) =>
    s.layers.some((l) => l.id === id)
      ? { ...s, layers: s.layers.map((l) => (l.id === id ? { ...l, ...change } : l)) }
      : s,
  );
}

/** Removes a layer; the table view falls back to the current view if it showed it. */
export function removeUserLayer(store: DataToolsStore, id: string): UserLayer | null {
  const layer = store.getState().layers.find((l) => l.id === id) ?? null;
  if (!layer) return null;
  store.update((s) => ({
    ...s,
    layers: s.layers.filter((l) => l.id !== id),
    tableSource: s.tableSource === `layer:${id}` ? 'view' : s.tableSource,
    importStatus:
      s.importStatus.state === 'added' && s.importStatus.layerId === id
        ? { state: 'idle' }
        : s.importStatus,
  }));
  return layer;
}

/** Records the import's progress or failure. */
export function setImportStatus(store: DataToolsStore, status: ImportStatus): void {
  store.update((s) => ({ ...s, importStatus: status }));
}

/** Chooses what the table view shows. */
export function setTableSource(store: DataToolsStore, source: TableSource): void {
  store.update((s) => (s.tableSource === source ? s : { ...s, tableSource: source }));
}

/** Changes the console's state. */
export function updateConsole(store: DataToolsStore, change: Partial<ConsoleState>): void {
  store.update((s) => ({ ...s, console: { ...s.console, ...change } }));
}

/** The DuckDB names of the user tables that are loaded. */
export function readyUserTables(layers: readonly UserLayer[]): string[] {
  return layers.flatMap((l) => (l.tableState === 'ready' && l.tableName ? [l.tableName] : []));
}

/** Marks a DuckDB name as in use by a load or drop that has not settled. */
export function holdTable(store: DataToolsStore, name: string): void {
  store.update((s) => ({ ...s, busyTables: [...s.busyTables, name] }));
}

/** Releases one hold of {@link holdTable} (a name may be held by a load and a drop at once). */
export function releaseTable(store: DataToolsStore, name: string): void {
  store.update((s) => {
    const index = s.busyTables.indexOf(name);
    return index < 0 ? s : { ...s, busyTables: s.busyTables.filter((_, i) => i !== index) };
  });
}

/** DuckDB names a new user table may not take: the layers' and those still loading or dropping. */
export function takenTableNames(state: DataToolsState): string[] {
  return [...state.layers.flatMap((l) => (l.tableName ? [l.tableName] : [])), ...state.busyTables];
}

/** True while layer `id` exists and owns DuckDB table `name` (a load's token of ownership). */
export function ownsTable(state: DataToolsState, id: string, name: string): boolean {
  return state.layers.some((l) => l.id === id && l.tableName === name);
}
