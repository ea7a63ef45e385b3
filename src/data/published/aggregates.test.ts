import { describe, expect, it } from 'vitest';
import {
  AGGREGATES,
  aggregateDef,
  HOUSEHOLD_CELL_KM,
  publishesRaw,
  ROAD_CELL_KM,
} from './aggregates';
import { hexCellOf } from './hexgrid';
import {
  NO_FILTERS,
  roadSafetyBreakdown,
  roadSafetyByProvince,
  roadSafetyCellDensity,
  roadSafetyDaily,
  roadSafetyDateRange,
  roadSafetyFestivalDays,
  type QueryFilters,
} from '../queries';
import { aggregateInputs } from '../queries/source';
import { DatasetRegistry, parseManifest } from '../manifest/registry';
import type { SqlQuery } from '../sql';
import { TEST_ENGINES } from '../testing/engines';
import { manifestJson, testRegistry } from '../testing/fixtures';
import { createAggregateTables, publishedRegistry } from '../testing/published-fixtures';
import { HOUSEHOLD_CLUSTERS, householdsCsv } from '../testing/query-fixtures';
import { engineWithCsvTables } from '../testing/query-harness';

const raw = testRegistry();
const published = publishedRegistry();

interface Incident {
  readonly date: string;
  readonly province: number;
  readonly lon: number;
  readonly lat: number;
  readonly deaths: number;
  readonly injuries: number;
  readonly vehicle: string;
  readonly cause: string;
  readonly festival: string;
  readonly festivalDay: string;
}

const PROVINCES = [
  { code: 10, lon: 100.5, lat: 13.75 },
  { code: 30, lon: 102.1, lat: 14.97 },
  { code: 50, lon: 98.98, lat: 18.79 },
  { code: 90, lon: 100.6, lat: 7.2 },
];
const VEHICLES = ['motorcycle', 'car', 'pickup', "x'; DROP TABLE road_safety; --"];
const CAUSES = ['speeding', 'drunk driving', 'cut in', 'other'];

/** 400 incidents on 2024-04-08 .. 2024-04-21 (Songkran days 1-7 from 04-11), spread by a LCG. */
function incidents(): Incident[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const list: Incident[] = [];
  for (let i = 0; i < 400; i++) {
    const province = PROVINCES[next(PROVINCES.length)] ?? PROVINCES[0];
    if (!province) throw new Error('no province');
    const day = 8 + next(14);
    const festivalDay = day >= 11 && day <= 17 ? day - 10 : null;
    list.push({
      date: `2024-04-${String(day).padStart(2, '0')}`,
      province: province.code,
      lon: province.lon + (next(2000) - 1000) / 1000,
      lat: province.lat + (next(2000) - 1000) / 1000,
      deaths: next(10) === 0 ? 1 : 0,
      injuries: next(3),
      vehicle: VEHICLES[next(VEHICLES.length)] ?? 'car',
      cause: CAUSES[next(CAUSES.length)] ?? 'other',
      festival: festivalDay === null ? '' : 'songkran',
      festivalDay: festivalDay === null ? '' : String(festivalDay),
    });
  }
  return list;
}

const INCIDENTS = incidents();

