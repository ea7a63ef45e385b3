import { PROVINCE_BY_CODE } from '../data/provinces';
import { formatCount } from '../i18n/format';
import { t, type Lang } from '../i18n/messages';
import type { RankingRow } from './view-models';

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
