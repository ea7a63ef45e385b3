import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUSEHOLD_CELL_KM, ROAD_CELL_KM } from '../../src/data/published/aggregates';
import { hexCellOf } from '../../src/data/published/hexgrid';
import { createSmallRun, type SmallRun } from '../demo-data/small-run';

const K = 10;
let run: SmallRun;
const sql = (text: string) => run.query.all(text);
const one = async (text: string) => (await sql(text))[0] ?? {};
const raw = (file: string) => run.rawTable(file);
const published = (file: string) => run.table(file);

beforeAll(async () => {
  run = await createSmallRun();
});
afterAll(() => {
  run.dispose();
});

/** Rows keyed by `key` with the three incident counts, for toEqual. */
const COUNTS = 'sum(crashes) AS crashes, sum(deaths) AS deaths, sum(injuries) AS injuries';
const RAW_COUNTS = 'count(*) AS crashes, sum(deaths) AS deaths, sum(injuries) AS injuries';

/** Counts per point of a 'province_code'/'lon'/'lat' table's hexagon cells, computed in JS. */
async function cellCounts(
  file: string,
  cellKm: number,
  value: string,
): Promise<Map<string, { n: number; total: number }>> {
  const rows = await sql(`SELECT lon, lat, ${value} AS v FROM ${raw(file)}`);
  const cells = new Map<string, { n: number; total: number }>();
  for (const row of rows) {
    const { q, r } = hexCellOf(Number(row.lon), Number(row.lat), cellKm);
    const cell = cells.get(`${q},${r}`) ?? { n: 0, total: 0 };
    cells.set(`${q},${r}`, { n: cell.n + 1, total: cell.total + Number(row.v) });
  }
  return cells;
}

describe('road-safety aggregates agree with the raw incidents', () => {
  it('road_safety_daily: crashes add up to the incident count, deaths and injuries too', async () => {
    const totals = await one(`SELECT ${COUNTS} FROM ${published('road_safety_daily.parquet')}`);
    const rawTotals = await one(`SELECT ${RAW_COUNTS} FROM ${raw('road_safety.parquet')}`);
    expect(totals.crashes).toBe(2000);
    expect(totals).toEqual(rawTotals);
  });

  it.each([
    ['province_code', 'province_code'],
    ['date', 'CAST(date AS VARCHAR)'],
    ['festival', 'festival, festival_day'],
  ])('road_safety_daily per %s equals a GROUP BY on the raw file', async (_, key) => {
    const query = (table: string, counts: string) =>
      `SELECT ${key}, ${counts} FROM ${table} GROUP BY ALL ORDER BY ALL`;
    const rows = await sql(query(published('road_safety_daily.parquet'), COUNTS));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows).toEqual(await sql(query(raw('road_safety.parquet'), RAW_COUNTS)));
  });

  it.each([
    ['road_safety_causes', 'cause'],
    ['road_safety_vehicles', 'vehicle'],
  ])('%s equals a GROUP BY province, day and %s on the raw file', async (id, key) => {
    const query = (table: string, counts: string) =>
      `SELECT province_code, CAST(date AS VARCHAR) AS day, ${key}, ${counts} FROM ${table}
       GROUP BY ALL ORDER BY ALL`;
    const rows = await sql(query(published(`${id}.parquet`), COUNTS));
    expect(rows).toEqual(await sql(query(raw('road_safety.parquet'), RAW_COUNTS)));
  });

  it('road_safety_cells: crashes add up to the located incidents, in the cells the map draws', async () => {
    const { located } = await one(
      `SELECT count(*) AS located FROM ${raw('road_safety.parquet')} WHERE lon IS NOT NULL AND lat IS NOT NULL`,
    );
    const cells = await sql(`SELECT q, r, sum(crashes) AS crashes, sum(deaths) AS deaths
      FROM ${published('road_safety_cells.parquet')} GROUP BY q, r`);
    expect(cells.reduce((sum, cell) => sum + Number(cell.crashes), 0)).toBe(located);
    const expected = await cellCounts('road_safety.parquet', ROAD_CELL_KM, 'deaths');
    expect(new Map(cells.map((c) => [`${c.q},${c.r}`, { n: c.crashes, total: c.deaths }]))).toEqual(
      expected,
    );
  });

  it('road_safety_cells per day equals the raw incidents per day', async () => {
    const query = (table: string, counts: string) =>
      `SELECT CAST(date AS VARCHAR) AS day, ${counts} FROM ${table} GROUP BY ALL ORDER BY ALL`;
    expect(await sql(query(published('road_safety_cells.parquet'), COUNTS))).toEqual(
      await sql(query(raw('road_safety.parquet'), RAW_COUNTS)),
    );
  });
});

