/**
 * Breakdown charts of the focused dataset: road-safety causes or vehicles (vaccination doses,
 * complaint categories or statuses: their modules in src/datasets). Datasets with more than one
 * breakdown offer a choice; which one is shown lives in the store ({@link AppState.breakdownBy}).
 */
import { formatCount } from '../../i18n/format';
import { categoryName } from '../../i18n/categories';
import { t, type MessageKey } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { scopedTitle } from '../queries/chart-scope';
import { resultRows } from '../queries/result-rows';
import { QUERY_KEYS } from '../queries/view-queries';
import type { BreakdownModel, BreakdownOption, BreakdownRow, LayerId } from '../models/view-models';
import type { BreakdownKind } from './breakdown-choices';

export { BREAKDOWN_KINDS, type BreakdownChoices, type BreakdownKind } from './breakdown-choices';

interface BreakdownSource {
  readonly kind: BreakdownKind;
  readonly query: string;
  readonly title: MessageKey;
}

/** The switchable breakdowns of the datasets drawn here, the default first. */
const SOURCES: Readonly<Partial<Record<LayerId, readonly BreakdownSource[]>>> = {
  road_safety: [
    { kind: 'cause', query: QUERY_KEYS.roadCauses, title: 'chartRoadCauses' },
    { kind: 'vehicle', query: QUERY_KEYS.roadVehicles, title: 'chartRoadVehicles' },
  ],
};

/**
 * The breakdowns each dataset offers, the default first. The choice is the store's, so the list
 * stays here for the datasets whose charts a module builds (complaints) too.
 */
const KINDS: Readonly<Partial<Record<LayerId, readonly BreakdownKind[]>>> = {
  road_safety: ['cause', 'vehicle'],
  complaints: ['category', 'status'],
};

/** The breakdowns `id` offers, default first (empty for a dataset without a choice). */
export function breakdownKindsOf(id: LayerId): readonly BreakdownKind[] {
  return KINDS[id] ?? [];
}

/** The switch between the breakdowns `id` offers, `kind` selected. */
export function breakdownOptions(
  state: Pick<AppState, 'lang'>,
  id: LayerId,
  kind: BreakdownKind,
): readonly BreakdownOption[] {
  return breakdownKindsOf(id).map((known) => ({
    key: known,
    label: t(state.lang, `breakdown_${known}`),
    selected: known === kind,
  }));
}

/** `kind` if `id` offers it, else null (for actions that get a string from the UI). */
export function knownBreakdownKind(id: LayerId, kind: string): BreakdownKind | null {
  return breakdownKindsOf(id).find((known) => known === kind) ?? null;
}

/** The breakdown shown for `id`: the chosen one, else the dataset's first; null without a choice. */
export function selectedBreakdownKind(
  state: Pick<AppState, 'breakdownBy'>,
  id: LayerId,
): BreakdownKind | null {
  const kinds = breakdownKindsOf(id);
  const chosen = state.breakdownBy[id];
  return chosen !== undefined && kinds.includes(chosen) ? chosen : (kinds[0] ?? null);
}

/** Road-safety crashes per category of a breakdown query. */
function categoricalRows(state: AppState, source: BreakdownSource): BreakdownRow[] {
  const lang = state.lang;
  return resultRows(state, source.query).map((r) => {
    const key = String(r.key);
    const crashes = Number(r.crashes);
    return {
      key,
      label: categoryName(key, lang),
      value: crashes,
      valueText: formatCount(crashes, lang),
    };
  });
}

function switchable(state: AppState, id: LayerId, kind: BreakdownKind): BreakdownModel | null {
  const source = (SOURCES[id] ?? []).find((s) => s.kind === kind);
  if (!source) return null;
  return {
    title: scopedTitle(t(state.lang, source.title), state),
    unit: t(state.lang, 'chartCrashes'),
    rows: categoricalRows(state, source),
    options: breakdownOptions(state, id, kind),
  };
}

/**
 * The breakdown of a dataset (causes or vehicles) for the chart scope, or null for a dataset
 * without one (a module's is its own: vaccination's doses, poverty's dimensions, complaints'
 * categories).
 */
export function breakdownModel(state: AppState, id: LayerId): BreakdownModel | null {
  const kind = selectedBreakdownKind(state, id);
  return kind === null ? null : switchable(state, id, kind);
}
