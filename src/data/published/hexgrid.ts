/**
 * The one hexagonal grid of the app, in SQL (to aggregate in DuckDB) and in JS (to draw a cell and
 * to find the cell of a point). Both follow the same steps with the same constants, so DuckDB and
 * the map agree on every point's cell.
 *
 * Grid: a local equirectangular projection around Thailand,
 *   x_km = (lon - 100.5) * 111.32 * cos(13.5°),  y_km = (lat - 13.5) * 110.57,
 * tiled by pointy-top hexagons of circumradius `cellKm`, addressed by axial coordinates (q, r)
 * (https://www.redblobgames.com/grids/hexagons/). The projection is affine, so a cell's hexagon is
 * also a straight-edged hexagon in lon/lat.
 */
import { castParam, concatSql, type SqlPart, type SqlQuery } from '../sql';

/** Longitude and latitude of the projection's origin. */
export const HEX_ORIGIN = Object.freeze({ lon: 100.5, lat: 13.5 });
/** Kilometres per degree of longitude at 13.5°N. */
export const KM_PER_DEGREE_LON = 111.32 * Math.cos((13.5 * Math.PI) / 180);
/** Kilometres per degree of latitude. */
export const KM_PER_DEGREE_LAT = 110.57;

const SQRT3 = Math.sqrt(3);
// Every coefficient is computed once here and sent to SQL as an exact parameter, so both sides
// multiply by the very same doubles.
const Q_PER_X = SQRT3 / 3;
const Q_PER_Y = 1 / 3;
const R_PER_Y = 2 / 3;

/** An axial hexagon address. */
export interface HexCell {
  readonly q: number;
  readonly r: number;
}

/**
 * A DOUBLE parameter that reaches DuckDB bit for bit: `CAST(CAST(? AS VARCHAR) AS DOUBLE)` with
 * the number's shortest round-trip text. duckdb-wasm sends parameters as JSON and its JSON number
 * parser is one unit in the last place off for about a third of 17-digit doubles, which moves
 * points near a cell edge into the neighbouring cell; DuckDB's text-to-DOUBLE cast is exact.
 * @throws Error if `value` is not finite.
 */
export function exactDoubleParam(value: number): SqlQuery {
  if (!Number.isFinite(value)) throw new Error(`exactDoubleParam: ${value} is not a finite number`);
  return concatSql(['CAST(', castParam(String(value), 'VARCHAR'), 'AS DOUBLE)'], '');
}

/** @throws Error unless `cellKm` is a finite number > 0. */
function requireCellKm(cellKm: number): number {
  if (!Number.isFinite(cellKm) || cellKm <= 0) {
    throw new Error(`cellKm ${JSON.stringify(cellKm)} is not a cell size in km (a number > 0)`);
  }
  return cellKm;
}

/** The cell holding a point; a point on an edge goes to one of its two cells, as in SQL. */
export function hexCellOf(lon: number, lat: number, cellKm: number): HexCell {
  requireCellKm(cellKm);
  const x = (lon - HEX_ORIGIN.lon) * KM_PER_DEGREE_LON;
  const y = (lat - HEX_ORIGIN.lat) * KM_PER_DEGREE_LAT;
  const fq = (Q_PER_X * x - Q_PER_Y * y) / cellKm;
  const fr = (R_PER_Y * y) / cellKm;
  const fs = -fq - fr;
  // Cube rounding: round all three, then fix the one that moved most so q + r + s stays 0.
  // floor(v + 0.5) rounds ties the same way in JS and SQL; `+ 0` turns -0 into 0.
  const rq = Math.floor(fq + 0.5);
  const rr = Math.floor(fr + 0.5);
  const rs = Math.floor(fs + 0.5);
  const dq = Math.abs(rq - fq);
  const dr = Math.abs(rr - fr);
  const ds = Math.abs(rs - fs);
  if (dq > dr && dq > ds) return { q: -rr - rs + 0, r: rr + 0 };
  if (dr > ds) return { q: rq + 0, r: -rq - rs + 0 };
  return { q: rq + 0, r: rr + 0 };
}

