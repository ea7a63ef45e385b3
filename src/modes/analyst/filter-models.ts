/** What the analyst's filter panel lists: the category values of the data, with their names. */
import type { CategoryColumn } from '../../data/queries';
import { categoryName } from '../../i18n/categories';
import type { Lang } from '../../i18n/messages';
import type { AppState } from '../../state/app-state';
import { resultRows } from '../../state/result-rows';
import { QUERY_KEYS } from '../../state/view-queries';

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
 * The values of `column` in the data (most frequent first), then any value the view keeps that
 * the data does not have (so a link's filter can always be undone).
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
  for (const value of selected) {
    if (!options.some((o) => o.value === value)) {
      options.push({ value, label: categoryName(value, lang), count: null });
    }
  }
  return options;
}
