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
import { regional } from '../../state/kpis/kpi-models';
import { complaintsKpi, totalOf } from '../../state/kpis/kpis';
import { DEFAULT_LAYER_SETTINGS, LAYER_MEASURES } from '../../state/layers/layer-settings';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { complaintsCardRow } from './card';
import { complaintsBreakdown, complaintsSeries } from './charts';
import { complaintsLayer } from './layer';
import { complaintsQueries } from './queries';
import { complaintsCounts } from './security-counts';

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
    const counts = complaintsCounts(state);
    return complaintsKpi(
      {
        openByCode: regional(state, counts.open),
        overdueByCode: regional(state, counts.overdue),
        previousOpen: counts.openWeekBefore && totalOf(regional(state, counts.openWeekBefore)),
      },
      state.lang,
    );
  },
  cardRow: complaintsCardRow,
  series: (state) => complaintsSeries(state),
  // Symbols fill no provinces: the ranking is of the open cases.
  ranking: (state, def) =>
    rankingModel(state, def.id, complaintsCounts(state).open, t(state.lang, 'chartCases'), 0),
  breakdown: (state, def) => complaintsBreakdown(state, def.id),
};
