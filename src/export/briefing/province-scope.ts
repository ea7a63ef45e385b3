/**
 * The provinces a one-image-per-province export makes: the group the views are narrowed to (a
 * health region's meeting wants its eight provinces, not 77), or every province.
 */
import { PROVINCES } from '../../data/places/provinces';
import { findGroup, type GroupKey } from '../../state/groupings/groupings';

/** Province codes in the country's order, narrowed to `group` when it names a group in use. */
export function batchProvinceCodes(group: GroupKey | null): number[] {
  const found = findGroup(group);
  const codes = PROVINCES.map((province) => province.code);
  return found ? codes.filter((code) => found.group.codes.includes(code)) : codes;
}
