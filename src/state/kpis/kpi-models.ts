/** KPI tiles: totals over the country (or the region), change against the previous period. */
import { t } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import {
  kpiLoadState,
  kpiRange,
  noValueNote,
  periodNoteOf,
  previewCoverage,
  RANGE_SUMMED,
} from './kpi-status';
import {
  loadingKpi,
  outOfPeriodKpi,
  withLeftOutProvinces,
  totalOf,
  vaccinationKpi,
  type KpiTileModel,
} from './kpis';
import { coverageByProvince } from '../layers/layer-models';
import { resultRows, valueByProvince } from '../queries/result-rows';
import { kpiCodes, type KpiScope } from './kpi-scope';
import { moduleDataset, moduleDatasets } from '../models/dataset-modules';
import type { CoreDatasetId, LayerId } from '../models/view-models';

/** Keeps the region's provinces of a per-province map (all without a region; see kpi-scope.ts). */
export function regional(
  state: AppState & KpiScope,
  byCode: ReadonlyMap<number, number>,
): Map<number, number> {
  const codes = kpiCodes(state);
  if (codes === null) return new Map(byCode);
  const keep = new Set(codes);
  return new Map([...byCode].filter(([code]) => keep.has(code)));
}

/** The region's (or the nation's) sum of `column` of query `key`; null before it has rows. */
export function regionalSumOf(
  state: AppState & KpiScope,
  key: string,
  column: string,
): number | null {
  const rows = resultRows(state, key);
  return rows.length === 0 ? null : totalOf(regional(state, valueByProvince(rows, column)));
}

/**
 * The vaccination tile before its query answers: the preview's figure when there is one (the map
 * is drawn from it already), else "loading".
 */
function vaccinationBeforeAnswer(state: AppState & KpiScope): KpiTileModel {
  const { percent, leftOut } = previewCoverage(state, kpiCodes(state));
  if (percent === null) return loadingKpi('vaccination', state.lang);
  const tile = vaccinationKpi(
    {
      coverageByCode: regional(state, coverageByProvince(state, 'dose2_pct')),
      nationalPercent: percent,
      previousNationalPercent: null,
    },
    state.lang,
  );
  return withLeftOutProvinces({ ...tile, status: 'preview' }, leftOut, state.lang);
}

/** The tile of dataset `id`, or null when it has none (not listed, no figure). */
export function kpiTileOf(state: AppState, id: LayerId): KpiTileModel | null {
  const { lang } = state;
  const found = moduleDataset(state, id);
  const label = found ? found.module.kpiLabel(state, found.def) : undefined;
  switch (kpiLoadState(state, id)) {
    case 'absent':
      // The preview names its dataset: its figure stands in before the manifest's list is read.
      return id === 'vaccination' && state.vaccination ? vaccinationBeforeAnswer(state) : null;
    case 'loading':
      return id === 'vaccination' ? vaccinationBeforeAnswer(state) : loadingKpi(id, lang, label);
    case 'failed':
      return { ...loadingKpi(id, lang, label), valueText: t(lang, 'noData'), status: 'noData' };
    case 'answered':
      break;
  }
  if (!found) return null;
  const tile = found.module.kpi(state, found.def);
  const note = periodNoteOf(state, id);
  if (note !== null) return outOfPeriodKpi(tile, note, lang, !RANGE_SUMMED.has(id));
  // Answered, in the period, and still no figure: the range falls between the dataset's dates
  // (the inspection rounds open in January and June, not at Songkran). The tile says which range
  // has nothing instead of a bare "no data", and counts as missing the range (the wall drops it).
  const gap = tile.status === 'noData' ? noValueNote(kpiRange(state, id), found.def) : null;
  return gap === null ? tile : outOfPeriodKpi(tile, gap, lang, false);
}

/** The tile order of the core datasets (module datasets follow, in manifest order). */
const KPI_ORDER: readonly CoreDatasetId[] = [
  'vaccination',
  'road_safety',
  'complaints',
  'poverty',
  'households',
];

/**
 * The tiles, in a fixed order: one per dataset the manifest lists, saying "loading" until its
 * figures come (vaccination shows the preview's), "no data" when they will not, and the period
 * the dataset covers when the date range misses it.
 */
export function kpiTiles(state: AppState): KpiTileModel[] {
  return kpiTileIds(state).flatMap((id) => {
    const tile = kpiTileOf(state, id);
    return tile ? [tile] : [];
  });
}

/** The datasets that may have a tile, in tile order (see {@link kpiTiles}). */
export function kpiTileIds(state: AppState): readonly LayerId[] {
  // A core dataset drawn by a module (households) keeps its place in the core order.
  return [...new Set([...KPI_ORDER, ...moduleDatasets(state).map(({ def }) => def.id)])];
}
