import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../i18n/messages';
import { provinceBounds, THAILAND_BOUNDS, type Bounds } from '../../map/camera';
import type { Geography } from '../../map/load-geography';
import { WarMap } from '../../map/WarMap';
import type { AppStore } from '../../state/app/app-state';
import { useStore } from '../../state/app/store';
import { showsDemo } from '../../state/models/demo-shown';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { regionCodes } from '../../state/queries/view-filters';
import { kpiAreaTitle, selectAreaKpiTiles } from '../../state/kpis/area-kpis';
import { LegendView } from '../../ui/LegendView';
import { useDashboardActions } from '../../ui/use-dashboard-actions';
import { useMapLayers, useProvinceLabels } from '../../ui/use-map-inputs';
import { tickerAlerts } from './alerts';
import { wt } from './messages';
import type { SceneView, WallChart } from '../../state/playlist/playlist';
import {
  usePlayableScenes,
  usePlaylistFile,
  useSceneSchedule,
  useWallKeys,
} from './use-wall-schedule';
import { WallCharts } from './WallCharts';
import { WallFooter } from './WallFooter';
import { WallHeader } from './WallHeader';
import { WallKpis } from './WallKpis';
import { createWallStore } from './wall-store';
import { useSettledSize } from './use-settled-size';
import { useLegendPlacement } from './use-legend-placement';
import './wall.css';
import { ProblemText } from '../../ui/ErrorDetails';

/** Props of {@link WallApp}. */
export interface WallAppProps {
  readonly store: AppStore;
  readonly geography: Geography | null;
}

function boundsOf(view: SceneView | undefined, geography: Geography | null): Bounds {
  if (!view || view.kind === 'thailand' || !geography) return THAILAND_BOUNDS;
  const codes = view.kind === 'region' ? regionCodes(view.region) : [view.code];
  return (codes && provinceBounds(geography.provinces.features, codes)) ?? THAILAND_BOUNDS;
}

/** Label points of the provinces the scene ranks (its ranking on screen) or names (its view). */
function namedPoints(
  geography: Geography | null,
  view: SceneView | undefined,
  rankedCodes: readonly number[],
): readonly { lon: number; lat: number }[] {
  const codes = new Set(rankedCodes);
  if (view && typeof view === 'object' && view.kind === 'province') codes.add(view.code);
  return (geography?.provinces.features ?? [])
    .filter((f) => codes.has(f.properties.code))
    .map((f) => ({ lon: f.properties.label_lon, lat: f.properties.label_lat }));
}

const NO_CHARTS: readonly WallChart[] = [];

// The wall has no pointer.
const ignoreHover = () => undefined;

/**
 * The operations-room wall (`?mode=wall`): no controls, large type, the playlist's scenes one
 * after another (map, its legend and the scene's charts), a clock and an alert ticker.
 */
