import { PROVINCE_BY_CODE } from '../../data/places/provinces';
import { formatCount } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import { gt } from '../groupings/grouping-messages';
import { cardGroup, findGroup, type GroupKey } from '../groupings/groupings';
import type { RankingRow } from '../models/view-models';

/** 'top': highest values first; 'bottom': lowest values first. */
export type RankOrder = 'top' | 'bottom';

/** Options of {@link rankProvinces}. */
export interface RankOptions {
  readonly order: RankOrder;
  /** Rows to return (default 10). */
  readonly count?: number;
  readonly lang: Lang;
  /** Value with its unit for display, e.g. (72.4, 'en') => "72.4 %". */
  readonly format: (value: number, lang: Lang) => string;
}

/** Province name in `lang` (Thai or English), or the code when the code is unknown. */
export function provinceName(code: number, lang: Lang): string {
  const province = PROVINCE_BY_CODE.get(code);
  if (!province) return String(code);
  return lang === 'th' ? province.nameTh : province.nameEn;
}

/** The [code, value] pairs with a finite value, best first for `order`, ties by ascending code. */
function sortedEntries(
  valueByCode: ReadonlyMap<number, number | null | undefined>,
  order: RankOrder,
): [number, number][] {
  const entries: [number, number][] = [];
  for (const [code, value] of valueByCode) {
    if (typeof value === 'number' && Number.isFinite(value)) entries.push([code, value]);
  }
  const direction = order === 'top' ? -1 : 1;
  return entries.sort(([codeA, a], [codeB, b]) => (a - b) * direction || codeA - codeB);
}

/**
 * The first `count` provinces by value: highest first for 'top', lowest first for 'bottom'.
 * Provinces without a (finite) value are left out; equal values are ordered by province code.
 */
export function rankProvinces(
  valueByCode: ReadonlyMap<number, number | null | undefined>,
  options: RankOptions,
): RankingRow[] {
  const { order, lang, format } = options;
  const count = Math.max(0, Math.floor(options.count ?? 10));
  return sortedEntries(valueByCode, order)
    .slice(0, count)
    .map(([code, value]) => ({
      code,
      label: provinceName(code, lang),
      value,
      valueText: format(value, lang),
    }));
}

/** Position of a province among the provinces with a value. */
export interface RankPosition {
  /** 1 = highest for 'top', lowest for 'bottom'; equal values share the best rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Number of provinces with a value. */
  readonly of: number;
}

/**
 * Rank of `code` for the province card, or null when the province has no value. Unlike the rows of
 * {@link rankProvinces}, provinces with equal values share a rank (standard competition ranking),
 * so a tie never depends on the province code.
 */
export function rankOf(
  code: number,
  valueByCode: ReadonlyMap<number, number | null | undefined>,
  order: RankOrder,
): RankPosition | null {
  const value = valueByCode.get(code);
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const entries = sortedEntries(valueByCode, order);
  const ahead = entries.filter(([, other]) => (order === 'top' ? other > value : other < value));
  return { rank: ahead.length + 1, of: entries.length };
}

/** "Rank 3 of 77" / "อันดับ 3 จาก 77". */
export function rankText(position: RankPosition, lang: Lang): string {
  return t(lang, 'rankPosition')
    .replace('{rank}', formatCount(position.rank, lang))
    .replace('{of}', formatCount(position.of, lang));
}

/** Title of a ranking chart: "Top 10 provinces" / "สูงสุด 10 จังหวัด". */
export function rankingTitle(order: RankOrder, count: number, lang: Lang): string {
  return t(lang, order === 'top' ? 'rankTop' : 'rankBottom').replace(
    '{count}',
    formatCount(count, lang),
  );
}

/** What the group comparisons read of the app state. */
interface GroupedView {
  readonly url: { readonly province: number | null; readonly region: GroupKey | null };
  readonly lang: Lang;
}

/** Rank of `code` among the provinces `codes` only (its group), or null without a value. */
export function rankWithin(
  code: number,
  valueByCode: ReadonlyMap<number, number | null | undefined>,
  codes: readonly number[],
  order: RankOrder,
): RankPosition | null {
  const inGroup = new Set(codes);
  return rankOf(code, new Map([...valueByCode].filter(([c]) => inGroup.has(c))), order);
}

/**
 * The selected province's rank within its group for the card: "อันดับ 2 จาก 4 ในเขตสุขภาพที่ 9"
 * (its group in the chosen grouping, else its region); '' without a province, group or value.
 */
export function groupRankText(
  state: GroupedView,
  valueByCode: ReadonlyMap<number, number | null | undefined>,
  order: RankOrder,
): string {
  const found = cardGroup(state.url);
  const code = state.url.province;
  if (found === null || code === null) return '';
  const position = rankWithin(code, valueByCode, found.group.codes, order);
  if (position === null) return '';
  return gt(state.lang, 'rankInGroup')
    .replace('{rank}', formatCount(position.rank, state.lang))
    .replace('{of}', formatCount(position.of, state.lang))
    .replace('{group}', found.group.title[state.lang]);
}

/**
 * A ranking title with the chosen group's provincial mean ("… · ค่าเฉลี่ยรายจังหวัด 72.4 %"), when
 * a group is chosen and has values; `values` are the group's ranked provinces. The mean is of the
 * provinces' figures (each province counts once), as the ranking compares provinces.
 */
export function withGroupAverage(
  title: string,
  state: GroupedView,
  values: ReadonlyMap<number, number>,
  format: (value: number, lang: Lang) => string,
): string {
  const finite = [...values.values()].filter(Number.isFinite);
  if (findGroup(state.url.region) === null || finite.length === 0) return title;
  const mean = finite.reduce((sum, value) => sum + value, 0) / finite.length;
  return `${title} · ${gt(state.lang, 'groupAverage')} ${format(mean, state.lang)}`;
}
