/**
 * What sits on the exported map: province names (canvas text, so Thai is shaped; placed as the
 * live map places its DOM labels: higher priority first, overlapping ones left out), the scale
 * bar and the north arrow.
 */
import type { Lang } from '../../i18n/messages';
import type { MapView } from '../../map/camera';
import { frameProject, metresPerPixel } from '../../map/snapshot-mercator';
import { ellipsize, font, roundRect } from './canvas-text';
import { scaleBar, type Rect } from './layout';
import { xt } from './messages';
import { PAGE_COLOURS } from './page-colours';

/** A province name to place. */
export interface PageLabel {
  readonly lon: number;
  readonly lat: number;
  readonly text: string;
  readonly priority: number;
}

/** How the map image sits on the page. */
export interface MapPlacement {
  /** The map's rectangle on the page, device pixels. */
  readonly rect: Rect;
  readonly view: MapView;
  /** The map's size in CSS pixels (what `view` was computed for). */
  readonly cssWidth: number;
  readonly cssHeight: number;
}

/** Draws the labels that fit without overlapping each other or `reserved`; returns how many. */
export function drawLabels(
  context: CanvasRenderingContext2D,
  placement: MapPlacement,
  labels: readonly PageLabel[],
  scale: number,
  reserved: readonly Rect[] = [],
): number {
  const { rect, view, cssWidth, cssHeight } = placement;
  const k = rect.width / cssWidth;
  const px = 13 * scale;
  const pad = 3 * scale;
  context.font = font(px, true);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  // The scale bar and north arrow keep their corners free of labels.
  const taken = reserved.map((r) => ({ x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height }));
  let drawn = 0;
  for (const label of [...labels].sort((a, b) => b.priority - a.priority)) {
    const point = frameProject(view, cssWidth, cssHeight, label.lon, label.lat);
    const x = rect.x + point.x * k;
    const y = rect.y + point.y * k;
    const half = context.measureText(label.text).width / 2 + pad;
    const box = { x0: x - half, y0: y - px * 0.8 - pad, x1: x + half, y1: y + px * 0.8 + pad };
    const outside =
      box.x0 < rect.x ||
      box.y0 < rect.y ||
      box.x1 > rect.x + rect.width ||
      box.y1 > rect.y + rect.height;
    const overlaps = taken.some(
      (t) => box.x0 < t.x1 && box.x1 > t.x0 && box.y0 < t.y1 && box.y1 > t.y0,
    );
    if (outside || overlaps) continue;
    taken.push(box);
    context.strokeStyle = PAGE_COLOURS.labelHalo;
    context.lineWidth = 3.5 * scale;
    context.strokeText(label.text, x, y);
    context.fillStyle = PAGE_COLOURS.labelText;
    context.fillText(label.text, x, y);
    drawn++;
  }
  context.textAlign = 'start';
  context.textBaseline = 'alphabetic';
  return drawn;
}

/** "100 กม." / "500 m" for a distance. */
export function distanceText(metres: number, lang: Lang): string {
  return metres >= 1000 ? `${metres / 1000} ${xt(lang, 'km')}` : `${metres} ${xt(lang, 'metres')}`;
}

/**
 * The scale bar in the map's lower-left corner, for the scale at the map's centre latitude;
 * returns the box it takes.
 */
export function drawScaleBar(
  context: CanvasRenderingContext2D,
  placement: MapPlacement,
  scale: number,
  lang: Lang,
): Rect {
  const { rect, view, cssWidth } = placement;
  const k = rect.width / cssWidth;
  const bar = scaleBar(metresPerPixel(view.lat, view.zoom), Math.min(180, cssWidth / 4));
  const width = bar.pixels * k;
  const x = rect.x + 16 * scale;
  const y = rect.y + rect.height - 16 * scale;
  const label = distanceText(bar.metres, lang);
  context.font = font(15 * scale, true);
  const boxWidth = Math.max(width, context.measureText(label).width) + 20 * scale;
  const box = { x: x - 10 * scale, y: y - 44 * scale, width: boxWidth, height: 52 * scale };
  roundRect(context, box.x, box.y, box.width, box.height, 6 * scale, PAGE_COLOURS.furniture);
  context.fillStyle = PAGE_COLOURS.furnitureText;
  context.fillText(label, x, y - 22 * scale);
  context.fillRect(x, y - 10 * scale, width, 6 * scale);
  context.fillRect(x, y - 16 * scale, 2 * scale, 12 * scale);
  context.fillRect(x + width - 2 * scale, y - 16 * scale, 2 * scale, 12 * scale);
  return box;
}

/**
 * A north arrow in the map's upper-right corner (the exported map is never rotated); returns the
 * box it takes.
 */
export function drawNorthArrow(
  context: CanvasRenderingContext2D,
  rect: Rect,
  scale: number,
  lang: Lang,
): Rect {
  const radius = 30 * scale;
  const cx = rect.x + rect.width - radius - 16 * scale;
  const cy = rect.y + radius + 16 * scale;
  context.beginPath();
  context.arc(cx, cy, radius, 0, Math.PI * 2);
  context.fillStyle = PAGE_COLOURS.furniture;
  context.fill();
  context.beginPath();
  context.moveTo(cx, cy - radius * 0.78);
  context.lineTo(cx + radius * 0.36, cy + radius * 0.1);
  context.lineTo(cx, cy - radius * 0.05);
  context.lineTo(cx - radius * 0.36, cy + radius * 0.1);
  context.closePath();
  context.fillStyle = PAGE_COLOURS.furnitureText;
  context.fill();
  context.font = font(13 * scale, true);
  context.textAlign = 'center';
  context.fillText(xt(lang, 'north'), cx, cy + radius * 0.68);
  context.textAlign = 'start';
  return { x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius };
}

/**
 * The notice box in the map's upper-left corner (layers not drawn and why, see page-notices.ts);
 * returns the box it takes, or null when there is nothing to say.
 */
export function drawMapNotices(
  context: CanvasRenderingContext2D,
  rect: Rect,
  lines: readonly string[],
  scale: number,
): Rect | null {
  if (lines.length === 0) return null;
  const px = 20 * scale;
  const lineHeight = px * 1.4;
  const pad = 14 * scale;
  // The north arrow keeps the upper-right corner.
  const maxWidth = rect.width - 2 * pad - 120 * scale;
  context.font = font(px, true);
  const shown = lines.map((line) => ellipsize(context, line, maxWidth));
  const width = Math.max(...shown.map((line) => context.measureText(line).width)) + 2 * pad;
  const box = {
    x: rect.x + 16 * scale,
    y: rect.y + 16 * scale,
    width,
    height: shown.length * lineHeight + 2 * pad - (lineHeight - px),
  };
  roundRect(context, box.x, box.y, box.width, box.height, 8 * scale, PAGE_COLOURS.furniture);
  context.fillStyle = PAGE_COLOURS.furnitureText;
  context.textBaseline = 'top';
  shown.forEach((line, index) => {
    context.fillText(line, box.x + pad, box.y + pad + index * lineHeight);
  });
  context.textBaseline = 'alphabetic';
  return box;
}
