import { useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { preloadCharts } from '../charts';
import { groupTitle } from '../state/groupings/groupings';
import { t } from '../i18n/messages';
import { provinceBounds } from '../map/camera';
import type { MapHit, MapLayerSpec } from '../map/layer-spec';
import type { Geography } from '../map/load-geography';
import { WarMap } from '../map/WarMap';
import type { AppStore } from '../state/app/app-state';
import { regionCodes } from '../state/queries/view-filters';
import { showsDemo } from '../state/models/demo-shown';
import { selectViewModels } from '../state/models/view-model-selectors';
import type { MapView } from '../state/url/url-state';
import { useStore } from '../state/app/store';
import { ExportSlotContext } from './export-slot';
import { Header } from './Header';
import { HoverTooltip } from './HoverTooltip';
import { KpiTiles } from './KpiTiles';
import { LayerPanel, type LayerPanelEntry } from './LayerPanel';
import { layerPanelEntries } from './layer-panel-entries';
import { SidePanel } from './SidePanel';
import { TimeCursor } from './TimeCursor';
import { useDashboardActions } from './use-dashboard-actions';
import { useMapLayers, useProvinceLabels } from './use-map-inputs';
import { useReducedMotion } from './use-reduced-motion';
import { ProblemText } from './ErrorDetails';

const NO_LAYERS: readonly MapLayerSpec[] = [];

/** Props of {@link App}. */
export interface AppProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
  /** Shown above the layer panel in the left column (the analyst's filters, `?mode=analyst`). */
  readonly filters?: ReactNode;
  /** Layers drawn above the datasets' layers (the analyst's own files and SQL results). */
  readonly extraLayers?: readonly MapLayerSpec[];
  /** Under the map, beside it in view (the analyst's legends). */
  readonly mapFooter?: ReactNode;
  /** A pane of its own under the dashboard, full width (the analyst's table). */
  readonly bottomPane?: ReactNode;
}

