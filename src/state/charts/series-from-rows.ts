/**
 * A dataset's time series from the rows of one of its queries, for the chart scope: one line per
 * column in the categorical colours, the brushed range and the time cursor. Shared by the dataset
 * modules whose series is a few columns of one weekly or daily query.
 */
import { t, type MessageKey } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { categoricalColour } from '../layers/palettes';
import type { TimeSeriesModel } from '../models/view-models';
import { scopedTitle } from '../queries/chart-scope';
import { isoDay, resultRows } from '../queries/result-rows';

/** One line: its id, its label, and its value per row (the column `id` as a number by default). */
export interface SeriesColumn {
  readonly id: string;
  readonly label: MessageKey;
  readonly value?: (row: Readonly<Record<string, unknown>>) => number | null;
}

/** What a series is drawn from. */
export interface SeriesSpec {
  readonly queryKey: string;
  readonly title: MessageKey;
  readonly unit: MessageKey;
  /** The column holding each row's date. */
  readonly dateColumn: string;
  readonly lines: readonly SeriesColumn[];
}

/** The series, or null before the query has rows. */
export function seriesFromRows(state: AppState, spec: SeriesSpec): TimeSeriesModel | null {
  const { lang } = state;
  const rows = resultRows(state, spec.queryKey);
  if (rows.length === 0) return null;
  const range = state.url.from && state.url.to ? { from: state.url.from, to: state.url.to } : null;
  return {
    range,
    cursor: state.cursor,
    title: scopedTitle(t(lang, spec.title), state),
    unit: t(lang, spec.unit),
    dates: rows.map((r) => isoDay(r[spec.dateColumn])),
    lines: spec.lines.map((line, index) => ({
      id: line.id,
      label: t(lang, line.label),
      colour: categoricalColour(index),
      values: rows.map((r) => (line.value ? line.value(r) : Number(r[line.id]))),
    })),
  };
}
