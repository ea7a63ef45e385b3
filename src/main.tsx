import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './ui/styles.css';
import { createRoot } from 'react-dom/client';
import { messageOf } from './data/error-message';
import { loadGeography, type Geography } from './map/load-geography';
import { markError } from './state/actions';
import { createAppStore } from './state/app-state';
import { startDataFlow } from './state/data-flow';
import { parseUrlState } from './state/url-state';
import { Root } from './ui/Root';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);
const store = createAppStore(parseUrlState(window.location.search).state);

function render(geography: Geography | null): void {
  root.render(<Root store={store} geography={geography} />);
}

render(null);
void startDataFlow(store, 'data/manifest.json');
loadGeography('geo/').then(render, (error: unknown) => {
  markError(store, messageOf(error));
});
