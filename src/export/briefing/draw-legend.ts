/**
 * Paints a briefing page's legends, laid out by legend-layout.ts from the legend models (the same
 * ones LegendView shows, not copied from the screen) and the user layers' own legends: titles,
 * units, swatches or dots, the data-quality note, the 3×3 bivariate square, the demo label and
 * the as-of date in Buddhist era. Shrinks to fit the space it is given.
 */
import { formatNumber } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import type { BivariateLegendModel } from '../../state/layers/bivariate';
import { rgbToHex } from '../../state/layers/palettes';
import type { Rect } from './layout';
import { ellipsize, font } from './canvas-text';
import { placeLegends, type LegendMark, type PageLegendEntry } from './legend-layout';
import { xt } from './messages';
import { PAGE_COLOURS } from './page-colours';

export type { PageLegendEntry } from './legend-layout';

function drawBivariate(
  context: CanvasRenderingContext2D,
  model: BivariateLegendModel,
  x: number,
  y: number,
  width: number,
  unit: number,
  lang: Lang,
): void {
  const cell = 30 * unit;
  const top = y + 8 * unit;
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

function paint(
  context: CanvasRenderingContext2D,
  mark: LegendMark,
  width: number,
  lang: Lang,
): void {
  if (mark.kind === 'text') {
    context.font = font(mark.px, mark.bold);
    context.fillStyle = mark.colour;
    const text = mark.cut ? ellipsize(context, mark.text, mark.maxWidth) : mark.text;
    context.fillText(text, mark.x, mark.baseline);
  } else if (mark.kind === 'swatch') {
    context.fillStyle = mark.colour;
    context.strokeStyle = PAGE_COLOURS.rule;
    context.lineWidth = Math.max(1, mark.height / 18);
    if (mark.shape === 'dot') {
      const radius = mark.height / 2;
      context.beginPath();
      context.arc(mark.x + mark.size / 2, mark.y + radius, radius, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    } else {
      context.fillRect(mark.x, mark.y, mark.size, mark.height);
      context.strokeRect(mark.x, mark.y, mark.size, mark.height);
    }
  } else {
    drawBivariate(context, mark.model, mark.x, mark.y, width, mark.unit, lang);
  }
}

/**
 * Draws the legends top to bottom in `rect` (device pixels; `scale` device pixels per reference
 * pixel), shrinking them together to fit; entries that still do not fit are left out. Returns
 * the number of entries drawn.
 */
export function drawLegends(
  context: CanvasRenderingContext2D,
  rect: Rect,
  entries: readonly PageLegendEntry[],
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
  const widthOf = (text: string, px: number, bold: boolean) => {
    context.font = font(px, bold);
    return context.measureText(text).width;
  };
  const placed = placeLegends(entries, rect, scale, lang, widthOf);
  for (const mark of placed.marks) paint(context, mark, rect.width, lang);
  return placed.drawn;
}
