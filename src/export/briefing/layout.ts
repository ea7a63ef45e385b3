/**
 * Where each part of a briefing page goes, in reference pixels (see presets.ts): the title band
 * on top, the map on the left, legends (and charts) on the right with the QR code at its foot,
 * sources and dates along the bottom. Pure arithmetic, unit-tested.
 */

/** A rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The parts of a page. */
export interface PageLayout {
  /** The page in reference pixels. */
  readonly page: Rect;
  readonly header: Rect;
  readonly map: Rect;
  readonly sidebar: Rect;
  /** Legends (top of the sidebar). */
  readonly legends: Rect;
  /** Charts (under the legends), empty when charts are not included. */
  readonly charts: Rect;
  /** The QR code square and the link beside it (foot of the sidebar). */
  readonly qr: Rect;
  readonly footer: Rect;
}

/** Fixed sizes of the layout, in reference pixels. */
export const LAYOUT = {
  margin: 32,
  gap: 20,
  headerHeight: 112,
  footerHeight: 92,
  sidebarWidth: 440,
  sidebarWithChartsWidth: 620,
  qrSize: 132,
  /** Share of the legends+charts space the legends get when charts are included. */
  legendShare: 0.45,
} as const;

/** The page layout for a page of `width` × `height` reference pixels. */
export function pageLayout(width: number, height: number, withCharts: boolean): PageLayout {
  const { margin, gap, headerHeight, footerHeight, qrSize } = LAYOUT;
  const sidebarWidth = withCharts ? LAYOUT.sidebarWithChartsWidth : LAYOUT.sidebarWidth;
  const header: Rect = { x: margin, y: margin, width: width - 2 * margin, height: headerHeight };
  const bodyY = header.y + header.height + gap;
  const footer: Rect = {
    x: margin,
    y: height - margin - footerHeight,
    width: width - 2 * margin,
    height: footerHeight,
  };
  const bodyHeight = Math.max(footer.y - gap - bodyY, 1);
  const sidebar: Rect = {
    x: width - margin - sidebarWidth,
    y: bodyY,
    width: sidebarWidth,
    height: bodyHeight,
  };
  const map: Rect = {
    x: margin,
    y: bodyY,
    width: Math.max(sidebar.x - gap - margin, 1),
    height: bodyHeight,
  };
  const qr: Rect = {
    x: sidebar.x,
    y: sidebar.y + sidebar.height - qrSize,
    width: sidebar.width,
    height: qrSize,
  };
  const free = Math.max(qr.y - gap - sidebar.y, 0);
  const legendHeight = withCharts ? Math.round(free * LAYOUT.legendShare) : free;
  const legends: Rect = { x: sidebar.x, y: sidebar.y, width: sidebar.width, height: legendHeight };
  const charts: Rect = withCharts
    ? {
        x: sidebar.x,
        y: legends.y + legendHeight + gap,
        width: sidebar.width,
        height: Math.max(free - legendHeight - gap, 0),
      }
    : { x: sidebar.x, y: legends.y + legendHeight, width: sidebar.width, height: 0 };
  return {
    page: { x: 0, y: 0, width, height },
    header,
    map,
    sidebar,
    legends,
    charts,
    qr,
    footer,
  };
}

/** `rect` in device pixels at `scale`, with edges on whole pixels. */
export function toDevice(rect: Rect, scale: number): Rect {
  const x = Math.round(rect.x * scale);
  const y = Math.round(rect.y * scale);
  return {
    x,
    y,
    width: Math.round((rect.x + rect.width) * scale) - x,
    height: Math.round((rect.y + rect.height) * scale) - y,
  };
}

/** A scale bar: its length in CSS pixels of the map and its label value. */
export interface ScaleBar {
  readonly pixels: number;
  readonly metres: number;
}

/**
 * The longest "round" distance (1, 2 or 5 × 10ⁿ metres) whose bar is at most `maxPixels` long at
 * `metresPerPixel`.
 */
export function scaleBar(metresPerPixel: number, maxPixels: number): ScaleBar {
  const maxMetres = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const steps = [5, 2, 1];
  const step = steps.find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return { pixels: metres / metresPerPixel, metres };
}
