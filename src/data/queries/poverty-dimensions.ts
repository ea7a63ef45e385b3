/**
 * TPMAP's dimensions, in a module of their own so the ingest (which runs in Node, where the
 * app's bundled province tables cannot load) can name them without the query builders.
 */

/** TPMAP's dimensions: 'any' counts a person once, however many dimensions they are poor in. */
export const POVERTY_DIMENSIONS = [
  'any',
  'health',
  'living',
  'education',
  'income',
  'access',
] as const;

/** One of {@link POVERTY_DIMENSIONS}. */
export type PovertyDimension = (typeof POVERTY_DIMENSIONS)[number];
