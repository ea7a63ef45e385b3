import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../state/app/app-state';
import { parseUrlState } from '../../state/url/url-state';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { categoryOptions, knownCategoryValues } from './filter-models';

const OPTIONS = tableFromArrays({
  column_name: ['category', 'category', 'status'],
  value: ['land', 'debt', 'received'],
  count: Float64Array.from([7, 3, 10]),
});

describe('category options', () => {
  const values = Array.from({ length: 1500 }, (_, i) => `made_up_${String(i)}`);
  const url = parseUrlState(`?mode=analyst&category=land,${values.join(',')}`).state;

  it('ticks no value the data does not have once the data has answered', () => {
    const state = { ...initialAppState(url), results: { [QUERY_KEYS.complaintOptions]: OPTIONS } };
    const options = categoryOptions(state, 'category', url.categories ?? [], 'en');
    expect(options.map((o) => [o.value, o.count])).toEqual([
      ['land', 7],
      ['debt', 3],
    ]);
    expect([...(knownCategoryValues(state, 'category') ?? [])]).toEqual(['land', 'debt']);
  });

  it('lists the link values (at most 50) while the data is not known', () => {
    const state = initialAppState(url);
    expect(knownCategoryValues(state, 'category')).toBeNull();
    expect(categoryOptions(state, 'category', url.categories ?? [], 'en')).toHaveLength(50);
  });
});
