/**
 * The indicator queries' Arrow results as typed values: per province (province_code, value,
 * day) and per date (day, value, provinces), the column contract of src/data/queries/indicator.ts.
 */
import type { AppState } from '../../state/app/app-state';
import { isoDay, resultRows } from '../../state/queries/result-rows';

/** Each province's value at one date. */
export interface ProvinceValues {
  readonly values: ReadonlyMap<number, number>;
  /** ISO date the values are of; null for a snapshot dataset or before an answer. */
  readonly day: string | null;
}

/** One date of an aggregate series. */
export interface SeriesPoint {
  readonly day: string;
  /** Null when no province had a value that date. */
  readonly value: number | null;
  readonly provinces: number;
}

const finiteOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

/** The per-province result under `key` (empty before its answer). */
export function provinceValues(state: AppState, key: string): ProvinceValues {
  const values = new Map<number, number>();
  let day: string | null = null;
  for (const row of resultRows(state, key)) {
    const value = finiteOrNull(row.value);
    // A NULL value is no value: Number(null) would read it as 0 and draw it as fact.
    if (value !== null) values.set(Number(row.province_code), value);
    if (day === null && row.day !== null && row.day !== undefined) day = isoDay(row.day);
  }
  return { values, day };
}

/** The per-date result under `key`, oldest first (empty before its answer). */
export function seriesPoints(state: AppState, key: string): readonly SeriesPoint[] {
  return resultRows(state, key)
    .filter((row) => row.day !== null && row.day !== undefined)
    .map((row) => ({
      day: isoDay(row.day),
      value: finiteOrNull(row.value),
      provinces: Number(row.provinces),
    }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The newest point of a series and the one before it (each null when missing). */
export function lastTwo(points: readonly SeriesPoint[]): {
  latest: SeriesPoint | null;
  previous: SeriesPoint | null;
} {
  return {
    latest: points[points.length - 1] ?? null,
    previous: points[points.length - 2] ?? null,
  };
}
