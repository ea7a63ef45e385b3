/**
 * Where a KPI tile's figures stand: still loading, answered, or never coming (the dataset failed),
 * and whether the date range shown misses the dataset's period. Kept apart from the figures so
 * the tiles, the legend and the wall's scene clock judge them the same way.
 */
import { IMPLAUSIBLE_COVERAGE_PERCENT } from '../../data/queries';
import type { DatasetDef } from '../../data/manifest/manifest-types';
import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { formatDate } from '../../i18n/format';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../app/app-state';
import { kt } from './kpi-messages';
import { overlaps } from '../url/url-notices';
import { effectiveRange, CURSOR_WINDOW_DAYS } from '../queries/view-filters';
import { moduleDataset } from '../models/dataset-modules';
import type { LayerId } from '../models/view-models';
import { datasetDay } from '../queries/view-queries';

/**
 * `answered`: its query has a result (maybe no rows); `loading`: it may still come; `failed`: it
 * will not (the dataset's load failed, or the database settled without answering); `absent`: the
 * manifest does not list the dataset.
 */
export type KpiLoadState = 'answered' | 'loading' | 'failed' | 'absent';

/** Where dataset `id`'s tile figures stand. */
export function kpiLoadState(state: AppState, id: LayerId): KpiLoadState {
  if (!state.datasets.some((d) => d.id === id)) return 'absent';
  const found = moduleDataset(state, id);
  const key = found?.module.kpiQueryKey(found.def, state);
  if (key !== undefined && state.results[key] !== undefined) return 'answered';
  const health = state.health[id];
  if (health && health.failedAt !== null && health.lastGoodAt === null) return 'failed';
  // The engine settles (ready, partial or error) only after the first round of queries: a result
  // still missing then is not on its way.
  return state.engine === 'idle' || state.engine === 'loading' ? 'loading' : 'failed';
}

/** The dates a tile's figure covers: the road-safety sum runs over the cursor's week. */
export function kpiRange(
  state: Pick<AppState, 'cursor' | 'url'>,
  id: LayerId,
): { from: string | null; to: string | null } {
  return effectiveRange(state, id === 'road_safety' ? CURSOR_WINDOW_DAYS : 1);
}

function rangeText(range: { from: string | null; to: string | null }, lang: Lang): string {
  const end = (iso: string | null) => (iso === null ? '…' : formatDate(iso, lang));
  return `${end(range.from)} – ${end(range.to)}`;
}

/**
 * "ไม่มีข้อมูลในช่วง 1 ม.ค. 2568 – 31 ม.ค. 2568: ชุดข้อมูลนี้ครอบคลุม 1 ต.ค. 2564 – 31 ธ.ค. 2565 ·
 * No data for …: this dataset covers …" (Thai first, then English), or null when the range meets
 * the period. `shownDay`: the day a snapshot dataset shows instead, said after the sentence.
 */
export function periodNote(
  range: { from: string | null; to: string | null },
  def: DatasetDef,
  shownDay: string | null = null,
): string | null {
  if (range.from === null && range.to === null) return null;
  if (overlaps(range.from, range.to, def)) return null;
  const sentence = (lang: Lang) => {
    const text = kt(lang, 'outOfPeriod', {
      range: rangeText(range, lang),
      period: rangeText(def.period, lang),
    });
    return shownDay === null
      ? text
      : `${text}; ${kt(lang, 'shownInstead', { day: formatDate(shownDay, lang) })}`;
  };
  return `${sentence('th')} · ${sentence('en')}`;
}

/**
 * "ไม่มีข้อมูลในช่วง 11 เม.ย. 2568 – 17 เม.ย. 2568: ชุดข้อมูลนี้ครอบคลุม 1 ต.ค. 2567 – 31 มี.ค. 2569
 * แต่ไม่มีค่าในช่วงนี้ · No data for …" (Thai first): a range inside the period on which a dataset
 * dated by rounds or months has no value; null when no range is set (then "no data" is the fact).
 */
export function noValueNote(
  range: { from: string | null; to: string | null },
  def: DatasetDef,
): string | null {
  if (range.from === null && range.to === null) return null;
  const sentence = (lang: Lang) =>
    kt(lang, 'noValueInRange', {
      range: rangeText(range, lang),
      period: rangeText(def.period, lang),
    });
  return `${sentence('th')} · ${sentence('en')}`;
}

/**
 * Datasets whose figure is a sum over the date range (out of the period it would read 0, so the
 * tile says so instead); the others show a day inside their period or are not dated at all.
 */
export const RANGE_SUMMED: ReadonlySet<LayerId> = new Set(['road_safety', 'complaints']);

/**
 * The out-of-period note of dataset `id` for the range its tile and legend show, or null. The
 * vaccination map moves to the nearest week of its period: the note says which.
 */
export function periodNoteOf(state: AppState, id: LayerId): string | null {
  const def = state.datasets.find((d) => d.id === id);
  if (!def) return null;
  const shownDay = id === 'vaccination' ? datasetDay(state, id) : null;
  return periodNote(kpiRange(state, id), def, shownDay);
}

/**
 * National (or the given provinces') dose-2 coverage from the first-paint preview, with the
 * query's checks (known province, a population, no negative or impossible count), and how many
 * provinces those checks leave out; null coverage without a preview or population.
 */
export function previewCoverage(
  state: Pick<AppState, 'vaccination'>,
  codes: readonly number[] | null,
): { percent: number | null; leftOut: number } {
  const keep = codes === null ? null : new Set(codes);
  let dose2 = 0;
  let population = 0;
  let leftOut = 0;
  for (const row of state.vaccination?.rows ?? []) {
    if (!PROVINCE_BY_CODE.has(row.code) || (keep && !keep.has(row.code))) continue;
    const valid =
      row.population > 0 &&
      row.dose2 >= 0 &&
      (100 * row.dose2) / row.population <= IMPLAUSIBLE_COVERAGE_PERCENT;
    if (!valid) {
      leftOut += 1;
      continue;
    }
    dose2 += row.dose2;
    population += row.population;
  }
  return { percent: population > 0 ? (100 * dose2) / population : null, leftOut };
}
