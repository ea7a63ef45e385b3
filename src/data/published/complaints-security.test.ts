/**
 * The restricted tier's per-province query on native DuckDB over six security cases whose
 * counts can be worked out by hand (asOf 2024-01-21, overdue after 14 days, a week before is
 * 2024-01-14).
 */
import { describe, expect, it } from 'vitest';
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import { createNativeEngine } from '../testing/engines';
import { datasetJson, manifestJson } from '../testing/fixtures';
import { engineWithCsvTables } from '../testing/query-harness';
import { NO_FILTERS, type QueryFilters } from '../queries/filters';
import { COMPLAINTS_SECURITY, complaintsSecurityByProvince } from './complaints-security';

const base = manifestJson('csv');
const complaints = datasetJson('complaints', 'csv');
const registry = new DatasetRegistry(
  parseManifest(
    {
      ...base,
      datasets: [
        ...(base.datasets as unknown[]),
        {
          ...complaints,
          id: COMPLAINTS_SECURITY,
          aggregateOf: 'complaints',
          restricted: true,
          file: 'restricted/complaints_security.csv',
          columns: (complaints.columns as { name: string }[]).filter(
            (c) => c.name !== 'security_sensitive',
          ),
        },
      ],
    },
    'manifest.json',
  ),
);

// 1: open since 2 Jan (overdue; open a week before too); 2: closed 10 Jan; 3: received 18 Jan;
// 4: closed 20 Jan (open a week before); 5: open since 10 Jan; 6: received after asOf.
const SECURITY_CSV = `case_id,province_code,category,status,received,closed
1,10,land,in_progress,2024-01-02,
2,10,debt,closed,2024-01-03,2024-01-10
3,10,land,received,2024-01-18,
4,50,land,closed,2024-01-05,2024-01-20
5,50,debt,in_progress,2024-01-10,
6,96,other,received,2024-01-22,
`;

const OPTIONS = { asOf: '2024-01-21', overdueDays: 14 };

describe('security cases per province (restricted tier)', () => {
  const db = engineWithCsvTables(
    createNativeEngine,
    { [COMPLAINTS_SECURITY]: SECURITY_CSV },
    undefined,
    registry,
  );
  const rows = (filters: Partial<QueryFilters>) =>
    db.rows(complaintsSecurityByProvince(registry, { ...NO_FILTERS, ...filters }, OPTIONS));

  it('counts open, overdue and open a week before, per province', async () => {
    expect(await rows({})).toEqual([
      { province_code: 10, open: 2, overdue: 1, open_week_before: 1 },
      { province_code: 50, open: 1, overdue: 0, open_week_before: 2 },
      { province_code: 96, open: 0, overdue: 0, open_week_before: 0 },
    ]);
  });

  it('keeps to the category, status and province filters; ignores the date range', async () => {
    expect(
      await rows({ categories: { category: ['land'] }, from: '2024-01-15', to: '2024-01-16' }),
    ).toEqual([
      { province_code: 10, open: 2, overdue: 1, open_week_before: 1 },
      { province_code: 50, open: 0, overdue: 0, open_week_before: 1 },
    ]);
    expect(await rows({ provinceCodes: [50], categories: { status: ['in_progress'] } })).toEqual([
      { province_code: 50, open: 1, overdue: 0, open_week_before: 1 },
    ]);
  });

  it('refuses a bad asOf or overdue days', () => {
    expect(() =>
      complaintsSecurityByProvince(registry, NO_FILTERS, { asOf: '21/01/2024', overdueDays: 14 }),
    ).toThrow(/asOf/);
    expect(() =>
      complaintsSecurityByProvince(registry, NO_FILTERS, { asOf: '2024-01-21', overdueDays: -1 }),
    ).toThrow('overdueDays -1 is not a whole number of days >= 0');
  });
});
