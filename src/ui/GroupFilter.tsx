import { memo, useState } from 'react';
import type { Lang } from '../i18n/messages';
import { gt } from '../state/groupings/grouping-messages';
import {
  activeGroupings,
  findGroup,
  groupKeyOf,
  type GroupKey,
} from '../state/groupings/groupings';
import { t } from '../i18n/messages';
import './GroupFilter.css';

/** Props of {@link GroupFilter}. */
export interface GroupFilterProps {
  readonly lang: Lang;
  /** The chosen group, or null for the whole country. */
  readonly group: GroupKey | null;
  readonly onGroupChange: (group: GroupKey | null) => void;
}

/**
 * Narrows every view to a group: pick a grouping (region, health region, inspection zone), then
 * one of its groups. A grouping not yet checked against its official source says so beside it.
 */
export const GroupFilter = memo(function GroupFilter({
  lang,
  group,
  onGroupChange,
}: GroupFilterProps) {
  const groupings = activeGroupings();
  const chosen = findGroup(group);
  // The grouping picked without a group yet is kept here; a chosen group names its own grouping.
  const [pickedId, setPickedId] = useState<string | null>(null);
  const grouping =
    chosen?.grouping ??
    groupings.find((g) => g.id === pickedId) ??
    groupings.find((g) => g.id === 'region') ??
    groupings[0];
  if (grouping === undefined) return null;
  const isRegion = grouping.id === 'region';
  return (
    <div className="group-filter">
      {groupings.length > 1 && (
        <label className="grouping-choice">
          {gt(lang, 'groupingLabel')}
          <select
            value={grouping.id}
            onChange={(event) => {
              setPickedId(event.target.value);
              if (group !== null) onGroupChange(null);
            }}
          >
            {groupings.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      {/* `.region-filter select` is the group list whatever the grouping (links and tests use it). */}
      <label className="region-filter">
        {isRegion ? t(lang, 'regionLabel') : grouping.title[lang]}
        <select
          value={group ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onGroupChange(value === '' ? null : value);
          }}
        >
          <option value="">{isRegion ? t(lang, 'regionAll') : gt(lang, 'groupAll')}</option>
          {grouping.groups.map((g) => {
            const key = groupKeyOf(grouping.id, g.id);
            return (
              <option key={key} value={key}>
                {g.title[lang]}
              </option>
            );
          })}
        </select>
      </label>
      {!grouping.verified && (
        <span className="grouping-unverified" role="note" title={grouping.note[lang]}>
          {gt(lang, 'unverified')}
        </span>
      )}
    </div>
  );
});
