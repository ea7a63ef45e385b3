/**
 * Component tier (issue 16 item 3): the analyst's table has a pane of its own with the province
 * name first and kept in view, lists only the chosen region's provinces of the map's result, and
 * resizes from its handle; the map's keys sit in a strip of their own under the map.
 */
import { Float64, Int32 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { tableOfColumns, vectorOf } from '../../data/formats/arrow-vectors';
import { testDataset } from '../../data/testing/fixtures';
import '../../datasets';
import { setDatasets, setResult } from '../../state/app/actions';
import { createAppStore } from '../../state/app/app-state';
import { QUERY_KEYS } from '../../state/queries/view-queries';
import { parseUrlState } from '../../state/url/url-state';
import { inAct, one, render } from '../../testing-dom/render';
import { MapKeys } from './MapKeys';
import { PANE_MIN_PX, PANE_STEP_PX, TablePane } from './tools/TablePane';

/** The map's vaccination result: Bangkok, Nakhon Ratchasima, Khon Kaen. */
const COVERAGE = tableOfColumns([
  ['province_code', vectorOf([10, 30, 40], new Int32())],
  ['dose2_pct', vectorOf([80.5, 67.5, 61.25], new Float64())],
]);

function analystStore(query: string) {
  const store = createAppStore(parseUrlState(query).state);
  setDatasets(store, [testDataset('vaccination')]);
  setResult(store, QUERY_KEYS.vaccinationByProvince, COVERAGE);
  return store;
}

const cellTexts = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].map((cell) => cell.textContent);

describe('the analyst layout', () => {
  it('lists the region’s provinces of the map’s result, the name first and sticky', async () => {
    const store = analystStore('?mode=analyst&lang=en&region=northeast&layers=vaccination');
    const { container } = await render(<TablePane store={store} coordinator={null} />);
    const table = one(container, '[data-table-view]');
    expect(table.dataset.rows).toBe('2');
    expect(cellTexts(table, '.dt-header [role="columnheader"]')).toEqual([
      'province_en',
      'province_code',
      'province_th',
      'dose2_pct',
    ]);
    expect(cellTexts(table, '.dt-body .dt-sticky')).toEqual(['Nakhon Ratchasima', 'Khon Kaen']);
    expect(getComputedStyle(one(table, '.dt-body .dt-sticky')).position).toBe('sticky');
  });

  it('grows and shrinks from its handle, never below its least height, and folds away', async () => {
    const store = analystStore('?mode=analyst&lang=en&layers=vaccination');
    const { container } = await render(<TablePane store={store} coordinator={null} />);
    const pane = one(container, '[data-pane="analyst-table"]');
    const handle = one(pane, '[role="separator"]');
    const start = Number(handle.getAttribute('aria-valuenow'));
    expect(one(pane, '[data-table-view]').dataset.rows).toBe('3');
    await inAct(() => {
      handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    });
    expect(Number(handle.getAttribute('aria-valuenow'))).toBe(start + PANE_STEP_PX);
    expect(pane.style.height).toBe(`${String(start + PANE_STEP_PX)}px`);
    for (let i = 0; i < 20; i += 1) {
      await inAct(() => {
        handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      });
    }
    expect(Number(handle.getAttribute('aria-valuenow'))).toBe(PANE_MIN_PX);
    await inAct(() => {
      one(pane, '.dt-pane-bar button').click();
    });
    expect(pane.querySelector('[data-table-view]')).toBeNull();
  });

  it('shows the map layers’ keys, with their classes, in a strip of their own', async () => {
    const store = analystStore('?mode=analyst&lang=en&layers=vaccination');
    const { container } = await render(<MapKeys store={store} />);
    const keys = one(container, '[data-map-keys]');
    expect(keys.querySelectorAll('[data-layer="vaccination"]')).toHaveLength(1);
    expect(keys.querySelectorAll('.analyst-map-key-classes li').length).toBeGreaterThan(1);
  });
});
