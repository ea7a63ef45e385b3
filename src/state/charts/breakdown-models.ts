/**
 * The breakdown choice: the breakdowns each dataset offers, the switch between them and which one
 * is shown (the store's {@link AppState.breakdownBy}). The charts themselves are the modules'
 * (src/datasets/<id>/: road-safety causes or vehicles, complaint categories or statuses).
 */
import { t } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import type { BreakdownOption, LayerId } from '../models/view-models';
import type { BreakdownKind } from './breakdown-choices';

export { BREAKDOWN_KINDS, type BreakdownChoices, type BreakdownKind } from './breakdown-choices';

/**
 * The breakdowns each dataset offers, the default first. The choice is the store's, so the list
 * stays here while the charts are the modules' (road safety, complaints).
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
