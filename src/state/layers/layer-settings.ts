import type {
  ClassificationMethod,
  CoreDatasetId,
  LayerId,
  PaletteId,
} from '../models/view-models';

/** What a layer's choropleth or symbols show. */
export const LAYER_MEASURES = {
  vaccination: ['dose1_pct', 'dose2_pct', 'dose3_pct'],
  poverty: ['people', 'per_1000', 'bivariate'],
  road_safety: ['incidents', 'incidents_heatmap', 'deaths_per_100k'],
  complaints: ['open'],
  households: ['hexagons', 'provinces'],
} as const satisfies Record<CoreDatasetId, readonly string[]>;

/** A measure of layer `L`. */
export type LayerMeasure<L extends CoreDatasetId = CoreDatasetId> =
  (typeof LAYER_MEASURES)[L][number];

/** TPMAP's five dimensions, plus "any" (poor in at least one). */
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

/** Per-layer display settings (not in the URL: they are the analyst's styling). */
export interface LayerSettings {
  readonly opacity: number;
  readonly measure: string;
  readonly classification: ClassificationMethod;
  readonly palette: PaletteId;
}

/**
 * Settings by layer id: the five core layers always have theirs; an indicator's appear once it is
 * restyled (until then its module's defaults stand: dataset-modules.ts layerSettingsOf).
 */
export type LayerSettingsById = Readonly<Record<CoreDatasetId, LayerSettings>> &
  Readonly<Partial<Record<string, LayerSettings>>>;

/** Settings every layer starts with. */
export const DEFAULT_LAYER_SETTINGS: LayerSettingsById = {
  vaccination: { opacity: 1, measure: 'dose2_pct', classification: 'quantile', palette: 'viridis' },
  poverty: { opacity: 0.9, measure: 'people', classification: 'jenks', palette: 'oranges' },
  road_safety: {
    opacity: 0.9,
    measure: 'incidents',
    classification: 'quantile',
    palette: 'cividis',
  },
  complaints: { opacity: 0.9, measure: 'open', classification: 'quantile', palette: 'purples' },
  households: { opacity: 0.85, measure: 'hexagons', classification: 'quantile', palette: 'blues' },
};

/** True when `measure` is one of layer `id`'s measures. */
export function isLayerMeasure(id: LayerId, measure: string): boolean {
  const measures: Readonly<Record<string, readonly string[] | undefined>> = LAYER_MEASURES;
  return measures[id]?.includes(measure) ?? false;
}

/**
 * Moves `id` one step up (drawn later, on top) or down within the drawing order; other layers keep
 * their order. Returns the same array when the move is impossible.
 */
export function moveLayer(
  order: readonly LayerId[],
  id: LayerId,
  direction: 'up' | 'down',
): readonly LayerId[] {
  const index = order.indexOf(id);
  const target = direction === 'up' ? index + 1 : index - 1;
  if (index < 0 || target < 0 || target >= order.length) return order;
  const next = [...order];
  [next[index], next[target]] = [order[target] as LayerId, id];
  return next;
}

/** Adds `id` on top of the drawing order, or removes it. */
export function toggleLayer(order: readonly LayerId[], id: LayerId): readonly LayerId[] {
  return order.includes(id) ? order.filter((layer) => layer !== id) : [...order, id];
}
