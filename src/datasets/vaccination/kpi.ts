/**
 * The vaccination KPI tile once DuckDB has answered: dose-2 coverage of the region (or the
 * nation) and its change in points against a week before, leaving out the provinces whose figure
 * is impossible (the tile says how many). Before the answer the preview's figure stands in
 * (src/state/kpis/kpi-models.ts: the preview is the state's).
 */
import { formatDate } from '../../i18n/format';
import type { AppState } from '../../state/app/app-state';
import { kt } from '../../state/kpis/kpi-messages';
import { regional, regionalSumOf } from '../../state/kpis/kpi-models';
import { vaccinationKpi, withLeftOutProvinces, type KpiTileModel } from '../../state/kpis/kpis';
import { coverageByProvince } from '../../state/layers/layer-models';
import { vaccinationFlags } from '../../state/quality/data-quality';
import { addDays } from '../../state/queries/view-filters';
import { kpiCodes } from '../../state/kpis/kpi-scope';
import { isoDay, resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Dose-2 coverage of the region (or the nation) from query `key`; null before it has rows. */
function coverage(state: AppState, key: string): number | null {
  const dose2 = regionalSumOf(state, key, 'dose2');
  const population = regionalSumOf(state, key, 'population');
  return dose2 !== null && population ? (100 * dose2) / population : null;
}

/** Provinces of the region (all without one) whose vaccination value is impossible. */
function anomalousProvinces(state: AppState): number {
  const codes = kpiCodes(state);
  const keep = codes === null ? null : new Set(codes);
  let count = 0;
  for (const [code, flag] of vaccinationFlags(state)) {
    if (flag.kind === 'anomaly' && (keep === null || keep.has(code))) count += 1;
  }
  return count;
}

/** The newest week_end among the rows of query `key`, or null before it has rows. */
function newestWeek(state: AppState, key: string): string | null {
  let newest: string | null = null;
  for (const row of resultRows(state, key)) {
    const week = isoDay(row.week_end);
    if (newest === null || week > newest) newest = week;
  }
  return newest;
}

/**
 * The change's text naming what it is compared with when that is not the week before: MOPH
 * publishes provincial snapshots months apart, and "+13.3 points" alone would read as a week's.
 */
function sinceText(state: AppState, changeText: string): string {
  const current = newestWeek(state, QUERY_KEYS.vaccinationByProvince);
  const previous = newestWeek(state, QUERY_KEYS.vaccinationPreviousByProvince);
  if (current === null || previous === null || addDays(current, -7) === previous) return changeText;
  return kt(state.lang, 'changeSince', {
    change: changeText,
    day: formatDate(previous, state.lang),
  });
}

/** The tile from the coverage queries' answers. */
export function vaccinationTile(state: AppState): KpiTileModel {
  const tile = vaccinationKpi(
    {
      coverageByCode: regional(state, coverageByProvince(state, 'dose2_pct')),
      nationalPercent: coverage(state, QUERY_KEYS.vaccinationByProvince),
      previousNationalPercent: coverage(state, QUERY_KEYS.vaccinationPreviousByProvince),
    },
    state.lang,
  );
  const dated =
    tile.change === null ? tile : { ...tile, changeText: sinceText(state, tile.changeText) };
  return withLeftOutProvinces(dated, anomalousProvinces(state), state.lang);
}
