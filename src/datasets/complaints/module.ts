/**
 * The complaints dataset (Damrongdhamma centre cases): its view queries, layer (symbols sized by
 * open cases, coloured by the share overdue) and legend, KPI tile, ranking, weekly series and
 * category / status breakdowns and province-card row in one module (issue 14 item 1).
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { isIndicator } from '../../data/queries';
import { t } from '../../i18n/messages';
import { rankingModel } from '../../state/charts/chart-models';
import type { DatasetViewModule } from '../../state/models/dataset-modules';
import { regional, regionalSumOf } from '../../state/kpis/kpi-models';
import { complaintsKpi } from '../../state/kpis/kpis';
import { DEFAULT_LAYER_SETTINGS, LAYER_MEASURES } from '../../state/layers/layer-settings';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { complaintsCardRow } from './card';
import { complaintsBreakdown, complaintsSeries } from './charts';
import { complaintsLayer } from './layer';
import { complaintsQueries } from './queries';

/** The module that draws the complaints dataset. */
export const COMPLAINTS_MODULE: DatasetViewModule = {
  handles: (def: DatasetDef) => def.id === 'complaints' && !isIndicator(def),
  queries: (def) => complaintsQueries(def.id),
  title: (_def, lang) => t(lang, 'layer_complaints'),
  measures: (_def, lang) =>
    LAYER_MEASURES.complaints.map((measure) => ({
      value: measure,
      label: t(lang, `measure_${measure}`),
    })),
  defaultSettings: () => DEFAULT_LAYER_SETTINGS.complaints,
  drawnQueryKey: () => QUERY_KEYS.complaintsByProvince,
  kpiQueryKey: () => QUERY_KEYS.complaintsByProvince,
  layer: complaintsLayer,
  kpiLabel: (state) => t(state.lang, 'kpiOpenComplaintsLabel'),
  kpi: (state) => {
    const rows = resultRows(state, QUERY_KEYS.complaintsByProvince);
    return complaintsKpi(
      {
        openByCode: regional(state, valueByProvince(rows, 'open')),
        overdueByCode: regional(state, valueByProvince(rows, 'overdue')),
        previousOpen: regionalSumOf(state, QUERY_KEYS.complaintsPreviousByProvince, 'open'),
      },
      state.lang,
    );
  },
  cardRow: complaintsCardRow,
  series: (state) => complaintsSeries(state),
  // Symbols fill no provinces: the ranking is of the open cases.
  ranking: (state, def) =>
    rankingModel(
      state,
      def.id,
      valueByProvince(resultRows(state, QUERY_KEYS.complaintsByProvince), 'open'),
      t(state.lang, 'chartCases'),
      0,
    ),
  breakdown: (state, def) => complaintsBreakdown(state, def.id),
};
