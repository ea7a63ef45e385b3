import type { PointColumns } from '../../state/view-models';
import type { DayRange } from './incident-points-layer';

/** The columns an aggregation layer reads, positions with a zero altitude. */
export interface DensityColumns {
  readonly length: number;
  /** lon, lat, 0 interleaved (length 3n). */
  readonly positions: Float32Array;
  readonly weights: Float32Array;
}

interface Cache {
  all?: DensityColumns;
  last?: { readonly from: number; readonly to: number; readonly columns: DensityColumns };
}

const cacheByPoints = new WeakMap<PointColumns, Cache>();

/**
 * The points whose day lies in `range` (inclusive; null = every point) as new typed arrays for the
 * aggregation layers. The full set and the last range per `points` are kept, so the same input
 * gives the same object and nothing is copied until the range changes.
 *
 * Why a copy, measured with deck.gl 9.4 in Chromium: DataFilterExtension is not honoured by the
 * HexagonLayer, GridLayer or HeatmapLayer (points outside `filterRange` are still counted), so the
 * range is applied here; and the hexagon and grid layers only bin binary positions correctly with
 * three components per point (with two they lose the data bounds and fall back to ~70 km bins).
 */
export function densityColumns(points: PointColumns, range: DayRange | null): DensityColumns {
  let cache = cacheByPoints.get(points);
  if (!cache) {
    cache = {};
    cacheByPoints.set(points, cache);
  }
  if (range === null) {
    cache.all ??= copyWhere(points, () => true);
    return cache.all;
  }
  const [from, to] = range;
  if (cache.last?.from !== from || cache.last.to !== to) {
    const { days } = points;
    const columns = copyWhere(points, (i) => {
      const day = days[i] ?? Number.NaN;
      return day >= from && day <= to;
    });
    cache.last = { from, to, columns };
  }
  return cache.last.columns;
}

function copyWhere(points: PointColumns, keep: (index: number) => boolean): DensityColumns {
  const kept: number[] = [];
  for (let i = 0; i < points.length; i++) if (keep(i)) kept.push(i);
  const positions = new Float32Array(kept.length * 3);
  const weights = new Float32Array(kept.length);
  kept.forEach((source, target) => {
    positions[target * 3] = points.positions[source * 2] ?? 0;
    positions[target * 3 + 1] = points.positions[source * 2 + 1] ?? 0;
    weights[target] = points.weights[source] ?? 0;
  });
  return { length: kept.length, positions, weights };
}
