/**
 * Draws a whole briefing page on a 2D canvas at its output size: title band, the re-rendered
 * map with labels, scale bar and north arrow, legends, charts, QR code and link, sources with
 * as-of dates, export date and the demo-data label.
 */
import type { Lang } from '../../i18n/messages';
import { ellipsize, fitFontSize, font, roundRect, wrapLines } from './canvas-text';
import { drawLegends, type PageLegendEntry } from './draw-legend';
import {
  drawLabels,
  drawMapNotices,
  drawNorthArrow,
  drawScaleBar,
  type MapPlacement,
  type PageLabel,
} from './draw-map-furniture';
import { pageLayout, toDevice, type PageLayout, type Rect } from './layout';
import { xt } from './messages';
import { PAGE_COLOURS } from './page-colours';
import { qrPanel } from './qr-link';
import { layoutScale } from './presets';

/** A chart drawn beside the map: its title and its picture. */
export interface PageChart {
  readonly title: string;
  readonly image: CanvasImageSource;
  readonly width: number;
  readonly height: number;
}

/** Everything a page shows. */
export interface PageContent {
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly legends: readonly PageLegendEntry[];
  readonly labels: readonly PageLabel[];
  /** Lines over the map about layers it does not draw (nothing passes the filters, no data). */
  readonly mapNotices: readonly string[];
  readonly sources: readonly string[];
  readonly exportedOn: string;
  readonly demo: boolean;
  /** The address of the same view (QR code and link; shortened or left out when too long). */
  readonly link: string;
  readonly charts: readonly PageChart[];
}

/** The page's layout and scale for an output size. */
export function pageGeometry(
  width: number,
  height: number,
  withCharts: boolean,
): { scale: number; layout: PageLayout; mapRect: Rect } {
  const scale = layoutScale(width, height);
  const layout = pageLayout(width / scale, height / scale, withCharts);
  return { scale, layout, mapRect: toDevice(layout.map, scale) };
}

function drawHeader(
  context: CanvasRenderingContext2D,
  content: PageContent,
  rect: Rect,
  scale: number,
) {
  let right = rect.x + rect.width;
  if (content.demo) {
    const label = xt(content.lang, 'demo');
    context.font = font(20 * scale, true);
    const w = context.measureText(label).width + 32 * scale;
    right -= w;
    roundRect(
      context,
      right,
      rect.y + 6 * scale,
      w,
      40 * scale,
      20 * scale,
      PAGE_COLOURS.demoBackground,
    );
    context.fillStyle = PAGE_COLOURS.demo;
    context.fillText(label, right + 16 * scale, rect.y + 33 * scale);
    right -= 24 * scale;
  }
  const titleWidth = right - rect.x;
  const size = fitFontSize(context, content.title, titleWidth, 44 * scale, 28 * scale, true);
  context.fillStyle = PAGE_COLOURS.text;
  context.fillText(ellipsize(context, content.title, titleWidth), rect.x, rect.y + size);
  context.font = font(23 * scale);
  context.fillStyle = PAGE_COLOURS.muted;
  const subtitle = wrapLines(context, content.subtitle, rect.width).slice(0, 2);
  subtitle.forEach((line, index) => {
    context.fillText(line, rect.x, rect.y + size + (34 + index * 28) * scale);
  });
  context.fillStyle = PAGE_COLOURS.rule;
  context.fillRect(rect.x, rect.y + rect.height - 2 * scale, rect.width, 2 * scale);
}

function drawQr(
  context: CanvasRenderingContext2D,
  content: PageContent,
  rect: Rect,
  scale: number,
) {
  const side = rect.height;
  const panel = qrPanel(content.link, side, content.lang);
  let textX = rect.x;
  if (panel.qr) {
    const { qr } = panel;
    const module = Math.floor(side / qr.size);
    const offset = rect.x + Math.floor((side - module * qr.size) / 2);
    context.fillStyle = PAGE_COLOURS.page;
    context.fillRect(rect.x, rect.y, side, side);
    context.fillStyle = '#000000';
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) context.fillRect(offset + x * module, rect.y + y * module, module, module);
      });
    });
    textX = rect.x + side + 16 * scale;
  }
  const textWidth = rect.x + rect.width - textX;
  context.fillStyle = PAGE_COLOURS.text;
  context.font = font(17 * scale, true);
  context.fillText(panel.heading, textX, rect.y + 22 * scale);
  let line = 0;
  if (panel.note) {
    context.font = font(14 * scale, true);
    context.fillStyle = PAGE_COLOURS.demo;
    context.fillText(ellipsize(context, panel.note, textWidth), textX, rect.y + 46 * scale);
    line = 1;
  }
  context.font = font(14 * scale);
  context.fillStyle = PAGE_COLOURS.muted;
  const lines = wrapLines(context, panel.linkText.replace(/([?&/,])/g, '$1\u200b'), textWidth);
  lines.slice(0, 5 - line).forEach((text, index) => {
    context.fillText(
      text.replaceAll('\u200b', ''),
      textX,
      rect.y + (46 + (index + line) * 20) * scale,
    );
  });
}

