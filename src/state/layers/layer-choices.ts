/**
 * What the layer panel offers: every layer the app can draw (the five core layers, then each
 * module dataset the manifest lists, e.g. indicators) and the measures each can show.
 */
import { CORE_DATASET_IDS } from '../../data/manifest/manifest-types';
import { t } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import {
  isCoreDatasetId,
  moduleDataset,
  moduleDatasets,
  type MeasureChoice,
} from '../models/dataset-modules';
import { LAYER_MEASURES } from './layer-settings';
import type { LayerId } from '../models/view-models';

/** The layers the panel lists: the core five, then the manifest's module datasets in order. */
export function offeredLayers(state: Pick<AppState, 'datasets'>): readonly LayerId[] {
  // A core dataset drawn by a module (households) keeps its place among the core five.
  return [...new Set([...CORE_DATASET_IDS, ...moduleDatasets(state).map(({ def }) => def.id)])];
}

/** The measures layer `id` can show, labelled in the state's language. */
export function measureChoices(
  state: Pick<AppState, 'datasets' | 'lang'>,
  id: LayerId,
): readonly MeasureChoice[] {
  const found = moduleDataset(state, id);
  if (found) return found.module.measures(found.def, state.lang);
  if (!isCoreDatasetId(id)) return [];
  return LAYER_MEASURES[id].map((measure) => ({
    value: measure,
    label: t(state.lang, `measure_${measure}`),
  }));
}
