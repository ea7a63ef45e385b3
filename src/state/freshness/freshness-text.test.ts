import { describe, expect, it } from 'vitest';
import type { Freshness } from './freshness';
import { formatThaiDateTime, freshnessDetails, freshnessTitle } from './freshness-text';

const LOADED_AT = Date.UTC(2025, 11, 30, 2, 5); // 09:05 in Thailand
const base: Freshness = {
  level: 'amber',
  ageDays: 12,
  asOf: '2025-12-18',
  judgedFrom: '2025-12-18',
  judgedBy: 'asOf',
  newestInFile: null,
  asOfProblem: null,
  overdue: false,
  loadFailed: true,
  lastGoodAt: LOADED_AT,
  failure: null,
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

  it('names the file and why a refresh failed', () => {
    const slow = { ...base, failure: 'vaccination.csv: arrived too slowly: 0.5 KB in 120 s' };
    expect(freshnessDetails(slow, 'weekly', 'th')).toEqual([
      'ปรับปรุงไม่สำเร็จ · แสดงข้อมูลที่โหลดเมื่อ 30 ธ.ค. 2568 09:05',
      'สาเหตุ: vaccination.csv: arrived too slowly: 0.5 KB in 120 s',
    ]);
    expect(freshnessDetails(slow, 'weekly', 'en')[1]).toBe(
      'Why: vaccination.csv: arrived too slowly: 0.5 KB in 120 s',
    );
  });

  it('names the dataset whose asOf is not believed, and the date judged from instead', () => {
    const future: Freshness = {
      ...base,
      level: 'red',
      asOf: '2568-11-28',
      judgedFrom: '2021-11-28',
      judgedBy: 'periodEnd',
      asOfProblem: 'future',
      ageDays: 1835,
      overdue: true,
      loadFailed: false,
    };
    expect(freshnessDetails(future, 'weekly', 'th', 'การฉีดวัคซีน')).toEqual([
      'การฉีดวัคซีน: วันที่ข้อมูล (asOf) 2568-11-28 อยู่ในอนาคต',
      'วัดความเป็นปัจจุบันจากวันสุดท้ายของช่วงข้อมูล 28 พ.ย. 2564 · แจ้งผู้ดูแลข้อมูลให้แก้ asOf',
      'ข้อมูลเก่า 1,835 วัน (เผยแพร่รายสัปดาห์)',
    ]);
    const beyond: Freshness = { ...future, asOf: '2022-01-05', asOfProblem: 'beyondPeriod' };
    expect(freshnessDetails(beyond, 'weekly', 'en', 'Vaccination').slice(0, 2)).toEqual([
      "Vaccination: The data date (asOf) 2022-01-05 is past the end of the data's period (28 Nov 2021 (BE 2564))",
      "Freshness is judged from the period's last day, 28 Nov 2021 (BE 2564); ask the data owner to fix asOf",
    ]);
    const nothing: Freshness = {
      ...future,
      judgedFrom: null,
      judgedBy: null,
      ageDays: null,
      level: 'amber',
    };
    expect(freshnessDetails(nothing, 'weekly', 'en')).toEqual([
      'The data date (asOf) 2568-11-28 is in the future',
      'No believable date to judge freshness from; ask the data owner to fix asOf and period',
    ]);
  });

  it("says the file's newest rows are older than the stated asOf, in Buddhist-era dates", () => {
    const olderFile: Freshness = {
      ...base,
      level: 'red',
      asOf: '2026-11-30',
      judgedFrom: '2021-11-28',
      judgedBy: 'file',
      newestInFile: '2021-11-28',
      asOfProblem: 'afterFileData',
      ageDays: 1835,
      overdue: true,
      loadFailed: false,
    };
    expect(freshnessDetails(olderFile, 'weekly', 'th', 'การฉีดวัคซีน')).toEqual([
      'การฉีดวัคซีน: ข้อมูลล่าสุดในไฟล์ 28 พ.ย. 2564 ไม่ตรงกับวันที่ระบุ (asOf) 30 พ.ย. 2569',
      'วัดความเป็นปัจจุบันจากวันที่ในไฟล์ · แจ้งผู้ดูแลข้อมูลให้ส่งไฟล์ล่าสุดหรือแก้ asOf',
      'ข้อมูลเก่า 1,835 วัน (เผยแพร่รายสัปดาห์)',
    ]);
    expect(freshnessDetails(olderFile, 'weekly', 'en').slice(0, 2)).toEqual([
      'The newest data in the file is 28 Nov 2021 (BE 2564), not the stated asOf 30 Nov 2026 (BE 2569)',
      "Freshness is judged from the file's own date; ask the data owner for the latest file or to fix asOf",
    ]);
  });

  it('names the file date judged from when a future asOf is not believed', () => {
    const future: Freshness = {
      ...base,
      level: 'red',
      asOf: '2568-11-28',
      judgedFrom: '2021-11-21',
      judgedBy: 'file',
      newestInFile: '2021-11-21',
      asOfProblem: 'future',
      ageDays: 1842,
      overdue: true,
      loadFailed: false,
    };
    expect(freshnessDetails(future, 'weekly', 'th').slice(0, 2)).toEqual([
      'วันที่ข้อมูล (asOf) 2568-11-28 อยู่ในอนาคต',
      'วัดความเป็นปัจจุบันจากข้อมูลล่าสุดในไฟล์ 21 พ.ย. 2564 · แจ้งผู้ดูแลข้อมูลให้แก้ asOf',
    ]);
  });
});

describe('freshnessTitle', () => {
  it('says the date is wrong when that is all, else that the data is not current', () => {
    const wrongDate: Freshness = { ...base, asOfProblem: 'future', loadFailed: false };
    expect(freshnessTitle(wrongDate, 'th')).toBe('วันที่ข้อมูลไม่ถูกต้อง');
    expect(freshnessTitle(wrongDate, 'en')).toBe('Data date is wrong');
    expect(freshnessTitle({ ...wrongDate, overdue: true }, 'th')).toBe('ข้อมูลไม่เป็นปัจจุบัน');
    expect(freshnessTitle(base, 'en')).toBe('Data not current');
    // Demo data whose file ends long before its asOf: only the date is wrong.
    const demoOlderFile: Freshness = { ...wrongDate, asOfProblem: 'afterFileData' };
    expect(freshnessTitle(demoOlderFile, 'th')).toBe('วันที่ข้อมูลไม่ถูกต้อง');
  });
});
