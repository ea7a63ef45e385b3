import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { CategoryColumn } from '../../data/queries';
import {
  addNotice,
  applyUrlState,
  clearFilters,
  dropUnknownListValues,
  setDateFilter,
  setListFilter,
  setPovertyDimension,
  setProvinceFilter,
  setThreshold,
} from '../../state/app/actions';
import type { AppStore } from '../../state/app/app-state';
import { useStore } from '../../state/app/store';
import { parseUrlState, serializeUrlState } from '../../state/url/url-state';
import { CategoryFilters, type CategoryGroup, type ListFilter } from './CategoryFilters';
import { DateFilter } from './DateFilter';
import { categoryOptions, knownCategoryValues } from './filter-models';
import { at } from './messages';
import { ProvinceFilter } from './ProvinceFilter';
import { SavedViews } from './SavedViews';
import { ThresholdFilters } from './ThresholdFilters';

/** Props of {@link AnalystPanel}. */
export interface AnalystPanelProps {
  readonly store: AppStore;
  /** The data tools (import, table, export, SQL) mounted below the filters; nothing yet. */
  readonly tools?: ReactNode;
}

const GROUPS: readonly (readonly [ListFilter, CategoryColumn])[] = [
  ['causes', 'cause'],
  ['vehicles', 'vehicle'],
  ['categories', 'category'],
  ['statuses', 'status'],
];

const NONE: readonly never[] = [];

/** The analyst's column: filters, value thresholds, saved views and the data-tools slot. */
export function AnalystPanel({ store, tools }: AnalystPanelProps) {
  const lang = useStore(store, (s) => s.lang);
  const url = useStore(store, (s) => s.url);
  const datasets = useStore(store, (s) => s.datasets);
  const roadOptions = useStore(store, (s) => s.results['analyst.roadOptions']);
  const complaintOptions = useStore(store, (s) => s.results['analyst.complaintOptions']);
  const groups = useMemo<CategoryGroup[]>(() => {
    const state = store.getState();
    return GROUPS.map(([field, column]) => {
      const selected = url[field] ?? NONE;
      return { field, column, selected, options: categoryOptions(state, column, selected, lang) };
    });
    // The option lists change with their query results and the language only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, url, lang, roadOptions, complaintOptions]);
  useEffect(() => {
    // A link's category values the data lacks would match nothing: dropped with one notice.
    const state = store.getState();
    for (const [field, column] of GROUPS) {
      const known = knownCategoryValues(state, column);
      if (known) dropUnknownListValues(store, field, known);
    }
  }, [store, url, roadOptions, complaintOptions]);
  const onOpen = useCallback(
    (query: string) => {
      const parsed = parseUrlState(query);
      applyUrlState(store, parsed.state);
      for (const problem of parsed.problems) addNotice(store, `URL: ${problem}`);
    },
    [store],
  );
  return (
    <section className="analyst-panel" aria-label={at(lang, 'panelLabel')}>
      <div className="analyst-heading">
        <h2 className="panel-title">{at(lang, 'filtersTitle')}</h2>
        <button
          type="button"
          onClick={() => {
            clearFilters(store);
          }}
        >
          {at(lang, 'clearFilters')}
        </button>
      </div>
      <ProvinceFilter
        lang={lang}
        selected={url.provinces ?? NONE}
        onChange={(codes) => {
          setProvinceFilter(store, codes);
        }}
      />
      <DateFilter
        key={`${lang}:${url.from ?? ''}:${url.to ?? ''}`}
        lang={lang}
        from={url.from}
        to={url.to}
        onChange={(from, to) => {
          setDateFilter(store, from, to);
        }}
      />
      <CategoryFilters
        lang={lang}
        groups={groups}
        dimension={url.dimension ?? 'any'}
        onListChange={(field, values) => {
          setListFilter(store, field, values);
        }}
        onDimensionChange={(dimension) => {
          setPovertyDimension(store, dimension);
        }}
      />
      <ThresholdFilters
        lang={lang}
        layers={[...url.layers].reverse()}
        datasets={datasets}
        thresholds={url.thresholds ?? NONE}
        onChange={(layer, threshold) => {
          setThreshold(store, layer, threshold);
        }}
      />
      <SavedViews lang={lang} currentQuery={serializeUrlState(url)} onOpen={onOpen} />
      <div className="analyst-tools" data-slot="analyst-tools" aria-label={at(lang, 'toolsLabel')}>
        {tools}
      </div>
    </section>
  );
}
