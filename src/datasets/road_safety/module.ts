/**
 * The road-safety dataset (crashes, deaths and injuries): its view queries, layer (the incidents
 * as dots, density cells or a heatmap, or deaths per 100,000 per province) and legend, KPI tile,
 * ranking, daily series, cause / vehicle breakdown and the 7 dangerous days of the newest
 * festival and its province-card row in one module (issue 14 item 1); its SQL builders stay in
 * src/data/queries.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { isIndicator } from '../../data/queries';
import { t } from '../../i18n/messages';
import { rankingModel } from '../../state/charts/chart-models';
import type { DatasetViewModule } from '../../state/models/dataset-modules';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { roadSafetyCardRow } from './card';
import { festivalDays, roadSafetyBreakdown, roadSafetySeries } from './charts';
import { roadSafetyTile } from './kpi';
import { roadSafetyLayer } from './layer';
import {
  RATE_MEASURE,
  roadSafetyDefaultSettings,
  roadSafetyMeasure,
  roadSafetyMeasures,
} from './points';
import { roadSafetyQueries } from './queries';

/** The module that draws the road-safety dataset. */
export const ROAD_SAFETY_MODULE: DatasetViewModule = {
  handles: (def: DatasetDef) => def.id === 'road_safety' && !isIndicator(def),
  queries: (def) => roadSafetyQueries(def),
  title: (_def, lang) => t(lang, 'layer_road_safety'),
  // Data without incident points (province reports) is offered the death rate only.
  measures: (def, lang) =>
    roadSafetyMeasures(def).map((measure) => ({
      value: measure,
      label: t(lang, `measure_${measure}`),
    })),
  defaultSettings: roadSafetyDefaultSettings,
  // The incidents are drawn once their density cells have come.
  drawnQueryKey: (def, state) =>
    roadSafetyMeasure(state, def) === RATE_MEASURE
      ? QUERY_KEYS.roadByProvince
      : QUERY_KEYS.roadCells,
  kpiQueryKey: () => QUERY_KEYS.roadByProvince,
  layer: roadSafetyLayer,
  kpiLabel: (state) => t(state.lang, 'kpiRoadDeathsLabel'),
  kpi: roadSafetyTile,
  cardRow: roadSafetyCardRow,
  series: (state) => roadSafetySeries(state),
  // The death rate ranks its choropleth; the incidents rank the crashes per province.
  ranking: (state, def, layer) =>
    layer
      ? rankingModel(state, def.id, layer.valueByCode, layer.legend?.unit ?? '', 1)
      : rankingModel(
          state,
          def.id,
          valueByProvince(resultRows(state, QUERY_KEYS.roadByProvince), 'crashes'),
          t(state.lang, 'chartCrashes'),
          0,
        ),
  breakdown: (state, def) => roadSafetyBreakdown(state, def.id),
  festival: (state) => festivalDays(state),
};
