import { describe, expect, it } from 'vitest';
import { PROVINCE_BY_CODE } from '../data/places/provinces';
import { previewClasses } from './preview-classes';

const ALL = [...PROVINCE_BY_CODE.keys()];

describe('previewClasses', () => {
  it('splits ten provinces into five quantile classes of two, the rest no data', () => {
    const values = new Map(ALL.slice(0, 10).map((code, i) => [code, i + 1]));
    const classes = previewClasses(values, ALL);
    expect(classes.classes).toEqual([
      { colour: '#440154', from: 1, to: 3, count: 2 },
      { colour: '#3b528b', from: 3, to: 5, count: 2 },
      { colour: '#21918c', from: 5, to: 7, count: 2 },
      { colour: '#5ec962', from: 7, to: 9, count: 2 },
      { colour: '#fde725', from: 9, to: 10, count: 2 },
    ]);
    expect(classes.noData).toBe(67);
    expect(classes.noDataColour).toBe('#484e5c');
    // A value on a break belongs to the class above it.
    expect(ALL.slice(0, 10).map((code) => classes.classOf(code))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(classes.classOf(ALL[10] ?? 0)).toBe(-1);
  });

  it('merges classes of too few values and spreads the palette over those left', () => {
    const values = new Map([
      [10, 141.4],
      [81, 64.9],
      [38, 47.4],
    ]);
    const classes = previewClasses(values, ALL);
    expect(classes.classes).toEqual([
      { colour: '#440154', from: 47.4, to: 64.9, count: 1 },
      { colour: '#21918c', from: 64.9, to: 141.4, count: 1 },
      { colour: '#fde725', from: 141.4, to: 141.4, count: 1 },
    ]);
    expect(classes.noData).toBe(74);
  });

  it('has no classes and every province as no data when nothing has a value', () => {
    const classes = previewClasses(new Map(), ALL);
    expect(classes.classes).toEqual([]);
    expect(classes.noData).toBe(77);
  });
});
