import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatPercent, parseIsoDate } from './format';
import { parseLang, t } from './messages';

describe('formatDate', () => {
  it('shows Thai dates in the Buddhist era with Thai month abbreviations', () => {
    expect(formatDate('2021-11-28', 'th')).toBe('28 พ.ย. 2564');
    expect(formatDate('2021-12-30', 'th')).toBe('30 ธ.ค. 2564');
    expect(formatDate('2025-01-01T09:00:00', 'th')).toBe('1 ม.ค. 2568');
  });

  it('shows English dates in the Common Era with the Buddhist year beside', () => {
    expect(formatDate('2021-11-28', 'en')).toBe('28 Nov 2021 (BE 2564)');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatDate('yesterday', 'th')).toBe('yesterday');
    expect(parseIsoDate('2021-13-01')).toBeNull();
  });
});

describe('numbers', () => {
  it('groups thousands and keeps Arabic digits', () => {
    expect(formatCount(1032987, 'th')).toBe('1,032,987');
    expect(formatCount(1032987.4, 'en')).toBe('1,032,987');
  });

  it('shows percentages with one decimal', () => {
    expect(formatPercent(72.44, 'th')).toBe('72.4 %');
    expect(formatPercent(100, 'en')).toBe('100.0 %');
  });
});

describe('messages', () => {
  it('defaults to Thai', () => {
    expect(parseLang(null)).toBe('th');
    expect(parseLang('fr')).toBe('th');
    expect(parseLang('en')).toBe('en');
    expect(t('th', 'demoData')).toBe('ข้อมูลสาธิต');
    expect(t('en', 'demoData')).toBe('Demo data');
  });
});