describe('published households: never a household, never a group under k = 10', () => {
  it.each(['households.parquet', 'households_cells.parquet'])(
    '%s has no household_id, lon, lat or survey date',
    async (file) => {
      const columns = await sql(`DESCRIBE SELECT * FROM ${published(file)}`);
      const names = columns.map((c) => c.column_name);
      for (const personal of ['household_id', 'lon', 'lat', 'surveyed']) {
        expect(names).not.toContain(personal);
      }
      const { smallest } = await one(`SELECT min(households) AS smallest FROM ${published(file)}`);
      expect(Number(smallest)).toBeGreaterThanOrEqual(K);
    },
  );

  it('the province table adds up to the raw households of provinces with at least 10', async () => {
    const perProvince = await sql(`SELECT province_code, count(*) AS households,
      sum(members) AS members, sum(members_vaccinated) AS members_vaccinated
      FROM ${raw('households.parquet')} GROUP BY 1 ORDER BY 1`);
    const kept = perProvince.filter((row) => Number(row.households) >= K);
    // The small run has provinces under k, so the threshold is exercised.
    expect(kept.length).toBeLessThan(perProvince.length);
    expect(kept.length).toBeGreaterThan(0);
    const rows = await sql(`SELECT province_code, households, members, members_vaccinated
      FROM ${published('households.parquet')} ORDER BY 1`);
    expect(rows).toEqual(kept);
    const { total } = await one(
      `SELECT sum(households) AS total FROM ${published('households.parquet')}`,
    );
    expect(total).toBe(kept.reduce((sum, row) => sum + Number(row.households), 0));
  });

  it('the cells are the raw households per province and 12 km hexagon, under 10 left out, each province hiding 0 or at least 10', async () => {
    const rows = await sql(
      `SELECT province_code, lon, lat, members FROM ${raw('households.parquet')} WHERE province_code IS NOT NULL`,
    );
    const totals = new Map<number, number>();
    const groups = new Map<
      string,
      { code: number; q: number; r: number; n: number; total: number }
    >();
    for (const row of rows) {
      const code = Number(row.province_code);
      totals.set(code, (totals.get(code) ?? 0) + 1);
      if (row.lon === null || row.lat === null) continue;
      const { q, r } = hexCellOf(Number(row.lon), Number(row.lat), HOUSEHOLD_CELL_KM);
      const key = `${code}:${q},${r}`;
      const group = groups.get(key) ?? { code, q, r, n: 0, total: 0 };
      groups.set(key, { ...group, n: group.n + 1, total: group.total + Number(row.members) });
    }
    const kept = [...groups.values()].filter((group) => group.n >= K);
    expect(kept.length).toBeLessThan(groups.size);
    // Complementary suppression, done by hand: while a province would hide 1 to 9 households,
    // its smallest remaining cell is withheld too.
    const expected = new Map<string, { n: number; total: number }>();
    for (const [code, total] of totals) {
      const cells = kept
        .filter((cell) => cell.code === code)
        .sort((a, b) => a.n - b.n || a.q - b.q || a.r - b.r);
      let hidden = total - cells.reduce((sum, cell) => sum + cell.n, 0);
      while (hidden > 0 && hidden < K && cells.length > 0) hidden += cells.shift()?.n ?? 0;
      for (const cell of cells)
        expected.set(`${code}:${cell.q},${cell.r}`, { n: cell.n, total: cell.total });
    }
    const cells = await sql(
      `SELECT province_code, q, r, households, members FROM ${published('households_cells.parquet')}`,
    );
    expect(
      new Map(
        cells.map((c) => [
          `${String(c.province_code)}:${String(c.q)},${String(c.r)}`,
          { n: c.households, total: c.members },
        ]),
      ),
    ).toEqual(expected);
  });

  it('no published file has a household_id column, and the raw households file is not published', async () => {
    for (const name of run.files.keys()) {
      if (!name.endsWith('.parquet')) continue;
      const columns = await sql(`DESCRIBE SELECT * FROM ${published(name)}`);
      expect(
        columns.map((c) => c.column_name),
        name,
      ).not.toContain('household_id');
    }
    const rawBytes = Buffer.from(run.raw.files.get('households.parquet') ?? []);
    for (const bytes of run.files.values()) expect(rawBytes.equals(Buffer.from(bytes))).toBe(false);
    expect(run.published.withheld).toEqual([]);
    expect(run.published.asIs).toEqual(['vaccination', 'poverty', 'road_safety']);
  });
});

