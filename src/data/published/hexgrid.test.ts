import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point, polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import {
  exactDoubleParam,
  hexCellCentre,
  hexCellOf,
  hexCellPolygon,
  hexCellsSql,
  KM_PER_DEGREE_LAT,
  KM_PER_DEGREE_LON,
} from './hexgrid';
import { castParam, concatSql, type SqlQuery } from '../sql';
import { TEST_ENGINES } from '../testing/engines';
import { engineWithCsvTables } from '../testing/query-harness';

/** A small seeded random generator (mulberry32), so every run tests the same points. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Points over Thailand's bounding box and a little beyond. */
function randomPoints(count: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => [97 + random() * 9, 5.5 + random() * 15]);
}

/** The cell of each point, computed by DuckDB through {@link hexCellsSql}. */
function cellsQuery(points: readonly [number, number][], cellKm: number): SqlQuery {
  const values = concatSql(
    points.map(([lon, lat], id) =>
      concatSql([
        '(',
        castParam(id, 'INTEGER'),
        ',',
        exactDoubleParam(lon),
        ',',
        exactDoubleParam(lat),
        ')',
      ]),
    ),
    ', ',
  );
  const input = concatSql(['SELECT * FROM (VALUES', values, ') AS points(id, lon, lat)']);
  return concatSql([
    'SELECT id, q, r FROM (',
    hexCellsSql(input, 'lon', 'lat', cellKm),
    ') ORDER BY id',
  ]);
}

/** Distance in km between two lon/lat positions in the grid's projection. */
function projectedKm(a: [number, number], b: [number, number]): number {
  return Math.hypot((a[0] - b[0]) * KM_PER_DEGREE_LON, (a[1] - b[1]) * KM_PER_DEGREE_LAT);
}

const CELL_SIZES_KM = [0.5, 5, 37];

describe('hex grid in JS', () => {
  it('puts a cell centre in that cell', () => {
    for (const cellKm of CELL_SIZES_KM) {
      for (let q = -30; q <= 30; q += 7) {
        for (let r = -40; r <= 40; r += 9) {
          const [lon, lat] = hexCellCentre(q, r, cellKm);
          expect(hexCellOf(lon, lat, cellKm)).toEqual({ q, r });
        }
      }
    }
  });

  it('puts the origin at cell 0, 0 with its centre there', () => {
    expect(hexCellOf(100.5, 13.5, 5)).toEqual({ q: 0, r: 0 });
    expect(hexCellCentre(0, 0, 5)).toEqual([100.5, 13.5]);
  });

  it('draws a closed hexagon whose corners are cellKm from the centre', () => {
    const ring = hexCellPolygon(3, -2, 5);
    expect(ring).toHaveLength(7);
    expect(ring[6]).toEqual(ring[0]);
    const centre = hexCellCentre(3, -2, 5);
    for (const corner of ring) expect(projectedKm(corner, centre)).toBeCloseTo(5, 9);
  });

  it('tiles the plane: neighbouring cells share an edge', () => {
    const a = hexCellPolygon(0, 0, 5);
    const b = hexCellPolygon(1, 0, 5);
    const shared = a.slice(0, 6).filter((p) => b.some((c) => projectedKm(p, c) < 1e-9));
    expect(shared).toHaveLength(2);
  });

  it('puts random points inside the polygon of their cell', () => {
    for (const cellKm of CELL_SIZES_KM) {
      for (const [lon, lat] of randomPoints(2000, cellKm * 1000)) {
        const { q, r } = hexCellOf(lon, lat, cellKm);
        expect(
          booleanPointInPolygon(point([lon, lat]), polygon([hexCellPolygon(q, r, cellKm)])),
        ).toBe(true);
      }
    }
  });
});

describe.each(TEST_ENGINES)('hex grid in SQL on %s', (_, createEngine) => {
  const db = engineWithCsvTables(createEngine, {});

  it.each(CELL_SIZES_KM)('gives every random point the JS cell (cell %s km)', async (cellKm) => {
    const points = randomPoints(600, 7 + cellKm);
    const rows = await db.rows(cellsQuery(points, cellKm));
    expect(rows.map(({ q, r }) => ({ q, r }))).toEqual(
      points.map(([lon, lat]) => hexCellOf(lon, lat, cellKm)),
    );
    for (const [index, [lon, lat]] of points.entries()) {
      const row = rows[index];
      const ring = hexCellPolygon(row?.q as number, row?.r as number, cellKm);
      expect(booleanPointInPolygon(point([lon, lat]), polygon([ring]))).toBe(true);
    }
  });

  it.each(CELL_SIZES_KM)(
    'agrees with JS on corners and edge midpoints, where rounding is closest (cell %s km)',
    async (cellKm) => {
      const points: [number, number][] = [];
      for (let q = -20; q <= 20; q += 5) {
        for (let r = -20; r <= 20; r += 5) {
          const ring = hexCellPolygon(q, r, cellKm);
          ring.slice(0, 6).forEach((corner, i) => {
            const next = ring[i + 1] ?? corner;
            points.push(corner, [(corner[0] + next[0]) / 2, (corner[1] + next[1]) / 2]);
          });
        }
      }
      const rows = await db.rows(cellsQuery(points, cellKm));
      expect(rows.map(({ q, r }) => ({ q, r }))).toEqual(
        points.map(([lon, lat]) => hexCellOf(lon, lat, cellKm)),
      );
    },
  );

  it('exactDoubleParam reaches DuckDB bit for bit', async () => {
    const values = randomPoints(500, 99).flat();
    const list = concatSql(values.map(exactDoubleParam), ', ');
    const rows = await db.rows(concatSql(['SELECT unnest([', list, ']) AS v']));
    expect(rows.map((row) => row.v)).toEqual(values);
  });

  it('returns q and r as INTEGER next to the input columns', async () => {
    const table = await db.table(cellsQuery([[100.5, 13.5]], 5));
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'id:Int32',
      'q:Int32',
      'r:Int32',
    ]);
  });
});
