import { describe, expect, it } from 'vitest';
import type { Freshness } from './freshness';
import { formatThaiDateTime, freshnessDetails } from './freshness-text';

const LOADED_AT = Date.UTC(2025, 11, 30, 2, 5); // 09:05 in Thailand
const base: Freshness = {
  level: 'amber',
  ageDays: 12,
  overdue: false,
  loadFailed: true,
  lastGoodAt: LOADED_AT,
};

describe('formatThaiDateTime', () => {
  it('shows the Buddhist-era date and the time in Thailand', () => {
    expect(formatThaiDateTime(LOADED_AT, 'th')).toBe('30 ธ.ค. 2568 09:05');
    expect(formatThaiDateTime(Date.UTC(2025, 11, 31, 17, 30), 'en')).toBe(
      '1 Jan 2026 (BE 2569) 00:30',
    );
  });
});

describe('freshnessDetails', () => {
  it('says nothing for fresh data', () => {
    expect(freshnessDetails({ ...base, level: 'fresh', loadFailed: false }, 'daily', 'th')).toEqual(
      [],
    );
  });

  it('names the time of the last good load after a failed refresh', () => {
    expect(freshnessDetails(base, 'weekly', 'th')).toEqual([
      'ปรับปรุงไม่สำเร็จ · แสดงข้อมูลที่โหลดเมื่อ 30 ธ.ค. 2568 09:05',
    ]);
    expect(freshnessDetails({ ...base, lastGoodAt: null, level: 'red' }, 'weekly', 'en')).toEqual([
      'The data could not be loaded',
    ]);
  });

  it('gives the age against the cadence when overdue, with the failure first', () => {
    expect(
      freshnessDetails({ ...base, level: 'red', overdue: true, ageDays: 1234 }, 'weekly', 'en'),
    ).toEqual([
      'Refresh failed · showing data loaded 30 Dec 2025 (BE 2568) 09:05',
      '1,234 days old (published weekly)',
    ]);
    expect(
      freshnessDetails({ ...base, overdue: true, loadFailed: false }, 'monthly', 'th'),
    ).toEqual(['ข้อมูลเก่า 12 วัน (เผยแพร่รายเดือน)']);
  });
});
