/** KPI tiles: totals over the country (or the region), change against the previous period. */
import type { AppState } from './app-state';
import {
  complaintsKpi,
  householdsKpi,
  povertyKpi,
  roadSafetyKpi,
  totalOf,
  vaccinationKpi,
  type KpiTileModel,
} from './kpis';
import { coverageByProvince } from './layer-models';
import { resultRows, valueByProvince } from './result-rows';
import { daysInclusive } from './thresholds';
import { effectiveRange, regionCodes, CURSOR_WINDOW_DAYS } from './view-filters';
import { previousRange, QUERY_KEYS } from './view-queries';

/** Keeps the region's provinces of a per-province map (all without a region). */
function regional(state: AppState, byCode: ReadonlyMap<number, number>): Map<number, number> {
  const codes = regionCodes(state.url.region);
  if (codes === null) return new Map(byCode);
  const keep = new Set(codes);
  return new Map([...byCode].filter(([code]) => keep.has(code)));
}

function sumOf(state: AppState, key: string, column: string): number | null {
  const rows = resultRows(state, key);
  return rows.length === 0 ? null : totalOf(regional(state, valueByProvince(rows, column)));
}

function coverage(state: AppState, key: string): number | null {
  const dose2 = sumOf(state, key, 'dose2');
  const population = sumOf(state, key, 'population');
  return dose2 !== null && population ? (100 * dose2) / population : null;
}

/** The tiles, in a fixed order; a dataset not loaded yet is left out. */
export function kpiTiles(state: AppState): KpiTileModel[] {
  const { lang } = state;
  const tiles: KpiTileModel[] = [];
  const has = (key: string) => resultRows(state, key).length > 0;
  if (has(QUERY_KEYS.vaccinationByProvince) || state.vaccination) {
    tiles.push(
      vaccinationKpi(
        {
          coverageByCode: regional(state, coverageByProvince(state, 'dose2_pct')),
          nationalPercent: has(QUERY_KEYS.vaccinationByProvince)
            ? coverage(state, QUERY_KEYS.vaccinationByProvince)
            : null,
          previousNationalPercent: coverage(state, QUERY_KEYS.vaccinationPreviousByProvince),
        },
        lang,
      ),
    );
  }
  const road = state.datasets.find((d) => d.id === 'road_safety');
  if (road && has(QUERY_KEYS.roadByProvince)) {
    const range = effectiveRange(state, CURSOR_WINDOW_DAYS);
    const whole = daysInclusive(road.period.from, road.period.to);
    tiles.push(
      roadSafetyKpi(
        {
          deathsByCode: regional(
            state,
            valueByProvince(resultRows(state, QUERY_KEYS.roadByProvince), 'deaths'),
          ),
          periodDays: daysInclusive(range.from ?? road.period.from, range.to ?? road.period.to),
          overallDeathsByCode: regional(
            state,
            valueByProvince(resultRows(state, QUERY_KEYS.roadWholeByProvince), 'deaths'),
          ),
          overallDays: whole,
          previousDeaths: previousRange(state)
            ? sumOf(state, QUERY_KEYS.roadPreviousByProvince, 'deaths')
            : null,
        },
        lang,
      ),
    );
  }
  if (has(QUERY_KEYS.complaintsByProvince)) {
    const rows = resultRows(state, QUERY_KEYS.complaintsByProvince);
    tiles.push(
      complaintsKpi(
        {
          openByCode: regional(state, valueByProvince(rows, 'open')),
          overdueByCode: regional(state, valueByProvince(rows, 'overdue')),
          previousOpen: sumOf(state, QUERY_KEYS.complaintsPreviousByProvince, 'open'),
        },
        lang,
      ),
    );
  }
  if (has(QUERY_KEYS.povertyByProvince)) {
    tiles.push(
      povertyKpi(
        { total: sumOf(state, QUERY_KEYS.povertyByProvince, 'target_people'), previousTotal: null },
        lang,
      ),
    );
  }
  if (has(QUERY_KEYS.householdsByProvince)) {
    tiles.push(
      householdsKpi(
        { total: sumOf(state, QUERY_KEYS.householdsByProvince, 'households'), previousTotal: null },
        lang,
      ),
    );
  }
  return tiles;
}
