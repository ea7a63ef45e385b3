/**
 * Issue 14 item 3: a threshold on any measure of any indicator the manifest declares, as
 * `threshold=<datasetId>.<column>:ge:10`, read and written like the core ones, and refused with
 * a notice naming it once the manifest shows it has no such dataset or measure.
 */
import { describe, expect, it } from 'vitest';
import { droughtEntryJson, registryWithEntries } from '../../data/testing/indicator-fixtures';
import { testDataset } from '../../data/testing/fixtures';
import { applyUrlState, setDatasets } from '../app/actions';
import { createAppStore } from '../app/app-state';
import { readSavedViews, savedViewsJson, saveView } from '../../modes/analyst/saved-views';
import { findIndicatorMeasure, splitIndicatorMeasure } from './indicator-thresholds';
import { thresholdLayer, thresholdOf } from './url-filters';
import { parseUrlState, serializeUrlState } from './url-state';

/** The fixture's drought entry with the seed file's three measures (a sum, a sum, a ratio). */
function droughtWithMeasures() {
  const entry = droughtEntryJson();
  const [villages] = entry.measures as Record<string, unknown>[];
  const measures = [
    villages,
    { ...villages, column: 'households_affected' },
    {
      ...villages,
      column: 'villages_pct',
      aggregate: 'ratio',
      numerator: 'villages',
      denominator: 'villages_total',
      scale: 100,
    },
  ];
  return registryWithEntries([{ ...entry, measures }]).get('drought');
}

const drought = droughtWithMeasures();

describe('indicator threshold measures', () => {
  it('split into a dataset id and a column, and belong to the dataset’s layer', () => {
    expect(splitIndicatorMeasure('drought.villages')).toEqual({
      dataset: 'drought',
      column: 'villages',
    });
    expect(splitIndicatorMeasure('villages')).toBeNull();
    expect(splitIndicatorMeasure('Drought.villages')).toBeNull();
    expect(splitIndicatorMeasure('drought.')).toBeNull();
    expect(splitIndicatorMeasure(`${'a'.repeat(33)}.villages`)).toBeNull();
    expect(thresholdLayer('drought.villages')).toBe('drought');
    expect(thresholdLayer('deaths')).toBe('road_safety');
    expect(findIndicatorMeasure('drought.villages', [drought])?.column).toBe('villages');
    expect(findIndicatorMeasure('drought.rain', [drought])).toBeNull();
  });

  it('read from the URL next to core ones and written back the same', () => {
    const query =
      '?mode=analyst&layers=road_safety,drought&threshold=deaths:ge:5,drought.villages:ge:10.5';
    const { state, problems } = parseUrlState(query);
    expect(problems).toEqual([]);
    expect(state.thresholds).toEqual([
      { measure: 'deaths', op: 'ge', value: 5 },
      { measure: 'drought.villages', op: 'ge', value: 10.5 },
    ]);
    expect(thresholdOf(state, 'drought')).toEqual({
      measure: 'drought.villages',
      op: 'ge',
      value: 10.5,
    });
    expect(serializeUrlState(state)).toBe(query);
  });

  it('one per indicator layer; unreadable ones are refused with the form to use', () => {
    const { state, problems } = parseUrlState(
      '?threshold=drought.villages:lt:3,drought.households_affected:ge:1,Drought.villages:ge:1',
    );
    expect(state.thresholds).toEqual([{ measure: 'drought.villages', op: 'lt', value: 3 }]);
    expect(problems).toEqual([
      'threshold: "Drought.villages:ge:1" not understood (measure or dataset.measure:lt|le|gt|ge:number), ignored',
      'threshold: "drought.households_affected:ge:1" ignored, its layer already has a threshold',
    ]);
  });

  it('round-trip through a saved view', () => {
    const query = '?mode=analyst&layers=drought&threshold=drought.villages:gt:2';
    const views = saveView([], 'แล้ง', query, '2026-03-31T00:00:00.000Z');
    const read = readSavedViews(JSON.parse(savedViewsJson(views)));
    if (!('views' in read)) throw new Error('saved views not read');
    const opened = parseUrlState(read.views[0]?.query ?? '');
    expect(opened.state.thresholds).toEqual([{ measure: 'drought.villages', op: 'gt', value: 2 }]);
    expect(serializeUrlState(opened.state)).toBe(query);
  });
});

describe('indicator thresholds against the manifest', () => {
  function opened(query: string) {
    const store = createAppStore();
    setDatasets(store, [testDataset('road_safety'), testDataset('poverty'), drought]);
    applyUrlState(store, parseUrlState(query).state);
    return store.getState();
  }

  it('keeps a declared measure and a core one', () => {
    const state = opened('?layers=drought&threshold=drought.villages_pct:ge:20,deaths:ge:5');
    expect(state.url.thresholds).toEqual([
      { measure: 'drought.villages_pct', op: 'ge', value: 20 },
      { measure: 'deaths', op: 'ge', value: 5 },
    ]);
    expect(state.notices).toEqual([]);
  });

  it('refuses an unknown column with a notice naming it, and corrects the address', () => {
    const state = opened('?layers=drought&threshold=drought.rain:ge:5,deaths:ge:5');
    expect(state.url.thresholds).toEqual([{ measure: 'deaths', op: 'ge', value: 5 }]);
    expect(state.correctedUrl).toBe(state.url);
    expect(state.notices).toEqual([
      'URL: threshold: "drought.rain:ge:5": ไม่มีชุดข้อมูลหรือตัวชี้วัดนี้ใน manifest จึงไม่ใช้เกณฑ์นี้ · ' +
        'no such dataset or measure in the manifest, threshold ignored',
    ]);
  });

  it('refuses an unknown dataset and a dataset that is no indicator, in one line', () => {
    const state = opened(
      '?layers=drought&threshold=floods.villages:ge:1,poverty.target_people:lt:9',
    );
    expect(state.url.thresholds).toBeUndefined();
    expect(state.notices).toEqual([
      'URL: threshold: ละไว้ 2 เกณฑ์ของชุดข้อมูลหรือตัวชี้วัดที่ไม่มีใน manifest ' +
        '(2 รายการแรก: "floods.villages:ge:1", "poverty.target_people:lt:9") · ' +
        '2 thresholds on a dataset or measure not in the manifest ignored ' +
        '(first 2: "floods.villages:ge:1", "poverty.target_people:lt:9")',
    ]);
  });

  it('keeps every indicator threshold while the manifest is not read yet', () => {
    const store = createAppStore();
    applyUrlState(store, parseUrlState('?threshold=floods.villages:ge:1').state);
    expect(store.getState().url.thresholds).toEqual([
      { measure: 'floods.villages', op: 'ge', value: 1 },
    ]);
    expect(store.getState().notices).toEqual([]);
  });
});
