/**
 * The vaccination charts: dose 1, 2 and 3 coverage per week (the series) and the doses of the
 * newest week up to the day looked at (the breakdown), for the chart scope.
 */
import { formatPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import type { BreakdownModel, TimeSeriesModel } from '../../state/models/view-models';
import { scopedTitle } from '../../state/queries/chart-scope';
import { isoDay, resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { seriesFromRows } from '../../state/charts/series-from-rows';

const DOSES = ['dose1', 'dose2', 'dose3'] as const;

/** Coverage of each dose per week, in percent of the population; null before the query has rows. */
export function vaccinationSeries(state: AppState): TimeSeriesModel | null {
  return seriesFromRows(state, {
    queryKey: QUERY_KEYS.vaccinationSeries,
    title: 'layer_vaccination',
    unit: 'percentOfPopulation',
    dateColumn: 'week_end',
    lines: DOSES.map((dose) => ({
      id: dose,
      label: `measure_${dose}_pct` as const,
      value: (r) =>
        Number(r.population) > 0 ? (100 * Number(r[dose])) / Number(r.population) : null,
    })),
  });
}

/** Coverage of each dose in the newest week up to the cursor (else the range's end). */
export function vaccinationDoses(state: AppState): BreakdownModel | null {
  const { lang } = state;
  const rows = resultRows(state, QUERY_KEYS.vaccinationSeries);
  const at = state.cursor ?? state.url.to;
  const latest = [...rows].reverse().find((r) => at === null || isoDay(r.week_end) <= at);
  if (!latest) return null;
  const population = Number(latest.population);
  return {
    title: scopedTitle(t(lang, 'chartDoses'), state),
    unit: t(lang, 'percentOfPopulation'),
    rows: DOSES.map((dose) => {
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
