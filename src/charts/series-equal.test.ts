import { describe, expect, it } from 'vitest';
import type { SeriesLine } from '../state/models/view-models';
import { datesEqual, seriesEqual } from './series-equal';

const line = (values: (number | null)[], id = 'dose2'): SeriesLine => ({
  id,
  label: 'เข็มที่ 2',
  colour: '#5ec962',
  values,
});

describe('seriesEqual', () => {
  const dates = ['2025-01-05', '2025-01-12'];

  it('treats rebuilt arrays with the same content as equal', () => {
    expect(seriesEqual(dates, [line([1, null])], [...dates], [line([1, null])])).toBe(true);
  });

  it('sees changed dates, values, nulls and line ids', () => {
    expect(seriesEqual(dates, [line([1, 2])], ['2025-01-05'], [line([1, 2])])).toBe(false);
    expect(seriesEqual(dates, [line([1, 2])], dates, [line([1, 3])])).toBe(false);
    expect(seriesEqual(dates, [line([1, 2])], dates, [line([1, null])])).toBe(false);
    expect(seriesEqual(dates, [line([1, 2])], dates, [line([1, 2], 'dose3')])).toBe(false);
    expect(seriesEqual(dates, [line([1, 2])], dates, [line([1, 2]), line([1, 2], 'x')])).toBe(
      false,
    );
  });
});

describe('datesEqual', () => {
  it('compares dates by content and order', () => {
    expect(datesEqual(['2025-01-05'], ['2025-01-05'])).toBe(true);
    expect(datesEqual(['2025-01-05', '2025-01-12'], ['2025-01-12', '2025-01-05'])).toBe(false);
    expect(datesEqual([], ['2025-01-05'])).toBe(false);
  });
});
