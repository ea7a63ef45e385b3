import { describe, expect, it } from 'vitest';
import { chartText } from './chart-text';

describe('chartText', () => {
  it('gives Thai and English strings and fills placeholders', () => {
    expect(chartText('th', 'noData')).toBe('ไม่มีข้อมูล');
    expect(chartText('en', 'noData')).toBe('No data');
    expect(chartText('th', 'rowsHidden', { n: '57' })).toBe('อีก 57 จังหวัด');
    expect(chartText('en', 'rowsHidden')).toBe('{n} more provinces');
  });
});
