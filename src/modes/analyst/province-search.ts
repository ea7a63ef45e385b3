/**
 * Finds provinces from what a person types in the province filter: a code, a Thai or English
 * name or part of one, or any spelling the normaliser knows ("korat", "โคราช", "TH-30").
 */
import { normaliseProvince, PROVINCE_ALIASES, PROVINCES } from '../../data/places/provinces';
import type { ProvinceRecord } from '../../data/places/province-table';

/** Lower case without spaces, hyphens, dots or apostrophes, for loose matching. */
function looseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-.'’]/g, '');
}

const ALIASES_BY_CODE = new Map<number, string[]>();
for (const { alias, code } of PROVINCE_ALIASES) {
  ALIASES_BY_CODE.set(code, [...(ALIASES_BY_CODE.get(code) ?? []), looseKey(alias)]);
}

const ENTRIES = PROVINCES.map((province) => ({
  province,
  names: [looseKey(province.nameTh), looseKey(province.nameEn)],
  aliases: ALIASES_BY_CODE.get(province.code) ?? [],
}));

/**
 * Provinces matching `query`, best first: the normaliser's exact match (a code, a name, an
 * alias), then names starting with the text, then names or aliases containing it; each ordered
 * by Thai name. At most `limit` (default 10); none for an empty query.
 */
export function searchProvinces(query: string, limit = 10): ProvinceRecord[] {
  const key = looseKey(query.replace(/^จ(ังหวัด|\.)\s*/u, ''));
  if (key === '') return [];
  const exact = normaliseProvince(query);
  const rank = (entry: (typeof ENTRIES)[number]): number => {
    if (entry.province.code === exact) return 0;
    if (entry.names.some((name) => name.startsWith(key))) return 1;
    if (entry.aliases.some((alias) => alias.startsWith(key))) return 2;
    if ([...entry.names, ...entry.aliases].some((name) => name.includes(key))) return 3;
    return 4;
  };
  return ENTRIES.map((entry) => ({ entry, rank: rank(entry) }))
    .filter(({ rank: r }) => r < 4)
    .sort(
      (a, b) =>
        a.rank - b.rank || a.entry.province.nameTh.localeCompare(b.entry.province.nameTh, 'th'),
    )
    .slice(0, Math.max(0, limit))
    .map(({ entry }) => entry.province);
}