function drawCharts(
  context: CanvasRenderingContext2D,
  charts: readonly PageChart[],
  rect: Rect,
  scale: number,
) {
  if (charts.length === 0 || rect.height <= 0) return;
  const slot = rect.height / charts.length;
  charts.forEach((chart, index) => {
    const top = rect.y + index * slot;
    context.font = font(17 * scale, true);
    context.fillStyle = PAGE_COLOURS.text;
    context.fillText(ellipsize(context, chart.title, rect.width), rect.x, top + 20 * scale);
    const box = { x: rect.x, y: top + 28 * scale, width: rect.width, height: slot - 36 * scale };
    if (box.height <= 0) return;
    const ratio = Math.min(box.width / chart.width, box.height / chart.height);
    const w = chart.width * ratio;
    const h = chart.height * ratio;
    roundRect(context, box.x, box.y, box.width, box.height, 6 * scale, PAGE_COLOURS.mapFrame);
    context.drawImage(chart.image, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
  });
}

function drawFooter(
  context: CanvasRenderingContext2D,
  content: PageContent,
  rect: Rect,
  scale: number,
) {
  context.fillStyle = PAGE_COLOURS.rule;
  context.fillRect(rect.x, rect.y, rect.width, 2 * scale);
  // Each source wraps onto at most two lines; the type shrinks until all of them fit.
  let px = 16 * scale;
  const linesAt = (size: number) => {
    context.font = font(size);
    return [
      ...content.sources.flatMap((source) =>
        wrapLines(context, source, rect.width)
          .slice(0, 2)
          .map((text) => ({ text, strong: false })),
      ),
      { text: content.exportedOn, strong: true },
    ];
  };
  let lines = linesAt(px);
  while (lines.length * px * 1.3 > rect.height - 8 * scale && px > 10 * scale) {
    px *= 0.92;
    lines = linesAt(px);
  }
  const lineHeight = px * 1.3;
  const visible = Math.max(1, Math.floor((rect.height - 8 * scale) / lineHeight));
  const shown = lines.length > visible ? [...lines.slice(0, visible - 1), lines.at(-1)] : lines;
  shown.forEach((line, index) => {
    if (!line) return;
    context.fillStyle = line.strong ? PAGE_COLOURS.text : PAGE_COLOURS.muted;
    context.fillText(
      ellipsize(context, line.text, rect.width),
      rect.x,
      rect.y + 8 * scale + (index + 0.85) * lineHeight,
    );
  });
}

/**
 * Draws the page onto a new canvas of `width` × `height`, with `map` (the map canvas rendered
 * for {@link pageGeometry}'s map rectangle) placed as `placement` says.
 */
export function composePage(
  width: number,
  height: number,
  content: PageContent,
  map: CanvasImageSource,
  placement: MapPlacement,
): HTMLCanvasElement {
  const { scale, layout } = pageGeometry(width, height, content.charts.length > 0);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the page');
  context.fillStyle = PAGE_COLOURS.page;
  context.fillRect(0, 0, width, height);
  const device = (rect: Rect) => toDevice(rect, scale);
  drawHeader(context, content, device(layout.header), scale);
  const mapRect = placement.rect;
  context.drawImage(map, mapRect.x, mapRect.y, mapRect.width, mapRect.height);
  const notices = drawMapNotices(context, mapRect, content.mapNotices, scale);
  const furniture = [
    drawScaleBar(context, placement, scale, content.lang),
    drawNorthArrow(context, mapRect, scale, content.lang),
    ...(notices ? [notices] : []),
  ];
  drawLabels(context, placement, content.labels, scale, furniture);
  context.strokeStyle = PAGE_COLOURS.mapFrame;
  context.lineWidth = 2 * scale;
  context.strokeRect(mapRect.x, mapRect.y, mapRect.width, mapRect.height);
  drawLegends(context, device(layout.legends), content.legends, scale, content.lang);
  drawCharts(context, content.charts, device(layout.charts), scale);
  drawQr(context, content, device(layout.qr), scale);
  drawFooter(context, content, device(layout.footer), scale);
  return canvas;
}
