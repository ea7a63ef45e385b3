import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './ui/styles.css';
import { createRoot } from 'react-dom/client';
import { messageOf } from './data/error-message';
import { parseLang } from './i18n/messages';
import { loadGeography, type Geography } from './map/load-geography';
import { markError } from './state/actions';
import { createAppStore } from './state/app-state';
import { startDataFlow } from './state/data-flow';
import { Root } from './ui/Root';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);
const store = createAppStore(parseLang(new URLSearchParams(window.location.search).get('lang')));

function render(geography: Geography | null): void {
  root.render(<Root store={store} geography={geography} />);
}

render(null);
void startDataFlow(store, 'data/manifest.json');
loadGeography('geo/').then(render, (error: unknown) => {
  markError(store, messageOf(error));
});
