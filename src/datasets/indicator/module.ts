/**
 * The generic indicator module: every manifest entry with `"kind": "indicator"` gets a layer,
 * legend, KPI tile, province-card row, ranking and time series from this one module, with no
 * code per dataset (issue 14 item 3).
 */
import { isIndicator } from '../../data/queries';
import type { DatasetViewModule } from '../../state/models/dataset-modules';
import { indicatorCardRow } from './card';
import { indicatorRanking, indicatorSeriesModel } from './charts';
import { indicatorKpi, indicatorKpiLabel } from './kpi';
import { indicatorDefaultSettings, indicatorLayer, indicatorMeasureChoices } from './layer';
import { indicatorKeys, indicatorQueries } from './queries';

/** The module that draws indicator datasets. */
export const INDICATOR_MODULE: DatasetViewModule = {
  handles: isIndicator,
  queries: indicatorQueries,
  title: (def, lang) => def.title[lang],
  measures: indicatorMeasureChoices,
  defaultSettings: indicatorDefaultSettings,
  drawnQueryKey: (def) => indicatorKeys(def.id).byProvince,
  kpiQueryKey: (def) => indicatorKeys(def.id).kpi,
  layer: indicatorLayer,
  kpiLabel: indicatorKpiLabel,
  kpi: indicatorKpi,
  cardRow: indicatorCardRow,
  series: indicatorSeriesModel,
  ranking: (state, def, layer) => layer && indicatorRanking(state, def, layer),
};
