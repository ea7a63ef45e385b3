/** One export from the dialog's choices to a saved file. */
import type { MapLayerSpec } from '../../map/layer-spec';
import type { Geography } from '../../map/load-geography';
import type { AppStore } from '../../state/app/app-state';
import { exportImages, type ExportScope } from './batch';
import { xt } from './messages';
import { briefingFileName } from './page-text';
import type { ExportFile } from './packages';

/** File formats the dialog offers. */
export const EXPORT_FORMATS = ['png', 'zip', 'pptx', 'pdf'] as const;

/** One of {@link EXPORT_FORMATS}. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The format to use: a batch cannot be one PNG, so it becomes a ZIP. */
export function effectiveFormat(scope: ExportScope, format: ExportFormat): ExportFormat {
  return scope !== 'current' && format === 'png' ? 'zip' : format;
}

/** The dialog's choices. */
export interface ExportRequest {
  readonly store: AppStore;
  readonly geography: Geography;
  readonly scope: ExportScope;
  readonly format: ExportFormat;
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly includeCharts: boolean;
  /** Layers drawn above the datasets' layers (the analyst's own layers). */
  readonly extraLayers?: readonly MapLayerSpec[];
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
  readonly onPacking: () => void;
}

/** Makes the images, packs them in the chosen format and offers the file; returns it. */
export async function runExport(request: ExportRequest): Promise<ExportFile> {
  const images = await exportImages({
    store: request.store,
    geography: request.geography,
    scope: request.scope,
    width: request.width,
    height: request.height,
    includeCharts: request.includeCharts,
    extraLayers: request.extraLayers,
    signal: request.signal,
    onProgress: request.onProgress,
  });
  const first = images[0];
  if (!first) throw new Error('nothing to export');
  request.onPacking();
  const state = request.store.getState();
  const format = effectiveFormat(request.scope, request.format);
  const name = (extension: string) =>
    briefingFileName({
      lang: state.lang,
      layers: request.scope === 'current' ? state.url.layers : [],
      words: request.scope === 'current' ? [] : [request.scope, String(images.length)],
      from: request.scope === 'current' ? state.url.from : null,
      to: request.scope === 'current' ? state.url.to : null,
      extension,
    });
  const title = request.scope === 'current' ? first.title : xt(state.lang, 'briefingTitle');
  // The ZIP, PowerPoint and PDF writers (most of the export's code) load when a file is packed.
  const { pdfOfImages, pptxOfImages, saveFile, zipImages } = await import('./packages');
  let file: ExportFile;
  if (format === 'png') file = { name: first.fileName, bytes: first.png, type: 'image/png' };
  else if (format === 'zip') file = zipImages(images, name('zip'));
  else if (format === 'pptx') file = await pptxOfImages(images, name('pptx'), title);
  else file = await pdfOfImages(images, name('pdf'), title, request.dpi);
  if (request.signal.aborted) throw new DOMException('The export was cancelled', 'AbortError');
  saveFile(file);
  return file;
}
