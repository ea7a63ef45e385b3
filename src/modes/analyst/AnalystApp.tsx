import type { Geography } from '../../map/load-geography';
import type { AppStore } from '../../state/app/app-state';
import { App } from '../../ui/App';
import { AnalystPanel } from './AnalystPanel';
import './analyst.css';
import { DataToolsPanel } from './tools/DataToolsPanel';
import type { BackendSource } from './tools/tools-actions';
import { useUserLayerSpecs } from './tools/user-layer-specs';

/** Props of {@link AnalystApp}. */
export interface AnalystAppProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** The data coordinator, for the data tools (files, table, exports, SQL console). */
  readonly coordinator: BackendSource;
}

/** `?mode=analyst`: the dashboard with the analyst's filters, thresholds and saved views. */
export function AnalystApp({ store, geography, coordinator }: AnalystAppProps) {
  const userLayers = useUserLayerSpecs();
  const tools = <DataToolsPanel store={store} coordinator={coordinator} />;
  return (
    <App
      store={store}
      geography={geography}
      extraLayers={userLayers}
      filters={<AnalystPanel store={store} tools={tools} />}
    />
  );
}
