/**
 * The newest date in a dataset's own rows, on small tables whose answer is worked out by hand,
 * and on the committed demo data (whose manifest's asOf it must agree with, or every demo badge
 * would cry "wrong date").
 */
import { describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../testing/engines';
import { testRegistry } from '../testing/fixtures';
import { ROAD_INCIDENTS_CSV } from '../testing/query-fixtures';
import { demoRegistry, engineWithCsvTables, engineWithDemoData } from '../testing/query-harness';
import { DATED_DATASETS, datasetNewestDate, isDatedDataset } from './newest-date';

const registry = testRegistry();
/** The test manifest's asOf of every dataset. */
const AS_OF = '2024-01-21';

/** Three weeks of two provinces, rows not in date order: the newest is 2021-11-28. */
const VACCINATION = `province_code,week_end,population,dose1,dose2,dose3
10,2021-11-14,1000,500,400,10
50,2021-11-28,2000,900,800,20
10,2021-11-21,1000,600,500,10
`;

/** Case 2 was closed on 2024-04-02, after the last case received (2024-03-31). */
const COMPLAINTS_CLOSED_LATER = `case_id,province_code,category,status,received,closed,security_sensitive
1,10,land,closed,2024-03-01,2024-03-05,false
2,10,land,closed,2024-03-10,2024-04-02,false
3,50,debt,open,2024-03-31,,false
`;

/** Every case still open: no closed date at all. */
const COMPLAINTS_ALL_OPEN = `case_id,province_code,category,status,received,closed,security_sensitive
1,10,land,open,2024-02-01,,false
2,50,debt,open,2024-02-09,,true
`;

describe('datasetNewestDate', () => {
  it('covers the three datasets with dates; poverty and households keep their period', () => {
    expect(DATED_DATASETS).toEqual(['vaccination', 'road_safety', 'complaints']);
    expect(isDatedDataset('poverty')).toBe(false);
    expect(isDatedDataset('households')).toBe(false);
    expect(isDatedDataset('toString')).toBe(false);
  });

  it('names the table and columns only as the registry quotes them; asOf is a parameter', () => {
    const query = datasetNewestDate(registry, 'complaints');
    expect(query).toEqual({
      sql: `SELECT greatest(max(CAST(${registry.column('complaints', 'received')} AS DATE)), max(CAST(${registry.column('complaints', 'closed')} AS DATE))) AS newest_date, CAST(? AS VARCHAR) AS as_of FROM ${registry.tableName('complaints')}`,
      params: [registry.get('complaints').asOf],
    });
  });
});

describe.each(TEST_ENGINES)('newest dates on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, {
    vaccination: VACCINATION,
    complaints: COMPLAINTS_CLOSED_LATER,
    road_safety: ROAD_INCIDENTS_CSV,
  });

  it('vaccination: the latest week_end, whatever the row order', async () => {
    expect(await db.rows(datasetNewestDate(registry, 'vaccination'))).toEqual([
      { newest_date: '2021-11-28', as_of: AS_OF },
    ]);
  });

  it('complaints: a closing date later than every received date counts', async () => {
    expect(await db.rows(datasetNewestDate(registry, 'complaints'))).toEqual([
      { newest_date: '2024-04-02', as_of: AS_OF },
    ]);
  });

  it('road safety without a published aggregate: the raw incidents, 2024-04-13', async () => {
    expect(registry.has('road_safety_daily')).toBe(false);
    expect(await db.rows(datasetNewestDate(registry, 'road_safety'))).toEqual([
      { newest_date: '2024-04-13', as_of: AS_OF },
    ]);
  });
});

describe.each(TEST_ENGINES)('newest dates of open cases on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { complaints: COMPLAINTS_ALL_OPEN });

  it('complaints all open: the received dates alone decide', async () => {
    expect(await db.rows(datasetNewestDate(registry, 'complaints'))).toEqual([
      { newest_date: '2024-02-09', as_of: AS_OF },
    ]);
  });
});

describe.each(TEST_ENGINES)('newest dates of the demo data on %s', (_, createEngine) => {
  const db = engineWithDemoData(createEngine);
  const demo = demoRegistry();

  it.each(DATED_DATASETS)('%s: the newest row is on the manifest asOf', async (id) => {
    expect(await db.rows(datasetNewestDate(demo, id))).toEqual([
      { newest_date: demo.get(id).asOf, as_of: demo.get(id).asOf },
    ]);
  });
});
