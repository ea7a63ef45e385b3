/**
 * The provinces a KPI figure covers. The dashboard's tiles cover the chosen group (or the
 * nation) whatever province is selected, since the card shows the province; a wall scene of one
 * province shows that province's figures instead (area-kpis.ts), through a state copy that names
 * the province here. The tile builders narrow their per-province rows with {@link kpiCodes}.
 */
import type { AppState } from '../app/app-state';
import { regionCodes } from '../queries/view-filters';

/** A state whose KPI figures cover one province (set only by {@link scopedToProvince}). */
export interface KpiScope {
  readonly kpiProvince?: number;
}

/** `state` with its KPI figures narrowed to province `code` (nothing else changes). */
export function scopedToProvince<S extends AppState>(state: S, code: number): S & KpiScope {
  return { ...state, kpiProvince: code };
}

/** The provinces the KPI figures of `state` cover: one province, the group's, or null (all). */
export function kpiCodes(state: Pick<AppState, 'url'> & KpiScope): readonly number[] | null {
  return state.kpiProvince === undefined ? regionCodes(state.url.region) : [state.kpiProvince];
}
