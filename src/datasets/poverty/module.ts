/**
 * The poverty dataset (TPMAP target poor people): its view queries, layer (count, per 1,000 or
 * bivariate against vaccination), legend, KPI tile, ranking, dimension breakdown and province-card
 * row in one module (issue 14 item 1).
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { isIndicator } from '../../data/queries';
import { t } from '../../i18n/messages';
import { rankingModel } from '../../state/charts/chart-models';
import type { DatasetViewModule } from '../../state/models/dataset-modules';
import { regionalSumOf } from '../../state/kpis/kpi-models';
import { povertyKpi } from '../../state/kpis/kpis';
import { DEFAULT_LAYER_SETTINGS, LAYER_MEASURES } from '../../state/layers/layer-settings';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { povertyCardRow } from './card';
import { povertyDimensions } from './breakdown';
import { povertyLayer } from './layer';
import { povertyQueries } from './queries';

/** The module that draws the poverty dataset. */
export const POVERTY_MODULE: DatasetViewModule = {
  handles: (def: DatasetDef) => def.id === 'poverty' && !isIndicator(def),
  queries: (def) => povertyQueries(def.id),
  title: (_def, lang) => t(lang, 'layer_poverty'),
  measures: (_def, lang) =>
    LAYER_MEASURES.poverty.map((measure) => ({
      value: measure,
      label: t(lang, `measure_${measure}`),
    })),
  defaultSettings: () => DEFAULT_LAYER_SETTINGS.poverty,
  drawnQueryKey: () => QUERY_KEYS.povertyByProvince,
  kpiQueryKey: () => QUERY_KEYS.povertyByProvince,
  layer: povertyLayer,
  kpiLabel: (state) => t(state.lang, 'kpiPovertyLabel'),
  kpi: (state) =>
    povertyKpi(
      {
        total: regionalSumOf(state, QUERY_KEYS.povertyByProvince, 'target_people'),
        previousTotal: null,
      },
      state.lang,
    ),
  cardRow: povertyCardRow,
  series: () => null,
  ranking: (state, def, layer) =>
    layer && rankingModel(state, def.id, layer.valueByCode, layer.legend?.unit ?? '', 1),
  breakdown: (state) => povertyDimensions(state),
};
