import { describe, expect, it } from 'vitest';
import { bangkokParts, formatWallClock, msToNextMinute } from './clock-format';

describe('formatWallClock', () => {
  it('formats Bangkok time with the Buddhist-era year', () => {
    // 02:00 UTC is 09:00 in Bangkok.
    expect(formatWallClock(Date.UTC(2021, 11, 30, 2, 0), 'th')).toBe('30 ธ.ค. 2564, 09:00');
    expect(formatWallClock(Date.UTC(2021, 11, 30, 2, 0), 'en')).toBe(
      '30 Dec 2021 (BE 2564), 09:00',
    );
  });

  it('uses Bangkok time, not the machine time zone: the date turns at 17:00 UTC', () => {
    expect(formatWallClock(Date.UTC(2025, 11, 31, 16, 59, 59), 'th')).toBe('31 ธ.ค. 2568, 23:59');
    expect(formatWallClock(Date.UTC(2025, 11, 31, 17, 0), 'th')).toBe('1 ม.ค. 2569, 00:00');
    expect(bangkokParts(Date.UTC(2024, 1, 28, 20, 5))).toEqual({
      date: '2024-02-29',
      time: '03:05',
    });
  });
});

describe('msToNextMinute', () => {
  it('is the time left in the current minute', () => {
    expect(msToNextMinute(Date.UTC(2025, 0, 1, 0, 0, 0))).toBe(60_000);
    expect(msToNextMinute(Date.UTC(2025, 0, 1, 0, 0, 59, 500))).toBe(500);
  });
});
