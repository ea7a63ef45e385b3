/** Colours and text styles the charts share, matching src/ui/styles.css (dark theme). */
export const CHART_COLOURS = {
  text: '#eef2f8',
  muted: '#a9b4c8',
  accent: '#fde725',
  grid: 'rgba(169, 180, 200, 0.14)',
  axis: '#2c3a55',
  brushBackground: '#0f1a2e',
  brushStroke: '#7f8fb0',
  bar: '#4f8fd6',
} as const;

/**
 * Okabe–Ito colours (colour-blind safe) for breakdown bars without a colour of their own; its
 * yellow is left out because yellow marks the selection.
 */
export const CATEGORY_COLOURS = [
  '#56b4e9',
  '#e69f00',
  '#009e73',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#999999',
] as const;

/** Axis tick text: muted, in the app's Thai face, sized for a panel. */
export const AXIS_TICK_STYLE = {
  fill: CHART_COLOURS.muted,
  fontSize: 12,
  fontFamily: 'inherit',
} as const;

/** {@link AXIS_TICK_STYLE} at another size (the wall scales its type with the screen). */
export function axisTickStyle(fontSize: number | undefined) {
  return fontSize === undefined || fontSize === AXIS_TICK_STYLE.fontSize
    ? AXIS_TICK_STYLE
    : { ...AXIS_TICK_STYLE, fontSize };
}

/** The colour of breakdown bar `index` when the caller gives none. */
export function categoryColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length] ?? CHART_COLOURS.bar;
}
