/**
 * The vaccination dataset (COVID-19 doses per province and week): its view queries, layer
 * (coverage of the chosen dose, the dose-2 target outlined) and legend, KPI tile, ranking (lowest
 * coverage first), weekly series, doses breakdown and province-card row in one module (issue 14
 * item 1). The first-paint preview stays the state's (coverageByProvince): the KPI strip and the
 * card show it before the manifest is read.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { isIndicator } from '../../data/queries';
import { t } from '../../i18n/messages';
import { rankingModel } from '../../state/charts/chart-models';
import type { DatasetViewModule } from '../../state/models/dataset-modules';
import { DEFAULT_LAYER_SETTINGS, LAYER_MEASURES } from '../../state/layers/layer-settings';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { vaccinationCardRow } from './card';
import { vaccinationDoses, vaccinationSeries } from './charts';
import { vaccinationTile } from './kpi';
import { vaccinationLayer } from './layer';
import { vaccinationQueries } from './queries';

/** The module that draws the vaccination dataset. */
export const VACCINATION_MODULE: DatasetViewModule = {
  handles: (def: DatasetDef) => def.id === 'vaccination' && !isIndicator(def),
  queries: (def) => vaccinationQueries(def.id),
  title: (_def, lang) => t(lang, 'layer_vaccination'),
  measures: (_def, lang) =>
    LAYER_MEASURES.vaccination.map((measure) => ({
      value: measure,
      label: t(lang, `measure_${measure}`),
    })),
  defaultSettings: () => DEFAULT_LAYER_SETTINGS.vaccination,
  drawnQueryKey: () => QUERY_KEYS.vaccinationByProvince,
  kpiQueryKey: () => QUERY_KEYS.vaccinationByProvince,
  layer: vaccinationLayer,
  kpiLabel: (state) => t(state.lang, 'kpiVaccinationLabel'),
  kpi: (state) => vaccinationTile(state),
  cardRow: vaccinationCardRow,
  series: (state) => vaccinationSeries(state),
  // Coverage is ranked lowest first: the provinces furthest from the target lead.
  ranking: (state, def, layer) =>
    layer && rankingModel(state, def.id, layer.valueByCode, '%', 1, 'bottom'),
  breakdown: (state) => vaccinationDoses(state),
};
