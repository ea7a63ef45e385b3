import type { Geography } from '../../map/load-geography';
import type { AppStore } from '../../state/app/app-state';
import { App } from '../../ui/App';
import { AnalystPanel } from './AnalystPanel';
import './analyst.css';
import { MapKeys } from './MapKeys';
import { DataToolsPanel } from './tools/DataToolsPanel';
import { TablePane } from './tools/TablePane';
import type { BackendSource } from './tools/tools-actions';
import { useUserLayerSpecs } from './tools/user-layer-specs';

/** Props of {@link AnalystApp}. */
export interface AnalystAppProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** The data coordinator, for the data tools (files, table, exports, SQL console). */
  readonly coordinator: BackendSource;
}

/**
 * `?mode=analyst`: the dashboard with the analyst's filters, thresholds and saved views in the
 * left column, the layers' keys right under the map, and the table in a pane of its own.
 */
export function AnalystApp({ store, geography, coordinator }: AnalystAppProps) {
  const userLayers = useUserLayerSpecs();
  const tools = <DataToolsPanel store={store} coordinator={coordinator} />;
  return (
    <App
      store={store}
      geography={geography}
      extraLayers={userLayers}
      filters={<AnalystPanel store={store} tools={tools} />}
      mapFooter={<MapKeys store={store} />}
      bottomPane={<TablePane store={store} coordinator={coordinator} />}
    />
  );
}
