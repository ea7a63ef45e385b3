/**
 * What the focused dataset's chart panels say besides (or instead of) their chart: "loading"
 * while the chart's query has not answered, and the KPI tile's out-of-period sentence when the
 * dates shown miss the dataset's period, so a panel never shows an empty or zero chart without
 * saying why. Computed from what the store already holds (the queries' keys, kpi-status.ts).
 */
import { t } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { selectedBreakdownKind, type BreakdownKind } from './breakdown-models';
import { focusedDataset } from './chart-models';
import { moduleDataset } from '../models/dataset-modules';
import { kpiLoadState, periodNote, periodNoteOf, RANGE_SUMMED } from '../kpis/kpi-status';
import { QUERY_KEYS } from '../queries/view-queries';

/** A note of a chart panel; the shape of src/charts' `ChartFrameNote`. */
export interface ChartNote {
  readonly text: string;
  /** The chart's data is on its way. */
  readonly busy: boolean;
  /** The note stands in place of the chart (which would read empty or 0); else it is above it. */
  readonly instead: boolean;
}

/** The notes of the focused dataset's time series, ranking and breakdown panels. */
export interface ChartNotes {
  readonly focus: string;
  /** The dataset's title, for a panel that has no chart model to take its title from. */
  readonly title: string;
  readonly series: ChartNote | null;
  readonly ranking: ChartNote | null;
  readonly breakdown: ChartNote | null;
}

/** The query each dataset's time series draws (datasets not listed have none). */
const SERIES_QUERY_KEYS: Readonly<Partial<Record<string, string>>> = {
  vaccination: QUERY_KEYS.vaccinationSeries,
  road_safety: QUERY_KEYS.roadDaily,
  complaints: QUERY_KEYS.complaintsWeekly,
};

const BREAKDOWN_QUERY_KEYS: Readonly<Record<BreakdownKind, string>> = {
  cause: QUERY_KEYS.roadCauses,
  vehicle: QUERY_KEYS.roadVehicles,
  category: QUERY_KEYS.complaintsCategories,
  status: QUERY_KEYS.complaintsStatuses,
};

function breakdownQueryKey(state: AppState, id: string): string | undefined {
  if (id === 'vaccination') return QUERY_KEYS.vaccinationSeries;
  if (id === 'poverty') return QUERY_KEYS.povertyByDimension;
  const kind =
    id === 'road_safety' || id === 'complaints' ? selectedBreakdownKind(state, id) : null;
  return kind === null ? undefined : BREAKDOWN_QUERY_KEYS[kind];
}

/** The answer to a chart's query: in, not in, or unknown (a chart this file does not know). */
type Answer = 'in' | 'missing' | 'unknown';

const answerOf = (state: AppState, key: string | undefined): Answer =>
  key === undefined ? 'unknown' : state.results[key] !== undefined ? 'in' : 'missing';

/**
 * Where the focused dataset's time series stands, or null for a dataset without one. A core
 * dataset's series is there once its query answers (its module draws it too, so the module alone
 * cannot tell "no series" from "not yet"); an indicator has one when it is dated, there once its
 * series model is.
 */
function seriesAnswerOf(state: AppState, id: string): Answer | null {
  const found = moduleDataset(state, id);
  if (found?.def.indicator) {
    if (!found.def.indicator.keys.date) return null;
    return found.module.series(state, found.def) === null ? 'missing' : 'in';
  }
  const key = SERIES_QUERY_KEYS[id];
  return key === undefined ? null : answerOf(state, key);
}

/** True while a chart of dataset `id` whose query has not answered may still get its answer. */
function awaiting(state: AppState, id: string, answer: Answer): boolean {
  if (answer !== 'missing') return false;
  const health = state.health[id];
  if (health && health.failedAt !== null && health.lastGoodAt === null) return false;
  // The engine settles after the first round of queries; later ones run with queriesRunning set.
  return state.engine === 'idle' || state.engine === 'loading' || state.queriesRunning;
}

function noteOf(
  state: AppState,
  id: string,
  answer: Answer,
  period: { readonly text: string | null; readonly instead: boolean },
): ChartNote | null {
  if (awaiting(state, id, answer)) {
    return { text: t(state.lang, 'loading'), busy: true, instead: true };
  }
  return period.text === null ? null : { text: period.text, busy: false, instead: period.instead };
}

/** The chart notes of the focused dataset (none for a dataset the manifest does not list). */
export function chartNotes(state: AppState): ChartNotes {
  const focus = focusedDataset(state);
  const def = state.datasets.find((d) => d.id === focus);
  const seriesAnswer = seriesAnswerOf(state, focus);
  // The ranking is drawn from the tile's per-province query (kpi-status.ts knows every dataset's).
  const rankingLoad = kpiLoadState(state, focus);
  const rankingAnswer: Answer =
    rankingLoad === 'answered' ? 'in' : rankingLoad === 'absent' ? 'unknown' : 'missing';
  if (!def) return { focus, title: '', series: null, ranking: null, breakdown: null };
  // The time series draws the dataset's whole period (the dates chosen are its selection), so
  // it stays under the note.
  const seriesPeriod = {
    text: periodNote({ from: state.url.from, to: state.url.to }, def),
    instead: false,
  };
  // The ranking and breakdown cover the tile's dates, so they say what the tile says; a figure
  // summed over those dates would read 0, so the note stands in its place.
  const breakdownKey = breakdownQueryKey(state, focus);
  const figuresPeriod = { text: periodNoteOf(state, focus), instead: RANGE_SUMMED.has(focus) };
  return {
    focus,
    title: def.title[state.lang],
    series: seriesAnswer === null ? null : noteOf(state, focus, seriesAnswer, seriesPeriod),
    ranking: noteOf(state, focus, rankingAnswer, figuresPeriod),
    // A dataset without a breakdown chart (households) has no panel to note.
    breakdown:
      breakdownKey === undefined
        ? null
        : noteOf(state, focus, answerOf(state, breakdownKey), figuresPeriod),
  };
}

const sameNote = (a: ChartNote | null, b: ChartNote | null) =>
  a === b ||
  (a !== null && b !== null && a.text === b.text && a.busy === b.busy && a.instead === b.instead);

/** The state fields the notes read: other changes (a hover, a notice) reuse the last notes. */
const FIELDS = [
  'url',
  'lang',
  'datasets',
  'results',
  'health',
  'engine',
  'queriesRunning',
  'cursor',
  'breakdownBy',
] as const satisfies readonly (keyof AppState)[];

let lastState: AppState | null = null;
let lastNotes: ChartNotes | null = null;

/**
 * {@link chartNotes} for views subscribed to the store: the same object while the notes read the
 * same, so a chart memoised on its props does not redraw.
 */
export function selectChartNotes(state: AppState): ChartNotes {
  const before = lastState;
  if (lastNotes && before && FIELDS.every((field) => Object.is(state[field], before[field]))) {
    lastState = state;
    return lastNotes;
  }
  lastState = state;
  const next = chartNotes(state);
  const last = lastNotes;
  if (
    last &&
    last.focus === next.focus &&
    last.title === next.title &&
    sameNote(last.series, next.series) &&
    sameNote(last.ranking, next.ranking) &&
    sameNote(last.breakdown, next.breakdown)
  ) {
    return last;
  }
  lastNotes = next;
  return next;
}
