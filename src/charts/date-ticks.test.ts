import { describe, expect, it } from 'vitest';
import {
  candidateTicks,
  cursorIndex,
  daysBetween,
  formatDateTick,
  tickGranularity,
} from './date-ticks';

describe('formatDateTick', () => {
  it('labels Thai month ticks with the month and the two-digit Buddhist year', () => {
    expect(formatDateTick('2021-11-28', 'th', 'month')).toBe('พ.ย. 64');
    expect(formatDateTick('2025-01-05', 'th', 'month')).toBe('ม.ค. 68');
    // 2057 CE is 2600 BE: the short year keeps its leading zero.
    expect(formatDateTick('2057-03-01', 'th', 'month')).toBe('มี.ค. 00');
  });

  it('labels Thai day ticks with the day and the Thai month', () => {
    expect(formatDateTick('2021-11-28', 'th', 'day')).toBe('28 พ.ย.');
    expect(formatDateTick('2024-12-30', 'th', 'day')).toBe('30 ธ.ค.');
  });

  it('labels English ticks in the Common Era', () => {
    expect(formatDateTick('2021-11-28', 'en', 'month')).toBe('Nov 2021');
    expect(formatDateTick('2021-11-28', 'en', 'day')).toBe('28 Nov');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDateTick('week 3', 'th', 'day')).toBe('week 3');
  });
});

describe('tickGranularity', () => {
  it('uses day ticks up to three months and month ticks beyond', () => {
    expect(tickGranularity(['2025-01-01', '2025-03-01'])).toBe('day');
    expect(tickGranularity(['2024-12-30', '2026-01-05'])).toBe('month');
    expect(tickGranularity([])).toBe('day');
  });

  it('counts days across a leap year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-30', '2026-01-05')).toBe(371);
    expect(daysBetween('x', '2024-01-01')).toBeNull();
  });
});

describe('candidateTicks', () => {
  const weekly = [
    '2024-12-30',
    '2025-01-06',
    '2025-01-13',
    '2025-02-03',
    '2025-02-10',
    '2025-03-03',
  ];

  it('offers every date for day ticks', () => {
    expect(candidateTicks(weekly, 'day')).toEqual(weekly);
  });

  it('offers the first date of each month, skipping a late opening date', () => {
    expect(candidateTicks(weekly, 'month')).toEqual(['2025-01-06', '2025-02-03', '2025-03-03']);
    expect(candidateTicks(['2025-01-03', '2025-02-03'], 'month')).toEqual([
      '2025-01-03',
      '2025-02-03',
    ]);
  });
});

describe('cursorIndex', () => {
  const dates = ['2025-01-05', '2025-01-12', '2025-01-19'];

  it('snaps to the last date on or before the cursor', () => {
    expect(cursorIndex(dates, '2025-01-12')).toBe(1);
    expect(cursorIndex(dates, '2025-01-15')).toBe(1);
    expect(cursorIndex(dates, '2025-01-19T10:00:00')).toBe(2);
    expect(cursorIndex(dates, '2025-01-05')).toBe(0);
  });

  it('is null without a cursor or when the cursor is off the chart', () => {
    expect(cursorIndex(dates, null)).toBeNull();
    expect(cursorIndex(dates, '2025-01-04')).toBeNull();
    expect(cursorIndex(dates, '2025-01-20')).toBeNull();
    expect(cursorIndex([], '2025-01-05')).toBeNull();
  });
});
