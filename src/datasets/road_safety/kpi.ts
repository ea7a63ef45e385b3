/**
 * The road-safety KPI tile: deaths in the region (or the nation) over the effective range, as a
 * daily rate against the whole period's, and the change against the period just before.
 */
import type { DatasetDef } from '../../data/manifest/manifest-types';
import type { AppState } from '../../state/app/app-state';
import { regional, regionalSumOf } from '../../state/kpis/kpi-models';
import { roadSafetyKpi, type KpiTileModel } from '../../state/kpis/kpis';
import { daysInclusive } from '../../state/layers/thresholds';
import { resultRows, valueByProvince } from '../../state/queries/result-rows';
import { CURSOR_WINDOW_DAYS, effectiveRange } from '../../state/queries/view-filters';
import { previousRange, QUERY_KEYS } from '../../state/queries/view-queries';

/** The tile from the per-province deaths of the range, the whole period and the one before. */
export function roadSafetyTile(state: AppState, def: DatasetDef): KpiTileModel {
  const range = effectiveRange(state, CURSOR_WINDOW_DAYS);
  const { period } = def;
  const deathsOf = (key: string) =>
    regional(state, valueByProvince(resultRows(state, key), 'deaths'));
  return roadSafetyKpi(
    {
      deathsByCode: deathsOf(QUERY_KEYS.roadByProvince),
      periodDays: daysInclusive(range.from ?? period.from, range.to ?? period.to),
      overallDeathsByCode: deathsOf(QUERY_KEYS.roadWholeByProvince),
      overallDays: daysInclusive(period.from, period.to),
      previousDeaths: previousRange(state)
        ? regionalSumOf(state, QUERY_KEYS.roadPreviousByProvince, 'deaths')
        : null,
    },
    state.lang,
  );
}
