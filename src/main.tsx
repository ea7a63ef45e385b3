import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './ui/styles.css';
import { createRoot } from 'react-dom/client';
import { parseLang } from './i18n/messages';
import { loadGeography, type Geography } from './map/load-geography';
import { markError } from './state/actions';
import { createAppStore } from './state/app-state';
import { startDataFlow } from './state/data-flow';
import { App } from './ui/App';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);
const store = createAppStore(parseLang(new URLSearchParams(window.location.search).get('lang')));

function render(geography: Geography | null): void {
  root.render(<App store={store} geography={geography} />);
}

render(null);
void startDataFlow(store, 'data/manifest.json');
loadGeography('geo/').then(render, (error: unknown) => {
  markError(store, error instanceof Error ? error.message : String(error));
});
