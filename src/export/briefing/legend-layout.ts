/**
 * Where everything in a briefing page's legends goes, as plain marks (text lines, swatches, the
 * bivariate square) that draw-legend.ts paints. Pure: text widths come from a measuring function,
 * so the layout is tested without a canvas. The data-quality note is wrapped in full, never cut;
 * each caveat of the manifest gets at most two lines (its whole text goes to the slide notes).
 */
import { formatDate } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import type { MapLayerSpec, SpecLegend } from '../../map/layer-spec';
import type { BivariateLegendModel } from '../../state/layers/bivariate';
import { rgbToHex } from '../../state/layers/palettes';
import type { LegendModel } from '../../state/models/view-models';
import { wrapMeasured } from './canvas-text';
import type { Rect } from './layout';
import { xt } from './messages';
import { PAGE_COLOURS } from './page-colours';

/** One legend on the page: a dataset's (as LegendView shows it) or a user layer's own. */
export type PageLegendEntry =
  | {
      readonly kind: 'dataset';
      readonly legend: LegendModel;
      readonly bivariate: BivariateLegendModel | null;
    }
  | { readonly kind: 'user'; readonly legend: SpecLegend };

/** The width of `text` at `px` pixels (bold or not) in the page's face. */
export type TextWidth = (text: string, px: number, bold: boolean) => number;

/** Something the legend draws, in device pixels. */
export type LegendMark =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly x: number;
      readonly baseline: number;
      readonly px: number;
      readonly bold: boolean;
      readonly colour: string;
      /** Lines of capped text are shortened with "…" past this width when painted. */
      readonly maxWidth: number;
      readonly cut: boolean;
    }
  | {
      readonly kind: 'swatch';
      readonly x: number;
      readonly y: number;
      readonly size: number;
      readonly height: number;
      readonly colour: string;
      readonly shape: 'square' | 'dot';
    }
  | {
      readonly kind: 'bivariate';
      readonly x: number;
      readonly y: number;
      readonly unit: number;
      readonly model: BivariateLegendModel;
    };

/** Smallest shrink factor before entries are dropped instead. */
const MIN_FIT = 0.55;
/** Height of the bivariate square's block, in reference pixels (see draw-legend.ts). */
export const BIVARIATE_HEIGHT = 8 + 3 * 30 + 6;

/** Lays out one entry at (x, y), `width` wide; returns its marks and height. */
export function layoutLegendEntry(
  entry: PageLegendEntry,
  x: number,
  y: number,
  width: number,
  unit: number,
  lang: Lang,
  widthOf: TextWidth,
): { marks: LegendMark[]; height: number } {
  const marks: LegendMark[] = [];
  let cursor = y;
  /** Wrapped text; `maxLines` caps it (the rest left out), Infinity shows all of it. */
  const text = (value: string, px: number, colour: string, bold: boolean, maxLines = 2) => {
    const size = px * unit;
    const lines = wrapMeasured(value, width, (line) => widthOf(line, size, bold));
    const cut = Number.isFinite(maxLines);
    for (const line of lines.slice(0, maxLines)) {
      cursor += size * 1.3;
      const baseline = cursor - size * 0.3;
      marks.push({
        kind: 'text',
        text: line,
        x,
        baseline,
        px: size,
        bold,
        colour,
        maxWidth: width,
        cut,
      });
    }
  };
  const rows = (items: readonly { colour: string; label: string }[], shape: 'square' | 'dot') => {
    const rowHeight = 25 * unit;
    for (const item of items) {
      marks.push({
        kind: 'swatch',
        x,
        y: cursor + 3 * unit,
        size: 30 * unit,
        height: rowHeight - 7 * unit,
        colour: item.colour,
        shape,
      });
      marks.push({
        kind: 'text',
        text: item.label,
        x: x + 40 * unit,
        baseline: cursor + rowHeight - 7 * unit,
        px: 16 * unit,
        bold: false,
        colour: PAGE_COLOURS.text,
        maxWidth: width - 42 * unit,
        cut: true,
      });
      cursor += rowHeight;
    }
  };
  const hex = (item: { colour: Parameters<typeof rgbToHex>[0]; label: string }) => ({
    colour: rgbToHex(item.colour),
    label: item.label,
  });

  text(entry.legend.title, 21, PAGE_COLOURS.text, true);
  if (entry.legend.unit !== '') text(entry.legend.unit, 16, PAGE_COLOURS.muted, false);
  cursor += 6 * unit;
  if (entry.kind === 'user') {
    rows(entry.legend.swatches.map(hex), entry.legend.symbol);
    cursor += 4 * unit;
    text(entry.legend.source, 15, PAGE_COLOURS.muted, false);
    return { marks, height: cursor - y };
  }
  const { legend, bivariate } = entry;
  rows([...legend.classes, ...legend.notes].map(hex), 'square');
  if (bivariate) {
    marks.push({ kind: 'bivariate', x, y: cursor, unit, model: bivariate });
    cursor += BIVARIATE_HEIGHT * unit;
  }
  cursor += 4 * unit;
  const note = legend.qualityNote ?? null;
  if (note !== null && note !== '') text(note, 15, PAGE_COLOURS.demo, false, Infinity);
  // The manifest's caveats as the legend shows them: short; the whole text is in the notes.
  for (const caveat of legend.caveats ?? [])
    text(`⚠ ${caveat.short}`, 15, PAGE_COLOURS.demo, false);
  if (legend.demo) text(xt(lang, 'demo'), 15, PAGE_COLOURS.demo, true);
  text(`${t(lang, 'asOf')} ${formatDate(legend.asOf, lang)}`, 15, PAGE_COLOURS.muted, false);
  return { marks, height: cursor - y };
}

