/**
 * A view applied once the manifest is read (back/forward, a saved view, a wall scene) keeps the
 * layers the manifest lists, an indicator among them, and drops the others with one notice.
 */
import { describe, expect, it } from 'vitest';
import { testDataset } from '../../data/testing/fixtures';
import { applyUrlState, setDatasets } from '../app/actions';
import { createAppStore } from '../app/app-state';
import { parseUrlState } from './url-state';

const floods = { ...testDataset('poverty'), id: 'floods' };

describe('applyUrlState', () => {
  it('keeps listed layers, an indicator too, and drops an unlisted one with a notice', () => {
    const store = createAppStore();
    setDatasets(store, [testDataset('vaccination'), floods]);
    applyUrlState(store, parseUrlState('?layers=vaccination,floods,drought').state);
    expect(store.getState().url.layers).toEqual(['vaccination', 'floods']);
    expect(store.getState().notices).toEqual([
      'layers: ไม่มีชุดข้อมูล drought ใน manifest จึงไม่แสดง · no dataset drought in the manifest, so it is not shown',
    ]);
  });

  it('keeps every layer while the manifest is not read yet', () => {
    const store = createAppStore();
    applyUrlState(store, parseUrlState('?layers=vaccination,drought').state);
    expect(store.getState().url.layers).toEqual(['vaccination', 'drought']);
    expect(store.getState().notices).toEqual([]);
  });
});
