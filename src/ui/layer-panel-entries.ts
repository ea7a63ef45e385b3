import type { AppState } from '../state/app/app-state';
import { restrictedAccess } from '../state/card/restricted-tier';
import { layerSettingsOf, layerTitle } from '../state/models/dataset-modules';
import { measureChoices, offeredLayers } from '../state/layers/layer-choices';
import type { LayerView } from '../state/models/view-model-selectors';
import type { LayerId } from '../state/models/view-models';
import type { LayerPanelEntry } from './LayerPanel';

/** What the panel's entries are built from. */
export interface PanelState extends Pick<
  AppState,
  'layerSettings' | 'datasets' | 'lang' | 'health'
> {
  /** The URL's layers, bottom first. */
  readonly shown: readonly LayerId[];
}

/**
 * The layer panel's rows: the active layers top-most first, then the others the app can draw
 * (indicators the manifest declares included), each with its name, measures, settings and legend,
 * and whether the web server refused it (a wholly restricted dataset, visitor not signed in).
 */
export function layerPanelEntries(
  state: PanelState,
  layers: readonly LayerView[],
): LayerPanelEntry[] {
  const active = [...state.shown].reverse();
  const inactive = offeredLayers(state).filter((id) => !state.shown.includes(id));
  return [...active, ...inactive].map((id) => {
    const view = layers.find((l) => l.id === id);
    return {
      id,
      title: layerTitle(state, id, state.lang),
      measures: measureChoices(state, id),
      active: state.shown.includes(id),
      refused: restrictedAccess(state, id) === 'refused',
      settings: layerSettingsOf(state, id),
      legend: view?.legend ?? null,
      bivariate: view?.bivariate ?? null,
    };
  });
}
