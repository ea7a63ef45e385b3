/**
 * Component tier: the analyst panel drops a link's category values once the data has named its
 * own (DuckDB's answer, here as the result table the query gives), with one notice, and ticks
 * none of them. url-flood.test.ts proves the same on the shipped data with a real DuckDB.
 */
import { Float64 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableOfColumns, utf8Vector, vectorOf } from '../../data/formats/arrow-vectors';
import { setResult } from '../../state/app/actions';
import { createAppStore } from '../../state/app/app-state';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { parseUrlState } from '../../state/url/url-state';
import { inAct, one, render } from '../../testing-dom/render';
import { AnalystPanel } from './AnalystPanel';

const OPTIONS = tableOfColumns([
  ['column_name', utf8Vector(['category', 'category', 'status'])],
  ['value', utf8Vector(['land', 'debt', 'received'])],
  ['count', vectorOf([7, 3, 10], new Float64())],
]);

const CATEGORIES = Array.from({ length: 300 }, (_, i) => `x${String(i)}`).join(',');

describe('AnalystPanel', () => {
  it('lists the link values until the data answers, then drops those it lacks, ticking none', async () => {
    const store = createAppStore(
      parseUrlState(`?mode=analyst&lang=en&layers=complaints&category=${CATEGORIES}`).state,
    );
    const { container } = await render(<AnalystPanel store={store} />);
    const filter = one(container, '[data-filter="categories"]');
    // Before DuckDB answers, the link's 50 kept values are listed (so they can be undone).
    expect(filter.querySelectorAll('input:checked')).toHaveLength(50);

    await inAct(() => {
      setResult(store, QUERY_KEYS.complaintOptions, OPTIONS);
    });
    expect(store.getState().url.categories).toBeUndefined();
    expect(store.getState().notices).toEqual([
      'URL: category: ละไว้ 50 ค่าที่ไม่มีในข้อมูล (5 รายการแรก: "x0", "x1", "x2", "x3", "x4", …) · 50 values not in the data ignored (first 5: "x0", "x1", "x2", "x3", "x4", …)',
    ]);
    expect(
      [...filter.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value),
    ).toEqual(['land', 'debt']);
    expect(filter.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
