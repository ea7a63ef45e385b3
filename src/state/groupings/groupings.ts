/**
 * The groupings the views use: the bundled ones until main.tsx installs the served file's
 * (before the URL is read, so links to its groups are checked against it). A province group is
 * named by a {@link GroupKey}.
 */
import type { Grouping, ProvinceGroup } from '../../data/places/groupings';
import { BUNDLED_GROUPINGS, REGION_GROUPING_ID } from '../../data/places/groupings-load';
import type { Lang } from '../../i18n/messages';
import { gt } from './grouping-messages';

/**
 * A chosen group: `grouping:group` ("health:9"), or a bare region id ("north") for the region
 * grouping, so `region=` links, playlists and saved views written before groupings keep working.
 */
export type GroupKey = string;

let active: readonly Grouping[] = BUNDLED_GROUPINGS;

/** The groupings in use, in file order. */
export function activeGroupings(): readonly Grouping[] {
  return active;
}

/** Installs the groupings the served file gave (the region grouping must be among them). */
export function setActiveGroupings(groupings: readonly Grouping[]): void {
  active = groupings;
}

/** The key of `group` in `grouping` (region groups keep their bare id). */
export function groupKeyOf(groupingId: string, groupId: string): GroupKey {
  return groupingId === REGION_GROUPING_ID ? groupId : `${groupingId}:${groupId}`;
}

/** The grouping id and group id a key names (a bare id names a region). */
export function splitGroupKey(key: GroupKey): { grouping: string; group: string } {
  const colon = key.indexOf(':');
  return colon < 0
    ? { grouping: REGION_GROUPING_ID, group: key }
    : { grouping: key.slice(0, colon), group: key.slice(colon + 1) };
}

/** A grouping by id, or undefined. */
export function groupingById(id: string): Grouping | undefined {
  return active.find((grouping) => grouping.id === id);
}

/** The grouping and group a key names, or null when the groupings in use have no such group. */
export function findGroup(
  key: GroupKey | null,
): { readonly grouping: Grouping; readonly group: ProvinceGroup } | null {
  if (key === null) return null;
  const { grouping: groupingId, group: groupId } = splitGroupKey(key);
  const grouping = groupingById(groupingId);
  const group = grouping?.groups.find((g) => g.id === groupId);
  return grouping && group ? { grouping, group } : null;
}

/** The group of `grouping` that holds province `code`, or null. */
export function groupOfProvince(grouping: Grouping, code: number): ProvinceGroup | null {
  return grouping.groups.find((group) => group.codes.includes(code)) ?? null;
}

/** The group's title in `lang`, or the key itself when unknown. */
export function groupTitle(key: GroupKey, lang: Lang): string {
  return findGroup(key)?.group.title[lang] ?? key;
}

/**
 * The grouping the card and rankings compare a province within: the chosen group's grouping, else
 * the regions.
 */
export function comparisonGrouping(key: GroupKey | null): Grouping | undefined {
  return findGroup(key)?.grouping ?? groupingById(REGION_GROUPING_ID);
}

/** True when the key's grouping has not been checked against its official source. */
export function isUnverifiedGroup(key: GroupKey | null): boolean {
  return findGroup(key)?.grouping.verified === false;
}

/**
 * The group the selected province is compared with on its card and in its group rank: its group
 * in the chosen grouping, else its region. null without a selected province.
 */
export function cardGroup(url: {
  readonly province: number | null;
  readonly region: GroupKey | null;
}): { readonly grouping: Grouping; readonly group: ProvinceGroup } | null {
  const grouping = comparisonGrouping(url.region);
  const group = url.province === null || !grouping ? null : groupOfProvince(grouping, url.province);
  return grouping && group ? { grouping, group } : null;
}

/**
 * "เขตตรวจราชการ: ยังไม่ได้ตรวจสอบกับคำสั่งทางการ · …" when the views are narrowed to a group of a
 * grouping not yet checked against its official source (an exported page repeats it), else none.
 */
export function unverifiedGroupingNotes(
  url: { readonly region: GroupKey | null },
  lang: Lang,
): string[] {
  const found = findGroup(url.region);
  return found && !found.grouping.verified
    ? [`${found.grouping.title[lang]}: ${gt(lang, 'unverified')}`]
    : [];
}
