import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { COMPLAINTS_CSV, QUOTED_CATEGORY } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import {
  complaintsBreakdown,
  complaintsByProvince,
  complaintsWeekly,
  datasetSummary,
  NO_FILTERS,
  type QueryFilters,
} from './index';

const registry = testRegistry();
const AS_OF = '2024-03-31';

/** Weekly rows from (week_start, received, closed) triples. */
const weeks = (...rows: [string, number, number][]) =>
  rows.map(([week_start, received, closed]) => ({ week_start, received, closed }));

describe.each(TEST_ENGINES)('complaints builders on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { complaints: COMPLAINTS_CSV });
  const byProvince = (filters: QueryFilters, asOf = AS_OF, overdueDays = 30) =>
    db.rows(complaintsByProvince(registry, filters, { asOf, overdueDays }));

  it('complaintsByProvince: received, open and overdue at asOf, security-sensitive', async () => {
    // 10: open at 03-31 are cases 2, 3 and 5 (closed 04-02); case 4 closed on 03-31 itself.
    // Overdue: case 2 (received 31 days before); case 3 (exactly 30 days) is not.
    expect(await byProvince(NO_FILTERS)).toEqual([
      {
        province_code: 10,
        received: 5,
        open: 3,
        overdue: 1,
        security_sensitive: 2,
        security_sensitive_open: 2,
      },
      {
        province_code: 50,
        received: 2,
        open: 1,
        overdue: 1,
        security_sensitive: 1,
        security_sensitive_open: 1,
      },
      {
        province_code: 90,
        received: 1,
        open: 0,
        overdue: 0,
        security_sensitive: 0,
        security_sensitive_open: 0,
      },
    ]);
  });

  it('complaintsByProvince: overdue around the boundary', async () => {
    const overdue = async (days: number) =>
      (await byProvince(NO_FILTERS, AS_OF, days)).map((row) => row.overdue);
    expect(await overdue(29)).toEqual([2, 1, 0]);
    expect(await overdue(30)).toEqual([1, 1, 0]);
    expect(await overdue(31)).toEqual([0, 1, 0]);
    expect(await overdue(0)).toEqual([3, 1, 0]);
  });

  it('complaintsByProvince: a case closed on asOf is closed, one received after it is not open yet', async () => {
    // 04-02: case 5 closed that day; case 7 (received 04-05) not yet received.
    const rows = await byProvince(NO_FILTERS, '2024-04-02');
    expect(rows.map((row) => [row.province_code, row.open, row.security_sensitive_open])).toEqual([
      [10, 2, 1],
      [50, 1, 1],
      [90, 0, 0],
    ]);
    const later = await byProvince(NO_FILTERS, '2024-04-05');
    expect(later.map((row) => row.open)).toEqual([2, 2, 0]);
  });

  it('complaintsByProvince: from/to limit received, not the backlog at asOf', async () => {
    const march = { provinceCodes: null, from: '2024-03-01', to: '2024-03-10' };
    expect(await byProvince(march)).toEqual([
      {
        province_code: 10,
        received: 3,
        open: 3,
        overdue: 1,
        security_sensitive: 2,
        security_sensitive_open: 2,
      },
      {
        province_code: 50,
        received: 0,
        open: 1,
        overdue: 1,
        security_sensitive: 0,
        security_sensitive_open: 1,
      },
      {
        province_code: 90,
        received: 0,
        open: 0,
        overdue: 0,
        security_sensitive: 0,
        security_sensitive_open: 0,
      },
    ]);
    expect(await byProvince({ provinceCodes: [50, 90], from: null, to: null })).toHaveLength(2);
    expect(await byProvince({ provinceCodes: [], from: null, to: null })).toEqual([]);
  });

  it('complaintsWeekly: Monday weeks from the first to the last day, zero-filled', async () => {
    // First day 2024-01-02 (week of Mon 01-01), last 2024-04-05 (week of Mon 04-01).
    // Case 5 arrived on Sunday 03-10: still the week of 03-04.
    expect(await db.rows(complaintsWeekly(registry, NO_FILTERS))).toEqual(
      weeks(
        ['2024-01-01', 1, 0],
        ['2024-01-08', 1, 2],
        ['2024-01-15', 1, 0],
        ['2024-01-22', 0, 0],
        ['2024-01-29', 0, 0],
        ['2024-02-05', 0, 0],
        ['2024-02-12', 0, 0],
        ['2024-02-19', 0, 0],
        ['2024-02-26', 2, 0],
        ['2024-03-04', 2, 0],
        ['2024-03-11', 0, 0],
        ['2024-03-18', 0, 0],
        ['2024-03-25', 0, 1],
        ['2024-04-01', 1, 1],
      ),
    );
  });

  it('complaintsWeekly: from/to are inclusive for both counts', async () => {
    const march = { provinceCodes: null, from: '2024-03-05', to: '2024-03-31' };
    expect(await db.rows(complaintsWeekly(registry, march))).toEqual(
      weeks(['2024-03-04', 2, 0], ['2024-03-11', 0, 0], ['2024-03-18', 0, 0], ['2024-03-25', 0, 1]),
    );
    const notLastDay = { provinceCodes: null, from: '2024-03-06', to: '2024-03-30' };
    expect(await db.rows(complaintsWeekly(registry, notLastDay))).toEqual(
      weeks(['2024-03-04', 1, 0], ['2024-03-11', 0, 0], ['2024-03-18', 0, 0], ['2024-03-25', 0, 0]),
    );
  });

  it('complaintsWeekly: provinces filter the counts; an empty list gives no rows', async () => {
    const chiangMai = await db.rows(
      complaintsWeekly(registry, { provinceCodes: [50], from: null, to: null }),
    );
    expect(chiangMai).toHaveLength(14);
    expect(chiangMai.filter((row) => row.received !== 0)).toEqual(
      weeks(['2024-01-15', 1, 0], ['2024-04-01', 1, 0]),
    );
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(complaintsWeekly(registry, none))).toEqual([]);
  });

  it('complaintsBreakdown: by category, a quoted category is just a key', async () => {
    expect(await db.rows(complaintsBreakdown(registry, NO_FILTERS, 'category'))).toEqual([
      { key: 'debt', cases: 3, open: 1, security_sensitive: 2 },
      { key: 'land', cases: 3, open: 1, security_sensitive: 0 },
      { key: 'fraud', cases: 1, open: 1, security_sensitive: 0 },
      { key: QUOTED_CATEGORY, cases: 1, open: 1, security_sensitive: 1 },
    ]);
    const january50 = { provinceCodes: [50], from: '2024-01-15', to: '2024-01-15' };
    expect(await db.rows(complaintsBreakdown(registry, january50, 'category'))).toEqual([
      { key: QUOTED_CATEGORY, cases: 1, open: 1, security_sensitive: 1 },
    ]);
    expect(await db.rows(datasetSummary(registry, 'complaints'))).toEqual([{ row_count: 8 }]);
  });

  it('complaintsBreakdown: by status', async () => {
    expect(await db.rows(complaintsBreakdown(registry, NO_FILTERS, 'status'))).toEqual([
      { key: 'closed', cases: 4, open: 0, security_sensitive: 1 },
      { key: 'in_progress', cases: 2, open: 2, security_sensitive: 1 },
      { key: 'received', cases: 2, open: 2, security_sensitive: 1 },
    ]);
    const none = { provinceCodes: [], from: null, to: null };
    expect(await db.rows(complaintsBreakdown(registry, none, 'status'))).toEqual([]);
  });
});
