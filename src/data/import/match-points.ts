/**
 * Coordinates of a points file: from lon/lat columns or GeoJSON Point geometry. Detects a file
 * whose longitude and latitude are the wrong way round (and swaps them back, with a warning), and
 * lists rows whose coordinates are missing, swapped on their own, or outside Thailand.
 */
import { findCoordinateColumns } from './detect-columns';
import { msg } from './import-messages';
import { unmatchedText } from './unmatched-text';
import type { ImportMessage, ImportText, UnmatchedReason, UnmatchedRow } from './import-types';
import { parseNumber } from './parse-number';
import { cellText, type RawCell, type RawTable, type RowPoint } from './raw-table';
import type { RowGeometry } from './read-geojson';

/** Thailand's extent with a small margin: lon 97.3-105.7, lat 5.6-20.5. */
export const THAILAND_BOUNDS = { minLon: 97.3, maxLon: 105.7, minLat: 5.6, maxLat: 20.5 } as const;

/** True when (lon, lat) lies within {@link THAILAND_BOUNDS}. */
export function inThailand(lon: number, lat: number): boolean {
  const b = THAILAND_BOUNDS;
  return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;
}

/** The coordinates of every row (null = left out), and what was found out on the way. */
export interface PointsMatch {
  readonly columns: { readonly lon: string; readonly lat: string } | null;
  readonly swapped: boolean;
  readonly points: readonly RowPoint[];
  readonly unmatched: readonly UnmatchedRow[];
  readonly warnings: readonly ImportMessage[];
}

function coordinate(cell: RawCell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  return parseNumber(cell)?.value ?? null;
}

interface RawPoints {
  readonly points: readonly RowPoint[];
  readonly issues: readonly (ImportText | null)[];
  readonly values: readonly string[];
  readonly columns: { readonly lon: string; readonly lat: string } | null;
}

function fromColumns(table: RawTable): RawPoints | null {
  const found = findCoordinateColumns(table.headers);
  if (found === null) return null;
  const values: string[] = [];
  const points = table.rows.map((row): RowPoint => {
    const lonCell = row[found.lon] ?? null;
    const latCell = row[found.lat] ?? null;
    values.push(`${cellText(lonCell)}, ${cellText(latCell)}`);
    const lon = coordinate(lonCell);
    const lat = coordinate(latCell);
    return lon === null || lat === null ? null : [lon, lat];
  });
  const usable = points.filter((p) => p !== null).length;
  if (usable * 2 < points.length) return null;
  return {
    points,
    issues: points.map(() => null),
    values,
    columns: { lon: table.names[found.lon] ?? '', lat: table.names[found.lat] ?? '' },
  };
}

function fromGeometry(geometry: RowGeometry): RawPoints | null {
  if (geometry.pointFeatures * 2 < geometry.points.length || geometry.pointFeatures === 0) {
    return null;
  }
  return {
    points: geometry.points,
    issues: geometry.pointIssues,
    values: geometry.points.map((p, r) =>
      p === null ? (geometry.pointValues[r] ?? '') : `${p[0]}, ${p[1]}`,
    ),
    columns: null,
  };
}

/**
 * The points of `table`: from GeoJSON Point geometry when most features are points, else from
 * the lon/lat columns when at least half the rows have numbers there; null when neither.
 */
export function matchPoints(
  fileName: string,
  table: RawTable,
  geometry: RowGeometry | null,
): PointsMatch | null {
  const raw = (geometry ? fromGeometry(geometry) : null) ?? fromColumns(table);
  if (raw === null) return null;
  let asIs = 0;
  let flipped = 0;
  for (const p of raw.points) {
    if (p === null) continue;
    if (inThailand(p[0], p[1])) asIs += 1;
    else if (inThailand(p[1], p[0])) flipped += 1;
  }
  const swapped = flipped > asIs;
  const warnings: ImportMessage[] = [];
  if (swapped && raw.columns) {
    warnings.push(msg.swappedColumns(fileName, raw.columns.lon, raw.columns.lat));
  } else if (swapped) {
    warnings.push(msg.swappedColumns(fileName, 'coordinates[0]', 'coordinates[1]'));
  }
  const unmatched: UnmatchedRow[] = [];
  const column = raw.columns ? `${raw.columns.lon}, ${raw.columns.lat}` : null;
  const points = raw.points.map((p, r): RowPoint => {
    const reject = (reason: UnmatchedReason, detail?: ImportText): null => {
      const value = raw.values[r] ?? '';
      const location = table.locations[r] ?? r + 1;
      const text = unmatchedText(reason, column, value, detail);
      unmatched.push({ location, unit: table.unit, column, value, reason, ...text });
      return null;
    };
    if (p === null) {
      const issue = raw.issues[r];
      return issue ? reject('geometry', issue) : reject('coordinates-missing');
    }
    const [lon, lat] = swapped ? [p[1], p[0]] : p;
    if (inThailand(lon, lat)) return [lon, lat];
    return inThailand(lat, lon) ? reject('swapped') : reject('outside-thailand');
  });
  return { columns: raw.columns, swapped, points, unmatched, warnings };
}
