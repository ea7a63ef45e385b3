/**
 * When an export may start, and what each active layer will show on the page. Readiness means
 * "every query the page draws has been answered": an empty answer (a filter or threshold nothing
 * passes) is an answer, and so is a failure (a file that did not load, a query that failed), so a
 * page with nothing to draw or a broken dataset can still be exported, saying so on the page.
 * Only work still in progress (DuckDB starting or restarting, a query running, a dataset's first
 * load) is waited for.
 */
import type { AppState } from '../../state/app/app-state';
import { selectViewModels, type LayerView } from '../../state/models/view-model-selectors';
import type { LayerId } from '../../state/models/view-models';
import { mapSpecsOf } from '../../map/map-specs';

/**
 * What an active layer shows: its data (`drawn`), nothing because nothing passes the filters
 * (`empty`), nothing because its data could not be had (`missing`), or not yet known (`waiting`).
 */
export type LayerOutcome = 'drawn' | 'empty' | 'missing' | 'waiting';

/** One active layer's outcome. */
export interface LayerReadiness {
  readonly id: LayerId;
  readonly outcome: LayerOutcome;
}

/** True while something that could still answer a layer is at work. */
function stillWorking(state: AppState): boolean {
  if (state.queriesRunning) return true;
  if (state.engine === 'idle' || state.engine === 'loading') return true;
  // A dataset's first load (not a deferred one, which loads only when asked) has not ended yet.
  return state.datasets.some((def) => def.deferred !== true && state.health[def.id] === undefined);
}

function outcomeOf(
  layer: LayerView,
  drawnIds: ReadonlySet<string>,
  working: boolean,
): LayerOutcome {
  if (drawnIds.has(layer.drawing.id)) return 'drawn';
  if (layer.answered) return 'empty';
  return working ? 'waiting' : 'missing';
}

/** Each active layer's outcome, bottom first. */
export function layerReadiness(state: AppState): LayerReadiness[] {
  const models = selectViewModels(state);
  const drawnIds = new Set(mapSpecsOf(models.layers).map((spec) => spec.key));
  const working = stillWorking(state);
  return models.layers.map((layer) => ({
    id: layer.id,
    outcome: outcomeOf(layer, drawnIds, working),
  }));
}

/**
 * True when an export may start: no query is running and every active layer is drawn, empty or
 * missing (none waiting).
 */
export function exportReady(state: AppState): boolean {
  if (state.queriesRunning) return false;
  return layerReadiness(state).every((layer) => layer.outcome !== 'waiting');
}
