/**
 * The legends of a briefing page, drawn from the legend models (the same ones LegendView shows),
 * not copied from the screen: title, unit, class swatches, notes, the 3×3 bivariate square,
 * the demo label and the as-of date in Buddhist era. Shrinks to fit the space it is given.
 */
import { formatDate, formatNumber } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import type { BivariateLegendModel } from '../../state/bivariate';
import { rgbToHex } from '../../state/palettes';
import type { LegendModel } from '../../state/view-models';
import type { Rect } from './layout';
import { ellipsize, font, wrapLines } from './canvas-text';
import { xt } from './messages';
import { PAGE_COLOURS } from './page-colours';

/** One layer's legend and, for the bivariate poverty map, its square. */
export interface LegendEntry {
  readonly legend: LegendModel;
  readonly bivariate: BivariateLegendModel | null;
}

/** Smallest shrink factor before entries are dropped instead. */
const MIN_FIT = 0.55;

function drawEntry(
  context: CanvasRenderingContext2D,
  entry: LegendEntry,
  x: number,
  y: number,
  width: number,
  unit: number,
  lang: Lang,
  draw: boolean,
): number {
  const { legend, bivariate } = entry;
  let cursor = y;
  const text = (value: string, px: number, colour: string, bold = false) => {
    context.font = font(px * unit, bold);
    const lines = wrapLines(context, value, width).slice(0, 2);
    for (const line of lines) {
      cursor += px * unit * 1.3;
      if (draw) {
        context.fillStyle = colour;
        context.fillText(ellipsize(context, line, width), x, cursor - px * unit * 0.3);
      }
    }
  };
  text(legend.title, 21, PAGE_COLOURS.text, true);
  if (legend.unit !== '') text(legend.unit, 16, PAGE_COLOURS.muted);
  cursor += 6 * unit;
  const rowHeight = 25 * unit;
  for (const item of [...legend.classes, ...legend.notes]) {
    if (draw) {
      context.fillStyle = rgbToHex(item.colour);
      context.fillRect(x, cursor + 3 * unit, 30 * unit, rowHeight - 7 * unit);
      context.strokeStyle = PAGE_COLOURS.rule;
      context.lineWidth = Math.max(1, unit);
      context.strokeRect(x, cursor + 3 * unit, 30 * unit, rowHeight - 7 * unit);
      context.font = font(16 * unit);
      context.fillStyle = PAGE_COLOURS.text;
      context.fillText(
        ellipsize(context, item.label, width - 42 * unit),
        x + 40 * unit,
        cursor + rowHeight - 7 * unit,
      );
    }
    cursor += rowHeight;
  }
  if (bivariate) cursor = drawBivariate(context, bivariate, x, cursor, width, unit, lang, draw);
  cursor += 4 * unit;
  if (legend.demo) text(xt(lang, 'demo'), 15, PAGE_COLOURS.demo, true);
  text(`${t(lang, 'asOf')} ${formatDate(legend.asOf, lang)}`, 15, PAGE_COLOURS.muted);
  return cursor - y;
}

function drawBivariate(
  context: CanvasRenderingContext2D,
  model: BivariateLegendModel,
  x: number,
  y: number,
  width: number,
  unit: number,
  lang: Lang,
  draw: boolean,
): number {
  const cell = 30 * unit;
  const top = y + 8 * unit;
  if (draw) {
    for (const item of model.cells) {
      context.fillStyle = rgbToHex(item.colour);
      context.fillRect(x + item.x * cell, top + (2 - item.y) * cell, cell - unit, cell - unit);
    }
    const breaks = (values: readonly number[]) =>
      values.map((value) => formatNumber(value, lang, 1)).join(' · ');
    context.font = font(14 * unit);
    context.fillStyle = PAGE_COLOURS.muted;
    const textX = x + 3 * cell + 12 * unit;
    const textWidth = width - 3 * cell - 12 * unit;
    const lines = [
      `→ ${t(lang, 'measure_per_1000')} (${breaks(model.xBreaks)})`,
      `↑ ${t(lang, 'measure_dose2_pct')} (${breaks(model.yBreaks)})`,
    ];
    lines.forEach((line, index) => {
      context.fillText(ellipsize(context, line, textWidth), textX, top + (index + 1) * 30 * unit);
    });
  }
  return top + 3 * cell + 6 * unit;
}

/**
 * Draws the legends top to bottom in `rect` (device pixels; `scale` device pixels per reference
 * pixel), shrinking them together to fit; entries that still do not fit are left out. Returns
 * the number of entries drawn.
 */
export function drawLegends(
  context: CanvasRenderingContext2D,
  rect: Rect,
  entries: readonly LegendEntry[],
  scale: number,
  lang: Lang,
): number {
  context.textBaseline = 'alphabetic';
  if (entries.length === 0) {
    context.font = font(18 * scale);
    context.fillStyle = PAGE_COLOURS.muted;
    context.fillText(xt(lang, 'noLegend'), rect.x, rect.y + 24 * scale);
    return 0;
  }
  const gap = 22 * scale;
  const measure = (unit: number) =>
    entries.reduce(
      (sum, entry) => sum + drawEntry(context, entry, 0, 0, rect.width, unit, lang, false) + gap,
      -gap,
    );
  const needed = measure(scale);
  const fit = Math.max(MIN_FIT, Math.min(1, rect.height / needed));
  const unit = scale * fit;
  let y = rect.y;
  let drawn = 0;
  for (const entry of entries) {
    const height = drawEntry(context, entry, rect.x, y, rect.width, unit, lang, false);
    if (y + height > rect.y + rect.height + 1) break;
    drawEntry(context, entry, rect.x, y, rect.width, unit, lang, true);
    y += height + gap * fit;
    drawn++;
  }
  return drawn;
}