function roadSafetyCsv(): string {
  const lines = [
    'incident_id,occurred_at,date,province_code,lon,lat,deaths,injuries,vehicle,cause,festival,festival_day',
  ];
  INCIDENTS.forEach((x, i) => {
    const vehicle = `"${x.vehicle.replaceAll('"', '""')}"`;
    lines.push(
      [
        i + 1,
        `${x.date} 12:00:00`,
        x.date,
        x.province,
        x.lon,
        x.lat,
        x.deaths,
        x.injuries,
        vehicle,
        x.cause,
        x.festival,
        x.festivalDay,
      ].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

const FILTERS: readonly QueryFilters[] = [
  NO_FILTERS,
  { provinceCodes: [10, 50], from: null, to: null },
  { provinceCodes: null, from: '2024-04-10', to: '2024-04-15' },
  { provinceCodes: [30], from: '2024-04-12', to: '2024-04-20' },
  { provinceCodes: [], from: null, to: null },
  { provinceCodes: null, from: '2024-05-01', to: null },
];

const BUILDERS: readonly (readonly [string, (r: DatasetRegistry, f: QueryFilters) => SqlQuery])[] =
  [
    ['roadSafetyByProvince', roadSafetyByProvince],
    ['roadSafetyBreakdown cause', (r, f) => roadSafetyBreakdown(r, f, 'cause')],
    ['roadSafetyBreakdown vehicle', (r, f) => roadSafetyBreakdown(r, f, 'vehicle')],
    ['roadSafetyDaily', roadSafetyDaily],
    ['roadSafetyFestivalDays', roadSafetyFestivalDays],
    ['roadSafetyCellDensity', roadSafetyCellDensity],
    ['roadSafetyDateRange', (r) => roadSafetyDateRange(r)],
  ];

describe('the aggregate definitions', () => {
  it('name raw datasets of the contract and publish personal data only aggregated', () => {
    for (const aggregate of AGGREGATES) expect(raw.has(aggregate.of)).toBe(true);
    expect(publishesRaw(raw, 'road_safety')).toBe(true);
    expect(publishesRaw(raw, 'households')).toBe(false);
    for (const id of ['households', 'households_cells']) {
      const names = aggregateDef(id).columns.map((c) => c.name);
      expect(names).not.toContain('lon');
      expect(names).not.toContain('household_id');
    }
  });

  it('group raw rows once when a series reads them twice (no published table)', () => {
    expect(roadSafetyDaily(raw, NO_FILTERS).sql).toContain('AS MATERIALIZED (');
    expect(roadSafetyDaily(published, NO_FILTERS).sql).not.toContain('MATERIALIZED');
  });

  it('builders wait for the published table when there is one, else the raw one', () => {
    expect(aggregateInputs(published, 'road_safety_daily')).toEqual(['road_safety_daily']);
    expect(aggregateInputs(raw, 'road_safety_daily')).toEqual(['road_safety']);
    expect(() => aggregateDef('nope')).toThrow("no published aggregate 'nope'");
  });
});

describe.each(TEST_ENGINES)('aggregates on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { road_safety: roadSafetyCsv() }, async (engine) => {
    await createAggregateTables(engine, raw, 'road_safety');
  });

  it.each(BUILDERS)('%s: published tables give what the raw incidents give', async (_, build) => {
    for (const filters of FILTERS) {
      const fromRaw = await db.rows(build(raw, filters));
      const fromPublished = await db.rows(build(published, filters));
      expect(fromPublished).toEqual(fromRaw);
    }
  });

  it('road_safety_daily adds up to every incident, deaths and injuries', async () => {
    const rows = await db.rows(roadSafetyByProvince(published, NO_FILTERS));
    const total = (key: 'crashes' | 'deaths' | 'injuries') =>
      rows.reduce((sum, row) => sum + Number(row[key]), 0);
    expect(total('crashes')).toBe(INCIDENTS.length);
    expect(total('deaths')).toBe(INCIDENTS.reduce((sum, x) => sum + x.deaths, 0));
    expect(total('injuries')).toBe(INCIDENTS.reduce((sum, x) => sum + x.injuries, 0));
  });

  it('road_safety_cells puts each incident in the cell the map draws (hexCellOf)', async () => {
    const expected = new Map<string, number>();
    for (const x of INCIDENTS) {
      if (x.date < '2024-04-10' || x.date > '2024-04-15') continue;
      const { q, r } = hexCellOf(x.lon, x.lat, ROAD_CELL_KM);
      expected.set(`${q}:${r}`, (expected.get(`${q}:${r}`) ?? 0) + 1);
    }
    const range = { provinceCodes: null, from: '2024-04-10', to: '2024-04-15' };
    const rows = await db.rows(roadSafetyCellDensity(published, range));
    expect(new Map(rows.map((row) => [`${String(row.q)}:${String(row.r)}`, row.crashes]))).toEqual(
      expected,
    );
  });
});

describe.each(TEST_ENGINES)('household aggregates on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, { households: householdsCsv() });
  const rowsOf = (id: string) => db.rows(aggregateDef(id).build(raw));

  it('publish provinces of at least k households, never the group of 9', async () => {
    expect(await rowsOf('households')).toEqual([
      { province_code: 10, households: 11, members: 33, members_vaccinated: 22 },
      { province_code: 50, households: 10, members: 40, members_vaccinated: 30 },
    ]);
  });

  it('publish cells of at least k households with no coordinates of a household', async () => {
    const rows = await rowsOf('households_cells');
    const columns = aggregateDef('households_cells').columns.map((c) => c.name);
    for (const row of rows) expect(Object.keys(row)).toEqual(columns);
    const expected = ['10:11', '50:10'].map((pair) => {
      const [code, count] = pair.split(':').map(Number);
      const cluster = HOUSEHOLD_CLUSTERS.find((c) => c.provinceCode === code);
      if (!cluster) throw new Error(`no cluster of ${code}`);
      return { ...hexCellOf(cluster.lon, cluster.lat, HOUSEHOLD_CELL_KM), households: count };
    });
    const cells = rows.map((row) => ({ q: row.q, r: row.r, households: row.households }));
    expect(cells).toEqual(expect.arrayContaining(expected));
    expect(cells).toHaveLength(2);
  });

  it('follow the raw manifest k', async () => {
    const manifest = manifestJson('csv');
    const datasets = manifest.datasets as Record<string, unknown>[];
    const households = datasets.find((d) => d.id === 'households');
    if (!households) throw new Error('no households in the test manifest');
    households.minGroupSize = 11;
    const strict = new DatasetRegistry(parseManifest(manifest, 'manifest.json'));
    const rows = await db.rows(aggregateDef('households').build(strict));
    expect(rows.map((row) => row.province_code)).toEqual([10]);
    const cells = await db.rows(aggregateDef('households_cells').build(strict));
    expect(cells.map((row) => row.households)).toEqual([11]);
  });
});
