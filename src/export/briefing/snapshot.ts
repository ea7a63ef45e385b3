/**
 * One briefing page from the app's state: the map re-rendered off screen at the page's size and
 * pixel ratio, composed with the words, legends and furniture, encoded as PNG bytes.
 */
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import {
  FIT_PADDING_PX,
  provinceBounds,
  THAILAND_BOUNDS,
  type Bounds,
  type MapView,
} from '../../map/camera';
import type { MapLayerSpec } from '../../map/layer-spec';
import type { Geography } from '../../map/load-geography';
import type { SnapshotRenderer } from '../../map/snapshot-map';
import { fitBoundsView, viewBounds } from '../../map/snapshot-mercator';
import type { AppState } from '../../state/app/app-state';
import { unverifiedGroupingNotes } from '../../state/groupings/groupings';
import { regionCodes } from '../../state/queries/view-filters';
import { selectViewModels } from '../../state/models/view-model-selectors';
import { mapSpecsOf } from '../../map/map-specs';
import { xt } from './messages';
import { mapNotices } from './page-notices';
import {
  caveatNoteLines,
  pageLegendEntries,
  qualityNoteLines,
  userSourceLines,
} from './legend-layout';
import { layerReadiness } from './readiness';
import { composePage, pageGeometry, type PageChart } from './compose';
import type { PageLabel } from './draw-map-furniture';
import { exportedOnText, pageSubtitle, pageTitle, sourceLines, type TextState } from './page-text';

/** What the camera shows: the live map's view, or bounds to fit (Thailand, a region, a province). */
export type CameraChoice =
  { readonly kind: 'live' } | { readonly kind: 'bounds'; readonly bounds: Bounds };

/** One page to make. */
export interface PageRequest {
  readonly state: AppState;
  readonly geography: Geography;
  readonly width: number;
  readonly height: number;
  readonly camera: CameraChoice;
  /** Province drawn with the selection outline (default: the state's selected province). */
  readonly selectedCode?: number | null;
  readonly sceneTitle?: string;
  /** Address of the same view (QR code and link). */
  readonly link: string;
  readonly now: Date;
  readonly charts?: readonly PageChart[];
  /**
   * Layers drawn above the datasets' layers, as on the live map (the analyst's own files and
   * SQL results, handed to the app by analyst mode).
   */
  readonly extraLayers?: readonly MapLayerSpec[];
  /** The state the words describe, when it differs from `state` (e.g. another province). */
  readonly textState?: TextState;
}

/** A finished page. */
export interface RenderedPage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly subtitle: string;
  /** Sources, as-of dates, export date and link: the speaker notes of a slide. */
  readonly notes: string;
}

/** Size of the live map on screen, to carry its view over to a frame of another size. */
function liveMapSize(): { width: number; height: number } | null {
  const element = document.querySelector('.app .war-map');
  if (!element) return null;
  const { width, height } = element.getBoundingClientRect();
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The bounds the current view shows: the stored camera on the live map, else its fit target. */
export function currentViewBounds(state: AppState, geography: Geography): Bounds {
  if (state.url.view) {
    const size = liveMapSize() ?? { width: 1280, height: 800 };
    return viewBounds(state.url.view, size.width, size.height);
  }
  const codes = regionCodes(state.url.region);
  return (codes && provinceBounds(geography.provinces.features, codes)) ?? THAILAND_BOUNDS;
}

function cameraFor(request: PageRequest, cssWidth: number, cssHeight: number): MapView {
  if (request.camera.kind === 'live') {
    const bounds = currentViewBounds(request.state, request.geography);
    return fitBoundsView(bounds, cssWidth, cssHeight, request.state.url.view ? 0 : FIT_PADDING_PX);
  }
  return fitBoundsView(request.camera.bounds, cssWidth, cssHeight, FIT_PADDING_PX);
}

/** Province name labels in the page's language (the live map's priorities). */
export function pageLabels(geography: Geography, lang: AppState['lang']): PageLabel[] {
  return geography.provinces.features.map((f) => {
    const province = PROVINCE_BY_CODE.get(f.properties.code);
    return {
      lon: f.properties.label_lon,
      lat: f.properties.label_lat,
      text: (lang === 'th' ? province?.nameTh : province?.nameEn) ?? String(f.properties.code),
      priority: f.properties.code === 10 ? Number.MAX_VALUE : f.properties.areaKm2,
    };
  });
}

async function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (!blob) throw new Error('the page could not be encoded as PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Renders the map for `request`, draws the page and encodes it as PNG. */
export async function renderPage(
  renderer: SnapshotRenderer,
  request: PageRequest,
  signal?: AbortSignal,
): Promise<RenderedPage> {
  const { state, width, height } = request;
  const charts = request.charts ?? [];
  const { scale, mapRect } = pageGeometry(width, height, charts.length > 0);
  const cssWidth = Math.max(1, Math.round(mapRect.width / scale));
  const cssHeight = Math.max(1, Math.round(mapRect.height / scale));
  const view = cameraFor(request, cssWidth, cssHeight);
  const models = selectViewModels(state);
  const map = await renderer.render(
    {
      layers: [...mapSpecsOf(models.layers), ...(request.extraLayers ?? [])],
      view,
      cssWidth,
      cssHeight,
      pixelRatio: scale,
      selectedCode: request.selectedCode === undefined ? state.url.province : request.selectedCode,
    },
    signal,
  );
  const legends = pageLegendEntries(models.layers, request.extraLayers ?? [], state.lang);
  const legendModels = models.layers.flatMap((layer) => (layer.legend ? [layer.legend] : []));
  const words = request.textState ?? state;
  const title = pageTitle(words, legendModels, request.sceneTitle);
  const subtitle = pageSubtitle(words, legendModels);
  const userLayers = (request.extraLayers ?? []).filter((layer) => layer.visible).length;
  const sources = [
    ...sourceLines(legendModels, state.lang),
    // Each user layer has its legend on the page; the footer says whose data they are.
    ...(userLayers > 0 ? [xt(state.lang, 'userLayers', { count: userLayers })] : []),
  ];
  const exportedOn = exportedOnText(request.now, state.lang);
  const notices = [
    ...mapNotices(layerReadiness(state), state.lang, state.datasets),
    // A group of an unverified grouping (the demo inspection zones) is said on the page too.
    ...unverifiedGroupingNotes(state.url, state.lang),
  ];
  const demo = legendModels.some((legend) => legend.demo) || state.datasets.some((d) => d.demo);
  const page = composePage(
    width,
    height,
    {
      lang: state.lang,
      title,
      subtitle,
      legends,
      labels: pageLabels(request.geography, state.lang),
      mapNotices: notices,
      sources,
      exportedOn,
      demo,
      link: request.link,
      charts,
    },
    map,
    { rect: mapRect, view, cssWidth, cssHeight },
  );
  map.width = 0;
  const png = await canvasToPng(page);
  page.width = 0;
  const notes = [
    subtitle,
    ...notices,
    ...qualityNoteLines(legendModels),
    ...caveatNoteLines(legendModels),
    ...sources,
    ...userSourceLines(legends),
    ...(demo ? ['ข้อมูลสาธิต · Demo data'] : []),
    exportedOn,
    request.link,
  ].join('\n');
  return { png, width, height, title, subtitle, notes };
}