/** The legends laid out in a rectangle: the marks to paint and how many entries fitted. */
export interface PlacedLegends {
  readonly marks: readonly LegendMark[];
  readonly drawn: number;
  /** The shrink factor all entries were laid out at (1: full size). */
  readonly fit: number;
}

/**
 * Lays the entries out top to bottom in `rect` (device pixels; `scale` device pixels per
 * reference pixel), shrunk together to fit down to {@link MIN_FIT}; entries that still do not
 * fit are left out.
 */
export function placeLegends(
  entries: readonly PageLegendEntry[],
  rect: Rect,
  scale: number,
  lang: Lang,
  widthOf: TextWidth,
): PlacedLegends {
  const gap = 22 * scale;
  const heightAt = (unit: number) =>
    entries.reduce(
      (sum, entry) =>
        sum + layoutLegendEntry(entry, 0, 0, rect.width, unit, lang, widthOf).height + gap,
      -gap,
    );
  const needed = heightAt(scale);
  const fit = needed <= 0 ? 1 : Math.max(MIN_FIT, Math.min(1, rect.height / needed));
  const unit = scale * fit;
  const marks: LegendMark[] = [];
  let y = rect.y;
  let drawn = 0;
  for (const entry of entries) {
    const laid = layoutLegendEntry(entry, rect.x, y, rect.width, unit, lang, widthOf);
    if (y + laid.height > rect.y + rect.height + 1) break;
    marks.push(...laid.marks);
    y += laid.height + gap * fit;
    drawn++;
  }
  return { marks, drawn, fit };
}

/**
 * The page's legend entries, top layer first: the visible user layers that carry a legend
 * (drawn above the datasets), then the datasets' legends (`datasets` bottom first, as drawn).
 */
export function pageLegendEntries(
  datasets: readonly { legend: LegendModel | null; bivariate: BivariateLegendModel | null }[],
  extraLayers: readonly MapLayerSpec[],
  lang: Lang,
): PageLegendEntry[] {
  const user = extraLayers
    .filter((layer) => layer.visible)
    .flatMap((layer) => (layer.ownLegend ? [layer.ownLegend(lang)] : []))
    .reverse()
    .map((legend): PageLegendEntry => ({ kind: 'user', legend }));
  const own = [...datasets]
    .reverse()
    .flatMap((layer): PageLegendEntry[] =>
      layer.legend ? [{ kind: 'dataset', legend: layer.legend, bivariate: layer.bivariate }] : [],
    );
  return [...user, ...own];
}

/** The quality notes of the legends, one line each for the slide notes ("title: note"). */
export function qualityNoteLines(legends: readonly LegendModel[]): string[] {
  return legends.flatMap((legend) =>
    legend.qualityNote ? [`${legend.title}: ${legend.qualityNote}`] : [],
  );
}

/**
 * The legends' caveats in full ("title: ⚠ caveat") and where their files came from ("title:
 * ingested … · SHA-256 …"), one line each for the slide notes and the PDF's subject.
 */
export function caveatNoteLines(legends: readonly LegendModel[]): string[] {
  return legends.flatMap((legend) => [
    ...(legend.caveats ?? []).map((caveat) => `${legend.title}: ⚠ ${caveat.full}`),
    ...(legend.provenance
      ? [[`${legend.title}: ${legend.provenance}`, legend.hashes ?? ''].filter(Boolean).join(' · ')]
      : []),
  ]);
}

/** The user layers' names and sources, one line each for the slide notes. */
export function userSourceLines(entries: readonly PageLegendEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.kind === 'user' ? [`${entry.legend.title} — ${entry.legend.source}`] : [],
  );
}
