/**
 * Text on a 2D canvas in the bundled Sarabun face. Canvas text goes through the browser's
 * shaper, so Thai vowels and tone marks stack as in HTML (deck.gl's TextLayer does not).
 */

/** The page's type face (bundled by @fontsource/sarabun, loaded by main.tsx). */
export const FONT_FAMILY = "Sarabun, 'Noto Sans Thai', sans-serif";

/** A CSS font for the canvas. */
export function font(px: number, bold = false): string {
  return `${bold ? 700 : 400} ${px.toFixed(2)}px ${FONT_FAMILY}`;
}

/** Waits until both weights of Sarabun are ready for Thai and Latin text. */
export async function loadFonts(): Promise<void> {
  const sample = 'ข้อมูลสาธิต ภูมิ Demo 0123';
  await Promise.all([
    document.fonts.load(font(16), sample),
    document.fonts.load(font(16, true), sample),
  ]);
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Pieces a line may break between: words (Thai has no spaces, so the segmenter finds them). */
function breakPieces(text: string): string[] {
  let segmenter = segmenters.get('th');
  if (!segmenter) {
    segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    segmenters.set('th', segmenter);
  }
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** Splits `text` into lines no wider than `maxWidth` with the context's current font. */
export function wrapLines(
  context: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
): string[] {
  return wrapMeasured(text, maxWidth, (line) => context.measureText(line).width);
}

/**
 * Splits `text` into lines no wider than `maxWidth` as `widthOf` measures them, breaking between
 * words; a single word wider than the line stays whole on a line of its own.
 */
export function wrapMeasured(
  text: string,
  maxWidth: number,
  widthOf: (line: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakPieces(text)) {
    const candidate = line + piece;
    if (line !== '' && widthOf(candidate) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The largest size ≤ `px` (down to `minPx`) at which `text` fits in `maxWidth` on one line. */
export function fitFontSize(
  context: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  px: number,
  minPx: number,
  bold = false,
): number {
  let size = px;
  context.font = font(size, bold);
  while (size > minPx && context.measureText(text).width > maxWidth) {
    size = Math.max(minPx, size * 0.94);
    context.font = font(size, bold);
  }
  return size;
}

/** Shortens `text` with "…" until it fits `maxWidth` with the current font. */
export function ellipsize(
  context: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
): string {
  if (context.measureText(text).width <= maxWidth) return text;
  // Graphemes, so a Thai vowel or tone mark is never cut from its consonant.
  const pieces = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)].map(
    (s) => s.segment,
  );
  while (pieces.length > 1 && context.measureText(`${pieces.join('')}…`).width > maxWidth) {
    pieces.pop();
  }
  return `${pieces.join('')}…`;
}

/** Fills a rounded rectangle. */
export function roundRect(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
  fill: string,
): void {
  context.beginPath();
  context.roundRect(x, y, width, height, radius);
  context.fillStyle = fill;
  context.fill();
}