/** The dashboard: header, KPI tiles, layer panel, map with time cursor, card and charts. */
export function App(props: AppProps) {
  const { store, geography, filters, extraLayers = NO_LAYERS, mapFooter, bottomPane } = props;
  const lang = useStore(store, (s) => s.lang);
  const phase = useStore(store, (s) => s.phase);
  const errorMessage = useStore(store, (s) => s.errorMessage);
  const engine = useStore(store, (s) => s.engine);
  const hoveredCode = useStore(store, (s) => s.hovered?.code ?? null);
  const notices = useStore(store, (s) => s.notices);
  const url = useStore(store, (s) => s.url);
  const layerSettings = useStore(store, (s) => s.layerSettings);
  const datasets = useStore(store, (s) => s.datasets);
  const health = useStore(store, (s) => s.health);
  const povertyDimension = useStore(store, (s) => s.povertyDimension);
  const cursor = useStore(store, (s) => s.cursor);
  const playing = useStore(store, (s) => s.playing);
  const models = useStore(store, selectViewModels);
  // The side panel shows the focused dataset: it is demo data only if that dataset is (with real
  // vaccination ingested, its charts carry no demo label while the other layers still do).
  const demo = useStore(store, (s) => showsDemo(s.datasets, [models.focus]));
  const actions = useDashboardActions(store);
  const exportSlot = useContext(ExportSlotContext);
  const exportButton = useMemo(() => exportSlot?.(extraLayers), [exportSlot, extraLayers]);
  const userMoved = useRef(false);

  // The chart code is not needed for the first paint; fetch it right after.
  useEffect(() => {
    if (phase === 'ready') preloadCharts();
  }, [phase]);

  const labels = useProvinceLabels(geography, lang);
  const { mapLayers, onPainted } = useMapLayers(models.layers, actions.painted);
  const animate = !useReducedMotion();
  const allLayers = useMemo(
    () => (extraLayers.length > 0 ? [...mapLayers, ...extraLayers] : mapLayers),
    [mapLayers, extraLayers],
  );
  const fitTo = useMemo(() => {
    const codes = regionCodes(url.region);
    const bounds = codes && geography ? provinceBounds(geography.provinces.features, codes) : null;
    return bounds ? { bounds } : null;
  }, [url.region, geography]);
  const panelEntries = useMemo<LayerPanelEntry[]>(
    () =>
      layerPanelEntries(
        { shown: url.layers, layerSettings, datasets, lang, health },
        models.layers,
      ),
    [url.layers, layerSettings, datasets, lang, health, models.layers],
  );
  const densityCells = useMemo(() => {
    const road = models.layers.find((l) => l.id === 'road_safety')?.drawing;
    return road?.kind === 'incidents' ? (road.cells?.cells ?? null) : null;
  }, [models.layers]);
  const onHover = useCallback(
    (hit: MapHit | null) => {
      const cell =
        hit?.part === 'cells' && hit.index !== undefined ? densityCells?.[hit.index] : undefined;
      actions.hoverCell(
        cell && hit
          ? {
              incidents: cell.count,
              deaths: cell.deaths,
              injuries: cell.injuries,
              x: hit.x,
              y: hit.y,
            }
          : null,
      );
      if (!cell) actions.hover(hit?.code ?? null, hit?.x ?? 0, hit?.y ?? 0);
    },
    [actions, densityCells],
  );
  const onViewChange = useCallback(
    (view: MapView) => {
      if (userMoved.current) actions.recordView(view);
    },
    [actions],
  );
  const markUserMove = () => {
    userMoved.current = true;
  };

  // The KPIs add up the analyst's filtered provinces (within the region) when there is a filter.
  const filtered = url.provinces?.length
    ? url.provinces.filter((code) => regionCodes(url.region)?.includes(code) ?? true).length
    : null;
  const layerPanel = (
    <LayerPanel
      lang={lang}
      entries={panelEntries}
      povertyDimension={povertyDimension}
      actions={actions.panel}
    />
  );

  return (
    <div className="app">
      <Header
        lang={lang}
        engine={engine}
        region={url.region}
        onRegionChange={actions.setRegion}
        onSwitchLanguage={actions.switchLanguage}
      >
        {exportButton}
      </Header>
      <KpiTiles
        tiles={models.kpis}
        scope={
          filtered !== null
            ? t(lang, 'kpiScopeFiltered').replace('{count}', String(filtered))
            : url.region === null
              ? t(lang, 'kpiScopeNational')
              : `${t(lang, 'kpiScopeRegion')} ${groupTitle(url.region, lang)}`
        }
        onFocus={actions.focus}
      />
      <div className="dashboard">
        {filters ? (
          <div className="dashboard-left">
            {filters}
            {layerPanel}
          </div>
        ) : (
          layerPanel
        )}
        <main className="map-column">
          <div className="map-area" onPointerDown={markUserMove} onWheel={markUserMove}>
            <WarMap
              geography={geography}
              layers={allLayers}
              highlightCode={hoveredCode}
              selectedCode={url.province}
              labels={labels}
              ariaLabel={t(lang, 'mapLabel')}
              view={url.view}
              fitTo={fitTo}
              onHover={onHover}
              onSelectProvince={actions.selectProvince}
              onViewChange={onViewChange}
              onPainted={onPainted}
            />
            <HoverTooltip store={store} lang={lang} layers={models.layers} />
            {notices.length > 0 && (
              <ul className="notices" role="alert" aria-label={t(lang, 'noticesLabel')}>
                {notices.map((notice) => (
                  <li key={notice}>
                    <ProblemText text={notice} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
            {phase === 'loading' && models.layers.length === 0 && (
              <p className="status-message" role="status">
                {t(lang, 'loading')}
              </p>
            )}
            {phase === 'error' && (
              <div className="status-message status-error" role="alert">
                <h2>{t(lang, 'errorTitle')}</h2>
                <ProblemText text={errorMessage ?? ''} lang={lang} />
              </div>
            )}
          </div>
          <TimeCursor
            lang={lang}
            steps={models.steps}
            cursor={cursor}
            playing={playing}
            onCursorChange={actions.setCursor}
            onPlayingChange={actions.setPlaying}
          />
          {mapFooter}
        </main>
        <SidePanel lang={lang} models={models} demo={demo} animate={animate} actions={actions} />
      </div>
      {bottomPane}
    </div>
  );
}
