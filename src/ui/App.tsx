import { useCallback, useMemo } from 'react';
import { PROVINCE_BY_CODE } from '../data/provinces';
import { t } from '../i18n/messages';
import type { MapHit, MapLayerSpec } from '../map/layer-spec';
import type { Geography } from '../map/load-geography';
import { WarMap } from '../map/WarMap';
import { markReady, setHovered, setLang } from '../state/actions';
import type { AppStore } from '../state/app-state';
import { selectCoverageChoropleth } from '../state/selectors';
import { useStore } from '../state/store';
import { Header } from './Header';
import { Legend } from './Legend';
import { HoverTooltip } from './HoverTooltip';

/** Props of {@link App}. */
export interface AppProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
}

/** The dashboard: header, map with its legend and tooltip, or a loading/error message. */
export function App({ store, geography }: AppProps) {
  const lang = useStore(store, (s) => s.lang);
  const phase = useStore(store, (s) => s.phase);
  const errorMessage = useStore(store, (s) => s.errorMessage);
  const engine = useStore(store, (s) => s.engine);
  const hoveredCode = useStore(store, (s) => s.hovered?.code ?? null);
  const notices = useStore(store, (s) => s.notices);
  const datasets = useStore(store, (s) => s.datasets);
  const choropleth = useStore(store, selectCoverageChoropleth);

  const vaccinationDef = datasets.find((d) => d.id === 'vaccination');
  const labels = useMemo(
    () =>
      (geography?.provinces.features ?? []).map((f) => {
        const province = PROVINCE_BY_CODE.get(f.properties.code);
        return {
          id: f.properties.code,
          lon: f.properties.label_lon,
          lat: f.properties.label_lat,
          text: (lang === 'th' ? province?.nameTh : province?.nameEn) ?? String(f.properties.code),
          // The capital is always labelled; otherwise bigger provinces win.
          priority: f.properties.code === 10 ? Number.MAX_VALUE : f.properties.areaKm2,
        };
      }),
    [geography, lang],
  );
  const mapLayers = useMemo<readonly MapLayerSpec[]>(
    () =>
      choropleth
        ? [
            {
              kind: 'choropleth',
              key: 'vaccination-dose2',
              visible: true,
              opacity: 1,
              model: { colourByCode: choropleth.colourByCode, outlinedCodes: new Set() },
            },
          ]
        : [],
    [choropleth],
  );
  const onHover = useCallback(
    (hit: MapHit | null) => {
      setHovered(store, hit?.code === undefined ? null : { code: hit.code, x: hit.x, y: hit.y });
    },
    [store],
  );
  const onPainted = useCallback(() => {
    markReady(store);
  }, [store]);
  const switchLanguage = useCallback(() => {
    const next = store.getState().lang === 'th' ? 'en' : 'th';
    setLang(store, next);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
  }, [store]);

  return (
    <div className="app">
      <Header lang={lang} engine={engine} onSwitchLanguage={switchLanguage} />
      <main className="map-area">
        {geography && (
          <WarMap
            geography={geography}
            layers={mapLayers}
            highlightCode={hoveredCode}
            labels={labels}
            ariaLabel={t(lang, 'mapLabel')}
            onHover={onHover}
            onPainted={onPainted}
          />
        )}
        {choropleth && (
          <Legend
            lang={lang}
            title={t(lang, 'dose2Coverage')}
            unit={t(lang, 'percentOfPopulation')}
            classification={choropleth.classification}
            palette={choropleth.palette}
            showNoData={choropleth.hasNoData}
            dataset={vaccinationDef}
            asOf={choropleth.asOf}
          />
        )}
        {choropleth && (
          <HoverTooltip
            store={store}
            lang={lang}
            choropleth={choropleth}
            dataset={vaccinationDef}
          />
        )}
        {notices.length > 0 && (
          <ul className="notices" role="alert" aria-label={t(lang, 'noticesLabel')}>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        )}
        {phase === 'loading' && !choropleth && (
          <p className="status-message" role="status">
            {t(lang, 'loading')}
          </p>
        )}
        {phase === 'error' && (
          <div className="status-message status-error" role="alert">
            <h2>{t(lang, 'errorTitle')}</h2>
            <p>{errorMessage}</p>
          </div>
        )}
      </main>
    </div>
  );
}
