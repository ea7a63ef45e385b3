import { describe, expect, it } from 'vitest';
import { formatAxisValue, formatChartValue, valueKindOf } from './value-format';

describe('valueKindOf', () => {
  it('recognises percentage units in Thai and English', () => {
    expect(valueKindOf('ร้อยละของประชากร')).toBe('percent');
    expect(valueKindOf('% of population')).toBe('percent');
    expect(valueKindOf('Percent')).toBe('percent');
    expect(valueKindOf('คน')).toBe('quantity');
    expect(valueKindOf('people')).toBe('quantity');
  });
});

describe('formatAxisValue', () => {
  it('groups thousands', () => {
    expect(formatAxisValue(1250000, 'quantity', 'th')).toBe('1,250,000');
    expect(formatAxisValue(2500, 'quantity', 'en')).toBe('2,500');
  });

  it('adds the percent sign and keeps only needed decimals', () => {
    expect(formatAxisValue(75, 'percent', 'th')).toBe('75 %');
    expect(formatAxisValue(12.5, 'percent', 'en')).toBe('12.5 %');
  });
});

describe('formatChartValue', () => {
  it('shows percentages with one decimal and quantities with separators', () => {
    expect(formatChartValue(72.44, 'percent', 'th', '–')).toBe('72.4 %');
    expect(formatChartValue(1032987, 'quantity', 'en', '–')).toBe('1,032,987');
    expect(formatChartValue(12.46, 'quantity', 'en', '–')).toBe('12.5');
  });

  it('shows the no-data text for missing values', () => {
    expect(formatChartValue(null, 'percent', 'th', 'ไม่มีข้อมูล')).toBe('ไม่มีข้อมูล');
    expect(formatChartValue(Number.NaN, 'quantity', 'en', 'No data')).toBe('No data');
  });
});
