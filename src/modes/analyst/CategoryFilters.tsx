import type { CategoryColumn } from '../../data/queries';
import { formatCount } from '../../i18n/format';
import { t, type Lang } from '../../i18n/messages';
import { POVERTY_DIMENSIONS, type PovertyDimension } from '../../state/layers/layer-settings';
import type { LIST_FILTERS } from '../../state/url/url-filters';
import type { CategoryOption } from './filter-models';
import { at, type AnalystMessageKey } from './messages';

/** A list filter of the URL (causes, vehicles, categories, statuses). */
export type ListFilter = (typeof LIST_FILTERS)[number];

/** One category filter's values and what is kept. */
export interface CategoryGroup {
  readonly field: ListFilter;
  readonly column: CategoryColumn;
  readonly options: readonly CategoryOption[];
  readonly selected: readonly string[];
}

/** Props of {@link CategoryFilters}. */
export interface CategoryFiltersProps {
  readonly lang: Lang;
  readonly groups: readonly CategoryGroup[];
  readonly dimension: PovertyDimension;
  readonly onListChange: (field: ListFilter, values: readonly string[]) => void;
  readonly onDimensionChange: (dimension: PovertyDimension) => void;
}

const TITLES: Readonly<Record<ListFilter, AnalystMessageKey>> = {
  causes: 'causesLabel',
  vehicles: 'vehiclesLabel',
  categories: 'categoriesLabel',
  statuses: 'statusesLabel',
};

/** Category, status and dimension filters per dataset: tick the values to keep (none = all). */
export function CategoryFilters(props: CategoryFiltersProps) {
  const { lang, groups, onListChange } = props;
  return (
    <div className="analyst-categories">
      {groups.map((group) => (
        <details key={group.field} open={group.selected.length > 0} data-filter={group.field}>
          <summary>
            {at(lang, TITLES[group.field])}
            {group.selected.length > 0 && ` (${formatCount(group.selected.length, lang)})`}
          </summary>
          {group.field === 'causes' && (
            <p className="analyst-muted">{at(lang, 'causeOrVehicle')}</p>
          )}
          <ul className="analyst-options">
            {group.options.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    value={option.value}
                    checked={group.selected.includes(option.value)}
                    onChange={(event) => {
                      onListChange(
                        group.field,
                        event.target.checked
                          ? [...group.selected, option.value]
                          : group.selected.filter((v) => v !== option.value),
                      );
                    }}
                  />
                  {option.label}
                  {option.count !== null && (
                    <span className="analyst-muted"> {formatCount(option.count, lang)}</span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <label className="analyst-field">
        {at(lang, 'dimensionLabel')}
        <select
          name="dimension"
          value={props.dimension}
          onChange={(event) => {
            const known = POVERTY_DIMENSIONS.find((d) => d === event.target.value);
            if (known) props.onDimensionChange(known);
          }}
        >
          {POVERTY_DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {t(lang, `dimension_${dimension}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