export function WallApp({ store, geography }: WallAppProps) {
  const [wall] = useState(createWallStore);
  const lang = useStore(store, (s) => s.lang);
  const phase = useStore(store, (s) => s.phase);
  const errorMessage = useStore(store, (s) => s.errorMessage);
  const notices = useStore(store, (s) => s.notices);
  const url = useStore(store, (s) => s.url);
  const models = useStore(store, selectViewModels);
  const areaKpis = useStore(store, selectAreaKpiTiles);
  // Demo labels follow what is on screen: the header the scene's layers, the charts the focused
  // dataset (real vaccination data beside demo layers carries no label).
  const demo = useStore(store, (s) => showsDemo(s.datasets, url.layers));
  const chartsDemo = useStore(store, (s) => showsDemo(s.datasets, [models.focus]));
  const scenes = useStore(wall, (s) => s.scenes);
  const status = useStore(wall, (s) => s.status);
  const schedule = useStore(wall, (s) => s.schedule);
  const actions = useDashboardActions(store);

  usePlaylistFile(store, wall);
  usePlayableScenes(store, wall);
  const scheduler = useSceneSchedule(store, wall);
  useWallKeys(scheduler);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.mode = 'wall';
    return () => {
      delete root.dataset.mode;
    };
  }, []);

  const scene = schedule ? (scenes[schedule.index] ?? null) : null;
  const labels = useProvinceLabels(geography, lang);
  const { mapLayers, onPainted } = useMapLayers(models.layers, actions.painted);
  const sceneView = scene?.view;
  const mapBox = useRef<HTMLElement>(null);
  const resized = useSettledSize(mapBox, 200);
  // The camera moves when the bounds' values change: a new view, or (nudged by a billionth of a
  // degree) a map whose size has changed since the last fit.
  const sceneBounds = useMemo(() => boundsOf(sceneView, geography), [sceneView, geography]);
  const alerts = useMemo(() => tickerAlerts(models.kpis, lang), [models.kpis, lang]);
  const legends = useMemo(
    () => [...models.layers].reverse().flatMap((layer) => (layer.legend ? [layer.legend] : [])),
    [models.layers],
  );
  const scope = kpiAreaTitle(url, lang);
  const charts = scene?.charts ?? NO_CHARTS;
  const rankedCodes = useMemo(
    () => (charts.includes('ranking') ? (models.ranking?.rows ?? []).map((row) => row.code) : []),
    [charts, models.ranking],
  );
  const avoid = useMemo(
    () => namedPoints(geography, sceneView, rankedCodes),
    [geography, sceneView, rankedCodes],
  );
  const allPoints = useMemo(
    () =>
      (geography?.provinces.features ?? []).map((f) => ({
        lon: f.properties.label_lon,
        lat: f.properties.label_lat,
      })),
    [geography],
  );
  const legendBox = useRef<HTMLDivElement>(null);
  const { placement: legendPlace, padding } = useLegendPlacement(mapBox, legendBox, {
    key: `${scene?.id ?? ''}|${legends.map((legend) => legend.layerId).join()}|${avoid.length}`,
    count: legends.length,
    bounds: sceneBounds,
    avoid,
    others: allPoints,
  });
  // The padding leaves room beside the bounds for a corner legend (legend-placement.ts).
  const fitTo = useMemo(() => {
    const [west, south, east, north] = sceneBounds;
    return { bounds: [west - resized * 1e-9, south, east, north] as const, padding };
  }, [sceneBounds, resized, padding]);

  return (
    <div
      className="wall"
      data-scene={scene?.id ?? ''}
      data-scene-index={schedule?.index ?? ''}
      data-paused={schedule?.paused ?? false}
    >
      <WallHeader lang={lang} scene={scene} demo={demo} />
      {charts.includes('kpis') && (
        <WallKpis lang={lang} tiles={areaKpis} scope={scope} focus={models.focus} />
      )}
      <div className={charts.some((c) => c !== 'kpis') ? 'wall-body' : 'wall-body wall-map-only'}>
        <div className="wall-map-column" data-legend-place={legendPlace}>
          <main className="wall-map" ref={mapBox}>
            {/* Created once the first scene has laid the page out: the camera fits the map's size
              at creation, and a resize before the map has loaded would leave it fitted to the
              old size. */}
            {geography && scene && (
              <WarMap
                geography={geography}
                layers={mapLayers}
                highlightCode={null}
                selectedCode={url.province}
                labels={labels}
                ariaLabel={t(lang, 'mapLabel')}
                fitTo={fitTo}
                onHover={ignoreHover}
                onPainted={onPainted}
              />
            )}
            {notices.length > 0 && (
              <ul className="wall-notices" role="alert" aria-label={t(lang, 'noticesLabel')}>
                {notices.map((notice) => (
                  <li key={notice}>
                    <ProblemText text={notice} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
            {(status === 'loading' || (phase === 'loading' && models.layers.length === 0)) && (
              <p className="wall-status" role="status">
                {status === 'loading' ? wt(lang, 'loadingPlaylist') : t(lang, 'loading')}
              </p>
            )}
            {phase === 'error' && (
              <div className="wall-status wall-status-error" role="alert">
                <h2>{t(lang, 'errorTitle')}</h2>
                <ProblemText text={errorMessage ?? ''} lang={lang} />
              </div>
            )}
          </main>
          <div className={`wall-legends wall-legends-${legendPlace}`} ref={legendBox}>
            {legends.map((legend) => (
              <LegendView key={legend.layerId} model={legend} lang={lang} />
            ))}
          </div>
        </div>
        {charts.some((c) => c !== 'kpis') && (
          <WallCharts lang={lang} models={models} charts={charts} demo={chartsDemo} />
        )}
      </div>
      <WallFooter lang={lang} alerts={alerts} schedule={schedule} />
    </div>
  );
}
