/**
 * The vaccination KPI tile once DuckDB has answered: dose-2 coverage of the region (or the
 * nation) and its change in points against a week before, leaving out the provinces whose figure
 * is impossible (the tile says how many). Before the answer the preview's figure stands in
 * (src/state/kpis/kpi-models.ts: the preview is the state's).
 */
import type { AppState } from '../../state/app/app-state';
import { regional, regionalSumOf } from '../../state/kpis/kpi-models';
import { vaccinationKpi, withLeftOutProvinces, type KpiTileModel } from '../../state/kpis/kpis';
import { coverageByProvince } from '../../state/layers/layer-models';
import { vaccinationFlags } from '../../state/quality/data-quality';
import { regionCodes } from '../../state/queries/view-filters';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** Dose-2 coverage of the region (or the nation) from query `key`; null before it has rows. */
function coverage(state: AppState, key: string): number | null {
  const dose2 = regionalSumOf(state, key, 'dose2');
  const population = regionalSumOf(state, key, 'population');
  return dose2 !== null && population ? (100 * dose2) / population : null;
}

/** Provinces of the region (all without one) whose vaccination value is impossible. */
function anomalousProvinces(state: AppState): number {
  const codes = regionCodes(state.url.region);
  const keep = codes === null ? null : new Set(codes);
  let count = 0;
  for (const [code, flag] of vaccinationFlags(state)) {
    if (flag.kind === 'anomaly' && (keep === null || keep.has(code))) count += 1;
  }
  return count;
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
  return withLeftOutProvinces(tile, anomalousProvinces(state), state.lang);
}
