import type { ReactNode } from 'react';
import type { Geography } from '../../map/load-geography';
import type { AppStore } from '../../state/app-state';
import { App } from '../../ui/App';
import { AnalystPanel } from './AnalystPanel';
import './analyst.css';

/** Props of {@link AnalystApp}. */
export interface AnalystAppProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /**
   * The data tools (file import, table, exports, SQL console) shown under the filters, in the
   * element with `data-slot="analyst-tools"`. Nothing is mounted there yet.
   */
  readonly tools?: ReactNode;
}

/** `?mode=analyst`: the dashboard with the analyst's filters, thresholds and saved views. */
export function AnalystApp({ store, geography, tools }: AnalystAppProps) {
  return (
    <App
      store={store}
      geography={geography}
      filters={<AnalystPanel store={store} tools={tools} />}
    />
  );
}
