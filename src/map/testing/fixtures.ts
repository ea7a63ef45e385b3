import type { Rgb } from '../../state/layers/palettes';
import type { DensityCells, PointColumns } from '../../state/models/view-models';
import type { ProvinceFeature } from '../load-geography';

/** A square province of side `size` degrees with its south-west corner at (lon, lat). */
export function squareProvince(code: number, lon: number, lat: number, size = 1): ProvinceFeature {
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + size, lat],
          [lon + size, lat + size],
          [lon, lat + size],
          [lon, lat],
        ],
      ],
    },
    properties: { code, label_lon: lon + size / 2, label_lat: lat + size / 2, areaKm2: 1 },
  };
}

/** Point columns with one point per entry of `days`, at (100 + i, 15), weight i + 1. */
export function pointsOnDays(days: readonly number[]): PointColumns {
  const n = days.length;
  const colour: Rgb = [255, 0, 0];
  return {
    length: n,
    positions: Float32Array.from(days.flatMap((_, i) => [100 + i, 15])),
    radii: new Float32Array(n).fill(3),
    colours: Uint8Array.from(days.flatMap(() => [...colour, 255])),
    days: Float32Array.from(days),
    weights: Float32Array.from(days, (_, i) => i + 1),
  };
}

/** Density cells (12 km) with crash counts `counts`, centred at (100 + i, 15). */
export function densityCells(counts: readonly number[]): DensityCells {
  return {
    radiusMetres: 12_000,
    cells: counts.map((count, i) => ({
      id: `${i}:0`,
      centre: [100 + i, 15],
      count,
      deaths: 0,
      injuries: count,
      colour: [200, 50, 50],
    })),
  };
}
