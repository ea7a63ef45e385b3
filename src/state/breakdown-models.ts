/**
 * Breakdown charts of the focused dataset: doses, road-safety causes or
 * vehicles, complaint categories or statuses. Datasets with more than one breakdown offer a
 * choice; which one is shown lives in the store ({@link AppState.breakdownBy}).
 */
import { formatCount, formatPercent } from '../i18n/format';
import { categoryName } from '../i18n/categories';
import { t, type Lang, type MessageKey } from '../i18n/messages';
import type { AppState } from './app-state';
import { scopedTitle } from './chart-scope';
import { isoDay, resultRows } from './result-rows';
import { QUERY_KEYS } from './view-queries';
import type { BreakdownModel, BreakdownRow, LayerId } from './view-models';
import type { BreakdownKind } from './breakdown-choices';

export { BREAKDOWN_KINDS, type BreakdownChoices, type BreakdownKind } from './breakdown-choices';

interface BreakdownSource {
  readonly kind: BreakdownKind;
  readonly query: string;
  readonly title: MessageKey;
}

/** The switchable breakdowns of each dataset, the default first. */
const SOURCES: Readonly<Partial<Record<LayerId, readonly BreakdownSource[]>>> = {
  road_safety: [
    { kind: 'cause', query: QUERY_KEYS.roadCauses, title: 'chartRoadCauses' },
    { kind: 'vehicle', query: QUERY_KEYS.roadVehicles, title: 'chartRoadVehicles' },
  ],
  complaints: [
    { kind: 'category', query: QUERY_KEYS.complaintsCategories, title: 'chartComplaintCategories' },
    { kind: 'status', query: QUERY_KEYS.complaintsStatuses, title: 'chartComplaintStatuses' },
  ],
};

/** Complaint statuses in the order a case goes through them; unknown statuses follow. */
const STATUS_ORDER: readonly string[] = ['received', 'in_progress', 'closed'];

/** The breakdowns `id` offers, default first (empty for a dataset without a choice). */
export function breakdownKindsOf(id: LayerId): readonly BreakdownKind[] {
  return (SOURCES[id] ?? []).map((source) => source.kind);
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

/** Orders rows for display: statuses in case order, everything else as the query sorted it. */
function ordered(kind: BreakdownKind, rows: BreakdownRow[]): BreakdownRow[] {
  if (kind !== 'status') return rows;
  const rank = (key: string) => {
    const index = STATUS_ORDER.indexOf(key);
    return index === -1 ? STATUS_ORDER.length : index;
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row.key) - rank(b.row.key) || a.index - b.index)
    .map(({ row }) => row);
}

/** Rows of a categorical breakdown query (road safety: crashes; complaints: cases). */
function categoricalRows(state: AppState, id: LayerId, source: BreakdownSource): BreakdownRow[] {
  const lang = state.lang;
  return resultRows(state, source.query).map((r) => {
    const key = String(r.key);
    if (id === 'complaints') {
      // Security-sensitive cases are counted apart, beside each total.
      const cases = Number(r.cases);
      return {
        key,
        label: categoryName(key, lang),
        value: cases,
        valueText: `${formatCount(cases, lang)} (${formatCount(Number(r.security_sensitive), lang)})`,
      };
    }
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
  const sources = SOURCES[id] ?? [];
  const source = sources.find((s) => s.kind === kind);
  if (!source) return null;
  const lang = state.lang;
  return {
    title: scopedTitle(t(lang, source.title), state),
    unit:
      id === 'complaints'
        ? `${t(lang, 'chartCases')} (${t(lang, 'chartSecuritySensitive')})`
        : t(lang, 'chartCrashes'),
    rows: ordered(kind, categoricalRows(state, id, source)),
    options: sources.map((s) => ({
      key: s.kind,
      label: t(lang, `breakdown_${s.kind}`),
      selected: s.kind === kind,
    })),
  };
}

function doses(state: AppState, lang: Lang): BreakdownModel | null {
  const rows = resultRows(state, QUERY_KEYS.vaccinationSeries);
  const at = state.cursor ?? state.url.to;
  const latest = [...rows].reverse().find((r) => at === null || isoDay(r.week_end) <= at);
  if (!latest) return null;
  const population = Number(latest.population);
  return {
    title: scopedTitle(t(lang, 'chartDoses'), state),
    unit: t(lang, 'percentOfPopulation'),
    rows: (['dose1', 'dose2', 'dose3'] as const).map((dose) => {
      const value = population > 0 ? (100 * Number(latest[dose])) / population : 0;
      return {
        key: dose,
        label: t(lang, `measure_${dose}_pct`),
        value,
        valueText: formatPercent(value, lang),
      };
    }),
  };
}

/**
 * The breakdown of a dataset (doses, causes or vehicles, categories or statuses) for the chart
 * scope, or null for a dataset without one (a module's is its own: poverty's dimensions).
 */
export function breakdownModel(state: AppState, id: LayerId): BreakdownModel | null {
  if (id === 'vaccination') return doses(state, state.lang);
  const kind = selectedBreakdownKind(state, id);
  return kind === null ? null : switchable(state, id, kind);
}
