/**
 * Whether the road-safety data has incident points, read from its manifest entry before any
 * query, and what follows from it: the measures the layer can show, the one it draws, and
 * whether a province missing from the range is "no data" or a true 0.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { AppState } from '../../state/app/app-state';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import { DEFAULT_LAYER_SETTINGS, LAYER_MEASURES } from '../../state/layers/layer-settings';
import type { LayerMeasure, LayerSettings } from '../../state/layers/layer-settings';

type RoadMeasure = LayerMeasure<'road_safety'>;

/** The measures drawn from single incidents (dots, density cells, heatmap). */
const POINT_MEASURES: readonly RoadMeasure[] = ['incidents', 'incidents_heatmap'];

/** What the layer draws when the data has no points: a measure every shape of the data has. */
export const RATE_MEASURE: RoadMeasure = 'deaths_per_100k';

/**
 * True when every row of the raw table is an incident with its point. The incident contract
 * (data/datasets.json) declares lon and lat not nullable, and the incident adapters drop a row
 * without a point; the 7 dangerous days report (a province and day per row, its incident fields
 * empty) declares them nullable. The manifest says so before any query runs, and with or without
 * published density cells: raw incidents without the publish step still have their points.
 */
export function hasIncidentPoints(def: DatasetDef): boolean {
  const located = (name: string) =>
    def.columns.some((column) => column.name === name && !column.nullable);
  return located('lon') && located('lat');
}

/**
 * True when a province with no row in the range has no figure rather than a figure of 0. Rows
 * built from incidents exist only where a crash happened: the demo's road_safety_daily has no
 * row with 0 crashes, and on a quiet day only 20 of the 77 provinces have one, so there a missing
 * province really had no crash. A province report has a row for each day a province sent, 0
 * included; a province missing from it did not report, and 0 would be a figure nobody gave.
 */
export function missingProvinceIsNoData(def: DatasetDef): boolean {
  return !hasIncidentPoints(def);
}

/** The measures the layer offers: without points, only those that need none. */
export function roadSafetyMeasures(def: DatasetDef): readonly RoadMeasure[] {
  const all: readonly RoadMeasure[] = LAYER_MEASURES.road_safety;
  return hasIncidentPoints(def) ? all : all.filter((m) => !POINT_MEASURES.includes(m));
}

/** The layer's starting settings: the incidents, or the death rate when there are no points. */
export function roadSafetyDefaultSettings(def: DatasetDef): LayerSettings {
  const settings = DEFAULT_LAYER_SETTINGS.road_safety;
  return hasIncidentPoints(def) ? settings : { ...settings, measure: RATE_MEASURE };
}

/**
 * The measure the layer draws: the chosen one when the data can show it, else the death rate.
 * The store starts every core layer with its settings, incidents for road safety, so the choice
 * is checked here rather than trusted.
 */
export function roadSafetyMeasure(state: AppState, def: DatasetDef): RoadMeasure {
  const chosen = layerSettingsOf(state, def.id).measure;
  return roadSafetyMeasures(def).find((measure) => measure === chosen) ?? RATE_MEASURE;
}