describe('published files', () => {
  it('are the raw layers, the aggregates and tiers, the preview, the groupings, the two indicators and the manifest', () => {
    expect([...run.files.keys()]).toEqual([
      'vaccination.parquet',
      'poverty.parquet',
      'road_safety.parquet',
      'complaints.parquet',
      'households.parquet',
      'road_safety_daily.parquet',
      'road_safety_causes.parquet',
      'road_safety_vehicles.parquet',
      'road_safety_cells.parquet',
      'households_cells.parquet',
      'restricted/complaints_security.parquet',
      'vaccination-latest.json',
      'groupings.json',
      'inspection.csv',
      'drought.csv',
      'manifest.json',
    ]);
  });

  it('publish the raw layers byte for byte', () => {
    for (const id of run.published.asIs) {
      const file = `${id}.parquet`;
      const bytes = Buffer.from(run.files.get(file) ?? []);
      expect(bytes.equals(Buffer.from(run.raw.files.get(file) ?? [0])), file).toBe(true);
    }
  });

  it('time the load and every aggregate', () => {
    expect(run.published.timings.map((t) => t.step)).toEqual([
      'load',
      'road_safety_daily',
      'road_safety_causes',
      'road_safety_vehicles',
      'road_safety_cells',
      'households',
      'households_cells',
      'complaints',
      'complaints_security',
    ]);
    // Raw rows: vaccination 77 x 39 weeks, poverty 76 x 6, then the small run's sizes.
    expect(run.published.timings[0]?.rows).toBe(77 * 39 + 76 * 6 + 2000 + 1500 + 2000);
  });
});

describe('published complaints: the public tier counts every case, names no security case', () => {
  const PUBLIC = () => published('complaints.parquet');
  const SECURITY = () => published('restricted/complaints_security.parquet');
  const RAW = () => raw('complaints.parquet');

  it('keeps every case, with a flagged case under the category restricted and nothing else', async () => {
    expect(
      await one(`SELECT count(*) AS cases, count(*) FILTER (WHERE security_sensitive) AS flagged,
        count(*) FILTER (WHERE security_sensitive AND category <> 'restricted') AS named,
        count(*) FILTER (WHERE NOT security_sensitive AND category = 'restricted') AS stray
        FROM ${PUBLIC()}`),
    ).toEqual(
      await one(`SELECT count(*) AS cases, count(*) FILTER (WHERE security_sensitive) AS flagged,
        0::BIGINT AS named, 0::BIGINT AS stray FROM ${RAW()}`),
    );
    const unchanged = `SELECT case_id, province_code, status, received, closed, security_sensitive`;
    expect(
      await one(
        `SELECT count(*) AS n FROM (${unchanged} FROM ${RAW()} EXCEPT ${unchanged} FROM ${PUBLIC()})`,
      ),
    ).toEqual({ n: 0 });
  });

  it('holds the flagged cases, with their category, in the restricted tier alone', async () => {
    const detail = 'SELECT case_id, province_code, category, status, received, closed';
    const rows = async (query: string) =>
      (await sql(`${query} ORDER BY case_id`)).map((row) => JSON.stringify(row));
    expect(await rows(`${detail} FROM ${SECURITY()}`)).toEqual(
      await rows(`${detail} FROM ${RAW()} WHERE security_sensitive`),
    );
    expect(await one(`SELECT count(*) AS n FROM ${SECURITY()}`)).not.toEqual({ n: 0 });
  });
});
