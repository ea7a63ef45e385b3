import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './ui/styles.css';
import { createRoot } from 'react-dom/client';
// Registers the dataset modules (indicators) with the state before the data flow starts.
import './datasets';
import { messageOf } from './data/error-message';
import { loadGroupings } from './data/places/groupings-load';
import { loadGeography, type Geography } from './map/load-geography';
import { addNotice, markError, setAnchors } from './state/app/actions';
import { createAppStore } from './state/app/app-state';
import { setActiveGroupings } from './state/groupings/groupings';
import { startDataFlow } from './state/app/data-flow';
import { startPlayback } from './state/app/playback';
import { selectViewModels } from './state/models/view-model-selectors';
import { parseUrlState } from './state/url/url-state';
import { syncUrl } from './state/url/url-sync';
import { Shell } from './Shell';

/** Milliseconds between steps of the time cursor while playing. */
const PLAYBACK_INTERVAL_MS = 1200;

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);
// The map's shapes are fetched at once; they do not wait for the groupings below. (Settled into
// a value here so a failure is not an unhandled rejection while the groupings load.)
const geographyLoad = loadGeography('geo/').then(
  (geography) => ({ geography, error: null }),
  (error: unknown) => ({ geography: null, error }),
);
// The groupings come before the URL, which may name one of their groups (`group=health:9`).
const groupings = await loadGroupings('data/groupings.json');
setActiveGroupings(groupings.groupings);
const parsed = parseUrlState(window.location.search);
const store = createAppStore(parsed.state);
for (const problem of groupings.problems) addNotice(store, problem);
for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);

function render(geography: Geography | null): void {
  root.render(<Shell store={store} geography={geography} coordinator={coordinator} />);
}

// The analyst's data tools reach DuckDB through the coordinator (src/data), never directly.
const coordinator = startDataFlow(store, 'data/manifest.json');
render(null);
syncUrl(store);
startPlayback(store, (state) => selectViewModels(state).steps, {
  intervalMs: PLAYBACK_INTERVAL_MS,
  loop: false,
});
void geographyLoad.then(({ geography, error }) => {
  if (geography === null) {
    markError(store, messageOf(error));
    return;
  }
  setAnchors(
    store,
    new Map(
      geography.provinces.features.map((f) => [
        f.properties.code,
        [f.properties.label_lon, f.properties.label_lat] as const,
      ]),
    ),
  );
  render(geography);
});
