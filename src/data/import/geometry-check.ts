/**
 * Checks of GeoJSON geometry as files from the field get it wrong: NaN or missing coordinates,
 * rings that are not closed or too short, and rings that cross themselves.
 */
import type { ImportText } from './import-types';

/** A usable point, or the problem with it. */
export type PointCheck =
  | { readonly ok: true; readonly lon: number; readonly lat: number }
  | { readonly ok: false; readonly problem: ImportText };

// Rings longer than this are not checked for self-crossing (the check is quadratic).
const MAX_CROSSING_CHECK = 5000;

const isPosition = (p: unknown): p is [number, number, ...number[]] =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);

/** Checks the coordinates of a Point geometry. */
export function checkPoint(coordinates: unknown): PointCheck {
  if (!isPosition(coordinates)) {
    return {
      ok: false,
      problem: {
        th: 'พิกัดของจุดไม่ใช่ตัวเลข (NaN หรือว่าง): เขียนเป็นตัวเลข [ลองจิจูด, ละติจูด]',
        en: 'the point coordinates are not numbers (NaN or missing): write them as numbers [longitude, latitude]',
      },
    };
  }
  return { ok: true, lon: coordinates[0], lat: coordinates[1] };
}

function cross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** True when segments p1-p2 and p3-p4 cross at a point inside both. */
function segmentsCross(
  p1: readonly number[],
  p2: readonly number[],
  p3: readonly number[],
  p4: readonly number[],
): boolean {
  const [x1 = 0, y1 = 0] = p1;
  const [x2 = 0, y2 = 0] = p2;
  const [x3 = 0, y3 = 0] = p3;
  const [x4 = 0, y4 = 0] = p4;
  const d1 = cross(x3, y3, x4, y4, x1, y1);
  const d2 = cross(x3, y3, x4, y4, x2, y2);
  const d3 = cross(x1, y1, x2, y2, x3, y3);
  const d4 = cross(x1, y1, x2, y2, x4, y4);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function ringCrossesItself(ring: readonly (readonly number[])[]): boolean {
  const n = ring.length - 1; // segments; the ring is closed
  if (n > MAX_CROSSING_CHECK) return false;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 2; j < n; j += 1) {
      if (i === 0 && j === n - 1) continue; // first and last segments share a vertex
      const a = ring[i];
      const b = ring[i + 1];
      const c = ring[j];
      const d = ring[j + 1];
      if (a && b && c && d && segmentsCross(a, b, c, d)) return true;
    }
  }
  return false;
}

function checkRing(ring: unknown, label: ImportText): ImportText | null {
  if (!Array.isArray(ring) || !ring.every(isPosition)) {
    return {
      th: `${label.th} มีพิกัดที่ไม่ใช่ตัวเลข (NaN หรือว่าง)`,
      en: `${label.en} has coordinates that are not numbers (NaN or missing)`,
    };
  }
  if (ring.length < 4) {
    return { th: `${label.th} มีจุดน้อยกว่า 4 จุด`, en: `${label.en} has fewer than 4 positions` };
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    return {
      th: `${label.th} ไม่ปิด (จุดแรกกับจุดสุดท้ายไม่ตรงกัน)`,
      en: `${label.en} is not closed (first and last positions differ)`,
    };
  }
  if (ringCrossesItself(ring)) {
    return { th: `${label.th} ตัดกันเอง`, en: `${label.en} crosses itself` };
  }
  return null;
}

function checkPolygonRings(rings: unknown, polygon: number | null): ImportText | null {
  if (!Array.isArray(rings) || rings.length === 0) {
    return { th: 'รูปหลายเหลี่ยมไม่มีวง', en: 'the polygon has no rings' };
  }
  for (const [index, ring] of rings.entries()) {
    const where = polygon === null ? '' : ` ของรูปที่ ${polygon + 1}`;
    const whereEn = polygon === null ? '' : ` of polygon ${polygon + 1}`;
    const problem = checkRing(ring, {
      th: `วงที่ ${index + 1}${where}`,
      en: `ring ${index + 1}${whereEn}`,
    });
    if (problem) return problem;
  }
  return null;
}

/** The first problem of a Polygon or MultiPolygon geometry, or null when it is well formed. */
export function checkPolygonal(
  type: 'Polygon' | 'MultiPolygon',
  coordinates: unknown,
): ImportText | null {
  if (type === 'Polygon') return checkPolygonRings(coordinates, null);
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return { th: 'รูปหลายเหลี่ยมว่าง', en: 'the multipolygon is empty' };
  }
  for (const [index, polygon] of coordinates.entries()) {
    const problem = checkPolygonRings(polygon, index);
    if (problem) return problem;
  }
  return null;
}