/** Centre of a cell in lon/lat. */
export function hexCellCentre(q: number, r: number, cellKm: number): [number, number] {
  requireCellKm(cellKm);
  const x = cellKm * (SQRT3 * q + (SQRT3 / 2) * r);
  const y = cellKm * 1.5 * r;
  return [x / KM_PER_DEGREE_LON + HEX_ORIGIN.lon, y / KM_PER_DEGREE_LAT + HEX_ORIGIN.lat];
}

/** The cell's hexagon: a closed counter-clockwise ring of 7 [lon, lat] positions (first = last). */
export function hexCellPolygon(q: number, r: number, cellKm: number): [number, number][] {
  const [lon, lat] = hexCellCentre(q, r, cellKm);
  const ring: [number, number][] = [];
  for (let corner = 0; corner < 6; corner++) {
    const angle = (Math.PI / 180) * (60 * corner - 30);
    ring.push([
      lon + (cellKm * Math.cos(angle)) / KM_PER_DEGREE_LON,
      lat + (cellKm * Math.sin(angle)) / KM_PER_DEGREE_LAT,
    ]);
  }
  const first = ring[0];
  if (first) ring.push([first[0], first[1]]);
  return ring;
}

/** Names of the helper columns {@link hexCellsSql} adds; the input must not use them. */
const HEX_COLUMNS = ['hex_x', 'hex_y', 'hex_fq', 'hex_fr', 'hex_fs', 'hex_rq', 'hex_rr', 'hex_rs'];

/**
 * Wraps a query and returns all its columns plus q INTEGER and r INTEGER, the cell of each row,
 * computed as {@link hexCellOf} does. The input must not have columns named q, r or hex_*.
 * @param input a SELECT query.
 * @param lon the input's longitude column (a name, quoted if needed); `lat` likewise.
 * @throws Error unless `cellKm` is a finite number > 0.
 */
export function hexCellsSql(input: SqlPart, lon: string, lat: string, cellKm: number): SqlQuery {
  requireCellKm(cellKm);
  const double = exactDoubleParam;
  const size = (): SqlQuery => double(cellKm);
  const projected = concatSql([
    'SELECT *, (',
    lon,
    '-',
    double(HEX_ORIGIN.lon),
    ') *',
    double(KM_PER_DEGREE_LON),
    'AS hex_x, (',
    lat,
    '-',
    double(HEX_ORIGIN.lat),
    ') *',
    double(KM_PER_DEGREE_LAT),
    'AS hex_y FROM (',
    input,
    ')',
  ]);
  const fractional = concatSql([
    'SELECT *, -hex_fq - hex_fr AS hex_fs FROM (SELECT *, (',
    double(Q_PER_X),
    '* hex_x -',
    double(Q_PER_Y),
    '* hex_y) /',
    size(),
    'AS hex_fq, (',
    double(R_PER_Y),
    '* hex_y) /',
    size(),
    'AS hex_fr FROM (',
    projected,
    '))',
  ]);
  const round = (column: string, alias: string): SqlQuery =>
    concatSql([`floor(${column} +`, double(0.5), `) AS ${alias}`]);
  const rounded = concatSql([
    'SELECT *,',
    concatSql(
      [round('hex_fq', 'hex_rq'), round('hex_fr', 'hex_rr'), round('hex_fs', 'hex_rs')],
      ', ',
    ),
    'FROM (',
    fractional,
    ')',
  ]);
  const qMovedMost =
    'abs(hex_rq - hex_fq) > abs(hex_rr - hex_fr) AND abs(hex_rq - hex_fq) > abs(hex_rs - hex_fs)';
  const rMovedMost = 'abs(hex_rr - hex_fr) > abs(hex_rs - hex_fs)';
  return concatSql(
    [
      `SELECT * EXCLUDE (${HEX_COLUMNS.join(', ')}),`,
      `  CAST(CASE WHEN ${qMovedMost} THEN -hex_rr - hex_rs ELSE hex_rq END AS INTEGER) AS q,`,
      `  CAST(CASE WHEN ${qMovedMost} THEN hex_rr WHEN ${rMovedMost} THEN -hex_rq - hex_rs`,
      '    ELSE hex_rr END AS INTEGER) AS r',
      'FROM (',
      rounded,
      ')',
    ],
    '\n',
  );
}
