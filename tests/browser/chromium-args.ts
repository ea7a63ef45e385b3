/**
 * Chromium flags for a machine with a closed network and no GPU: the browser journeys and the
 * component tier (vitest.config.ts) launch the Debian Chromium with these.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
