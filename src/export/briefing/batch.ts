/**
 * Makes the images of an export: the current view, every scene of the wall playlist, or one
 * image per province. One off-screen map is reused and each page is encoded to PNG as soon as it
 * is drawn, so memory holds compressed bytes only. Cancellable with an AbortSignal.
 *
 * Scenes (and provinces with charts) are shown through the store, as the wall shows them: the
 * screen follows while the export runs, and the view from before is put back at the end.
 */
import type { MapLayerSpec } from '../../map/layer-spec';
import type { Geography } from '../../map/load-geography';
import { createSnapshotRenderer, type SnapshotRenderer } from '../../map/snapshot-map';
import { provinceBounds, THAILAND_BOUNDS, type Bounds } from '../../map/camera';
import { loadPlaylist, playlistUrl } from '../../state/playlist/playlist-loader';
import type { Scene } from '../../state/playlist/playlist';
import { sceneUrlState } from '../../state/playlist/scene-actions';
import { applyUrlState, selectProvince, setCursor } from '../../state/app/actions';
import type { AppState, AppStore } from '../../state/app/app-state';
import { serializeUrlState, type UrlState } from '../../state/url/url-state';
import { regionCodes } from '../../state/queries/view-filters';
import { captureCharts } from './charts-capture';
import type { PageChart } from './compose';
import { loadFonts } from './canvas-text';
import { batchProvinceCodes } from './province-scope';
import { exportReady } from './readiness';
import { areaWords, briefingFileName, provinceWords } from './page-text';
import { renderPage, type CameraChoice, type RenderedPage } from './snapshot';

/** What to export. */
export type ExportScope = 'current' | 'scenes' | 'provinces';

/** An export's settings. */
export interface ExportJob {
  readonly store: AppStore;
  readonly geography: Geography;
  readonly scope: ExportScope;
  readonly width: number;
  readonly height: number;
  readonly includeCharts: boolean;
  /** Layers drawn above the datasets' layers on every page (the analyst's own layers). */
  readonly extraLayers?: readonly MapLayerSpec[];
  readonly signal?: AbortSignal;
  /** Called after each image with the count done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: () => Date;
}

/** One exported image. */
export interface ExportedImage extends RenderedPage {
  readonly fileName: string;
}

/** Longest wait for the data of a scene before it is drawn as it stands. */
const SETTLE_TIMEOUT_MS = 60_000;
/** Time for the charts' entry animation before they are copied. */
const CHART_SETTLE_MS = 900;

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The export was cancelled', 'AbortError'));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The export was cancelled', 'AbortError'));
    });
  });
}

/** Waits until {@link exportReady} holds twice in a row (or the timeout passes). */
async function whenDataSettled(store: AppStore, signal?: AbortSignal): Promise<void> {
  const started = Date.now();
  let streak = 0;
  while (streak < 2 && Date.now() - started < SETTLE_TIMEOUT_MS) {
    await pause(120, signal);
    streak = exportReady(store.getState()) ? streak + 1 : 0;
  }
}

function pageLink(url: UrlState): string {
  return `${window.location.origin}${window.location.pathname}${serializeUrlState(url)}`;
}

function sceneBounds(scene: Scene, geography: Geography): Bounds {
  const features = geography.provinces.features;
  if (scene.view.kind === 'province') {
    return provinceBounds(features, [scene.view.code]) ?? THAILAND_BOUNDS;
  }
  if (scene.view.kind === 'region') {
    return provinceBounds(features, regionCodes(scene.view.region) ?? []) ?? THAILAND_BOUNDS;
  }
  return THAILAND_BOUNDS;
}

async function chartsIfWanted(job: ExportJob): Promise<readonly PageChart[]> {
  if (!job.includeCharts) return [];
  await pause(CHART_SETTLE_MS, job.signal);
  return captureCharts();
}

interface Step {
  readonly prepare: () => Promise<void>;
  readonly camera: () => CameraChoice;
  readonly selectedCode?: number | null;
  readonly sceneTitle?: (state: AppState) => string;
  readonly textUrl?: (state: AppState) => UrlState;
  readonly fileWords: (state: AppState) => string[];
}

async function stepsOf(job: ExportJob): Promise<Step[]> {
  const { store, geography, signal } = job;
  if (job.scope === 'current') {
    return [
      {
        prepare: () => Promise.resolve(),
        camera: () => ({ kind: 'live' }),
        fileWords: (state) => areaWords(state),
      },
    ];
  }
  if (job.scope === 'scenes') {
    const { url, name } = playlistUrl(window.location.search, window.location.href);
    const playlist = await loadPlaylist(url, name, (address, init) => fetch(address, init));
    const mode = store.getState().url.mode;
    return playlist.scenes.map((scene) => ({
      prepare: async () => {
        applyUrlState(store, { ...sceneUrlState(scene, store.getState().url), mode });
        setCursor(store, null);
        await whenDataSettled(store, signal);
      },
      camera: () => ({ kind: 'bounds', bounds: sceneBounds(scene, geography) }),
      sceneTitle: (state) => scene.title[state.lang],
      fileWords: () => [scene.id],
    }));
  }
  return batchProvinceCodes(store.getState().url.region).map((code) => ({
    prepare: async () => {
      if (!job.includeCharts) return;
      selectProvince(store, code);
      await whenDataSettled(store, signal);
    },
    camera: () => ({
      kind: 'bounds',
      bounds: provinceBounds(geography.provinces.features, [code]) ?? THAILAND_BOUNDS,
    }),
    selectedCode: code,
    textUrl: (state) => ({ ...state.url, province: code }),
    fileWords: () => provinceWords(code),
  }));
}

/** Makes the job's images in order; rejects with an AbortError when cancelled. */
export async function exportImages(job: ExportJob): Promise<ExportedImage[]> {
  const { store, signal } = job;
  const now = job.now ?? (() => new Date());
  await loadFonts();
  const original = store.getState();
  const steps = await stepsOf(job);
  const images: ExportedImage[] = [];
  let renderer: SnapshotRenderer | null = null;
  try {
    renderer = createSnapshotRenderer(job.geography);
    for (const step of steps) {
      if (signal?.aborted) throw new DOMException('The export was cancelled', 'AbortError');
      await step.prepare();
      const state = store.getState();
      const url = step.textUrl?.(state) ?? state.url;
      const page = await renderPage(
        renderer,
        {
          state,
          geography: job.geography,
          width: job.width,
          height: job.height,
          camera: step.camera(),
          selectedCode: step.selectedCode,
          sceneTitle: step.sceneTitle?.(state),
          textState: { url, lang: state.lang, cursor: state.cursor },
          link: pageLink({ ...url, view: step.camera().kind === 'live' ? url.view : null }),
          now: now(),
          charts: await chartsIfWanted(job),
          extraLayers: job.extraLayers,
        },
        signal,
      );
      const fileName = briefingFileName({
        lang: state.lang,
        layers: url.layers,
        words: step.fileWords(state),
        from: url.from,
        to: url.to,
        extension: 'png',
      });
      images.push({ ...page, fileName });
      job.onProgress?.(images.length, steps.length);
    }
  } finally {
    renderer?.destroy();
    if (job.scope !== 'current' && store.getState().url !== original.url) {
      applyUrlState(store, original.url);
      setCursor(store, original.cursor);
    }
  }
  return images;
}
