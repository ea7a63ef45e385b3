/** Colours of a briefing page: a light page (paper and projectors) around the dark map. */
export const PAGE_COLOURS = {
  page: '#ffffff',
  text: '#14213d',
  muted: '#55627a',
  rule: '#c5ccd8',
  demo: '#9a5b00',
  demoBackground: '#fff1cc',
  mapFrame: '#14213d',
  labelText: '#ffffff',
  labelHalo: 'rgba(11, 20, 36, 0.85)',
  furniture: 'rgba(11, 20, 36, 0.78)',
  furnitureText: '#ffffff',
} as const;
