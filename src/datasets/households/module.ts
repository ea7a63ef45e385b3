/**
 * The households dataset (the household survey, published only as k-anonymous aggregates): its
 * view queries, layer, legend, KPI tile, ranking and province-card row in one module (issue 14
 * item 1).
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { isIndicator } from '../../data/queries';
import { t } from '../../i18n/messages';
import { rankingModel } from '../../state/charts/chart-models';
import { layerSettingsOf, type DatasetViewModule } from '../../state/models/dataset-modules';
import { regionalSumOf } from '../../state/kpis/kpi-models';
import { householdsKpi } from '../../state/kpis/kpis';
import { DEFAULT_LAYER_SETTINGS, LAYER_MEASURES } from '../../state/layers/layer-settings';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { householdsCardRow } from './card';
import { householdsLayer } from './layer';
import { householdsQueries } from './queries';

/** The module that draws the households dataset. */
export const HOUSEHOLDS_MODULE: DatasetViewModule = {
  handles: (def: DatasetDef) => def.id === 'households' && !isIndicator(def),
  queries: (def) => householdsQueries(def.id),
  title: (_def, lang) => t(lang, 'layer_households'),
  measures: (_def, lang) =>
    LAYER_MEASURES.households.map((measure) => ({
      value: measure,
      label: t(lang, `measure_${measure}`),
    })),
  defaultSettings: () => DEFAULT_LAYER_SETTINGS.households,
  drawnQueryKey: (def, state) =>
    layerSettingsOf(state, def.id).measure === 'provinces'
      ? QUERY_KEYS.householdsByProvince
      : QUERY_KEYS.householdHexbins,
  kpiQueryKey: () => QUERY_KEYS.householdsByProvince,
  layer: householdsLayer,
  kpiLabel: (state) => t(state.lang, 'kpiHouseholdsLabel'),
  kpi: (state) =>
    householdsKpi(
      {
        total: regionalSumOf(state, QUERY_KEYS.householdsByProvince, 'households'),
        previousTotal: null,
      },
      state.lang,
    ),
  cardRow: householdsCardRow,
  series: () => null,
  ranking: (state, def, layer) =>
    layer
      ? rankingModel(state, def.id, layer.valueByCode, layer.legend?.unit ?? '', 1)
      : rankingModel(
          state,
          def.id,
          valueByProvince(resultRows(state, QUERY_KEYS.householdsByProvince), 'households'),
          t(state.lang, 'cardHouseholds'),
          0,
        ),
};
