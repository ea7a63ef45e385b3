/**
 * The road-safety layer: the incidents (dots when zoomed in, density cells or a heatmap when
 * zoomed out, filtered on the GPU by the effective date range) with their legend, or deaths per
 * 100,000 registered population per province in the effective range (the only measure of data
 * without incident points: points.ts).
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { ratePer } from '../../data/places/population';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import {
  ALL_CODES,
  choroplethOf,
  type ChoroplethLayerModel,
} from '../../state/layers/layer-models';
import { INCIDENT_DENSITY_RAMP } from '../../state/layers/palettes';
import { INCIDENT_COLOURS, type IncidentsLayerModel } from '../../state/layers/point-models';
import { layerSettingsOf } from '../../state/models/dataset-modules';
import type { LegendModel } from '../../state/models/view-models';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { CURSOR_WINDOW_DAYS, effectiveRange } from '../../state/queries/view-filters';
import { datasetDay, QUERY_KEYS } from '../../state/queries/view-queries';
import { thresholdOf } from '../../state/url/url-filters';
import { densityCellsOf, pointColumnsOf } from './decode';
import { missingProvinceIsNoData, RATE_MEASURE, roadSafetyMeasure } from './points';

/** Day-index range [first, last] of the effective date range, for GPU filtering; null = all. */
export function incidentDayRange(state: AppState, def: DatasetDef): [number, number] | null {
  const first = def.period.from;
  const { from, to } = effectiveRange(state, CURSOR_WINDOW_DAYS);
  if (!first || (from === null && to === null)) return null;
  const dayOf = (iso: string) =>
    (Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 864e5;
  return [from === null ? -1e9 : dayOf(from), to === null ? 1e9 : dayOf(to)];
}

/** Legend of the incident points. */
function incidentLegend(state: AppState, def: DatasetDef): LegendModel {
  const lang = state.lang;
  const heat = roadSafetyMeasure(state, def) === 'incidents_heatmap';
  return {
    layerId: def.id,
    title: t(lang, 'layer_road_safety'),
    unit: t(lang, 'legendIncidentUnit'),
    classes: [
      { colour: INCIDENT_COLOURS[0], label: t(lang, 'legendIncidentDeath') },
      { colour: INCIDENT_COLOURS[1], label: t(lang, 'legendIncidentInjury') },
      { colour: INCIDENT_COLOURS[2], label: t(lang, 'legendIncidentOther') },
    ],
    notes: [
      {
        colour: INCIDENT_DENSITY_RAMP[0] ?? INCIDENT_COLOURS[0],
        label: t(lang, heat ? 'legendHeatLow' : 'legendDensityLow'),
      },
      {
        colour: INCIDENT_DENSITY_RAMP[5] ?? INCIDENT_COLOURS[2],
        label: t(lang, heat ? 'legendHeatHigh' : 'legendDensityHigh'),
      },
    ],
    source: def.source[lang],
    licence: def.licence,
    asOf: datasetDay(state, def.id) ?? def.asOf,
    demo: def.demo,
  };
}

/**
 * Deaths per 100,000 registered population per province in the effective date range. A province
 * with no row is 0 for incident data and no data for province reports (missingProvinceIsNoData).
 */
function deathRates(state: AppState, def: DatasetDef): Map<number, number> {
  const rows = resultRows(state, QUERY_KEYS.roadByProvince);
  const deaths = valueByProvince(rows, 'deaths');
  // A threshold leaves off the provinces that fail it: a missing row is then not a rate of 0.
  const missingIsNoData = missingProvinceIsNoData(def) || thresholdOf(state.url, def.id) !== null;
  const rates = new Map<number, number>();
  // No rows (before the answer, or nothing passes a filter) is no data, not a rate of 0.
  if (rows.length === 0) return rates;
  for (const code of ALL_CODES) {
    const died = deaths.get(code);
    if (died === undefined && missingIsNoData) continue;
    const rate = ratePer(code, died ?? 0, 100_000);
    if (rate !== null) rates.set(code, rate);
  }
  return rates;
}

/** Road-safety deaths per 100,000 registered population in the effective date range. */
function deathRateLayer(state: AppState, def: DatasetDef): ChoroplethLayerModel {
  return choroplethOf({
    id: def.id,
    values: deathRates(state, def),
    settings: layerSettingsOf(state, def.id),
    dataset: def,
    lang: state.lang,
    title: t(state.lang, 'measure_deaths_per_100k'),
    unit: t(state.lang, 'measure_deaths_per_100k'),
    decimals: 2,
    asOf: datasetDay(state, def.id) ?? def.asOf,
    region: state.url.region,
    belowTarget: null,
  });
}

/** Road safety: the death-rate choropleth, or the incidents (dots, cells or heatmap). */
export function roadSafetyLayer(
  state: AppState,
  def: DatasetDef,
): ChoroplethLayerModel | IncidentsLayerModel {
  const settings = layerSettingsOf(state, def.id);
  const measure = roadSafetyMeasure(state, def);
  if (measure === RATE_MEASURE) return deathRateLayer(state, def);
  return {
    kind: 'incidents',
    id: def.id,
    opacity: settings.opacity,
    points: pointColumnsOf(state.results[QUERY_KEYS.roadPoints]),
    dayRange: incidentDayRange(state, def),
    cells: densityCellsOf(state.results[QUERY_KEYS.roadCells]),
    densityMode: measure === 'incidents_heatmap' ? 'heatmap' : 'hexagon',
    legend: incidentLegend(state, def),
  };
}
