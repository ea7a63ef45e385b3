/** What the analyst's filter panel lists: the category values of the data, with their names. */
import type { CategoryColumn } from '../../data/queries';
import { categoryName } from '../../i18n/categories';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../../state/app/app-state';
import { resultRows } from '../../state/queries/result-rows';
import { QUERY_KEYS } from '../../state/queries/view-queries';

/** One value a category filter can keep. */
export interface CategoryOption {
  readonly value: string;
  readonly label: string;
  /** Incidents or cases with this value in the whole dataset (null for a value only the URL names). */
  readonly count: number | null;
}

const QUERY_OF: Readonly<Record<CategoryColumn, string>> = {
  cause: QUERY_KEYS.roadOptions,
  vehicle: QUERY_KEYS.roadOptions,
  category: QUERY_KEYS.complaintOptions,
  status: QUERY_KEYS.complaintOptions,
};

/**
 * The values of `column` the data has, or null while they are not known (the options query has
 * not answered, or found none): only then can a value be judged unknown to the data.
 */
export function knownCategoryValues(
  state: AppState,
  column: CategoryColumn,
): ReadonlySet<string> | null {
  if (!Object.hasOwn(state.results, QUERY_OF[column])) return null;
  const values = new Set(
    resultRows(state, QUERY_OF[column])
      .filter((row) => row.column_name === column && typeof row.value === 'string')
      .map((row) => String(row.value)),
  );
  return values.size > 0 ? values : null;
}

/**
 * The values of `column` in the data (most frequent first), then, while the data's values are not
 * known yet, any value the view keeps (so a link's filter can be undone before they arrive; once
 * known, a value the data lacks is dropped from the view with a notice, never ticked).
 */
export function categoryOptions(
  state: AppState,
  column: CategoryColumn,
  selected: readonly string[],
  lang: Lang,
): CategoryOption[] {
  const options: CategoryOption[] = resultRows(state, QUERY_OF[column])
    .filter((row) => row.column_name === column && typeof row.value === 'string')
    .map((row) => ({
      value: String(row.value),
      label: categoryName(String(row.value), lang),
      count: Number(row.count),
    }));
  if (knownCategoryValues(state, column) !== null) return options;
  for (const value of selected) {
    if (!options.some((o) => o.value === value)) {
      options.push({ value, label: categoryName(value, lang), count: null });
    }
  }
  return options;
}
