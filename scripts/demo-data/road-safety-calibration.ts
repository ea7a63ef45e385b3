/**
 * National shapes for the demo highway incidents, rounded from the Ministry of Transport
 * highway crash records 2021-2025 as summarised in data/README.md ("road_safety"). Vehicle
 * shares and the injury model are illustrative assumptions: the source has no vehicle split.
 */

/** One category with its share of crashes and how deadly it is relative to the average. */
export interface CategoryShape {
  readonly key: string;
  /** Share of ordinary-day crashes (relative weights). */
  readonly share: number;
  /** Fatal crashes per crash in this category (before normalisation). */
  readonly fatalRate: number;
  /** Multiplier of the share on festival days. */
  readonly festivalShareFactor: number;
}

/** Crash causes; shares and fatal rates rounded from the source's cause table. */
export const CAUSES: readonly CategoryShape[] = [
  { key: 'speeding', share: 0.71, fatalRate: 0.1, festivalShareFactor: 1 },
  { key: 'cutting_in', share: 0.074, fatalRate: 0.19, festivalShareFactor: 1 },
  { key: 'fell_asleep', share: 0.069, fatalRate: 0.08, festivalShareFactor: 1.4 },
  { key: 'drunk_driving', share: 0.014, fatalRate: 0.17, festivalShareFactor: 3 },
  { key: 'ran_signal', share: 0.01, fatalRate: 0.18, festivalShareFactor: 1 },
  { key: 'wrong_way', share: 0.0045, fatalRate: 0.38, festivalShareFactor: 1 },
  { key: 'illegal_overtaking', share: 0.004, fatalRate: 0.24, festivalShareFactor: 1.3 },
  { key: 'reckless', share: 0.002, fatalRate: 0.65, festivalShareFactor: 1 },
  { key: 'vehicle_defect', share: 0.012, fatalRate: 0.05, festivalShareFactor: 1 },
  { key: 'inexperience', share: 0.007, fatalRate: 0.1, festivalShareFactor: 1.5 },
  { key: 'other', share: 0.077, fatalRate: 0.08, festivalShareFactor: 1 },
  { key: 'unknown', share: 0.017, fatalRate: 0.01, festivalShareFactor: 1 },
];

/** Vehicle (or road user) most involved; an illustrative split, not from the source. */
export const VEHICLES: readonly CategoryShape[] = [
  { key: 'motorcycle', share: 0.36, fatalRate: 0.14, festivalShareFactor: 1.3 },
  { key: 'car', share: 0.26, fatalRate: 0.07, festivalShareFactor: 1 },
  { key: 'pickup', share: 0.21, fatalRate: 0.09, festivalShareFactor: 1.1 },
  { key: 'truck', share: 0.11, fatalRate: 0.11, festivalShareFactor: 0.5 },
  { key: 'bus', share: 0.015, fatalRate: 0.13, festivalShareFactor: 1.3 },
  { key: 'bicycle', share: 0.01, fatalRate: 0.15, festivalShareFactor: 1 },
  { key: 'pedestrian', share: 0.015, fatalRate: 0.25, festivalShareFactor: 1 },
];

/** Injury model per vehicle: chance of no injury, then 1 + Poisson(extra) injured. */
export const INJURIES: Readonly<Record<string, { readonly none: number; readonly extra: number }>> =
  {
    motorcycle: { none: 0.15, extra: 0.3 },
    car: { none: 0.35, extra: 0.6 },
    pickup: { none: 0.3, extra: 0.8 },
    truck: { none: 0.45, extra: 0.3 },
    bus: { none: 0.2, extra: 3.5 },
    bicycle: { none: 0.15, extra: 0.1 },
    pedestrian: { none: 0.1, extra: 0.1 },
  };

/** Share of crashes by hour 00..23, in % (rounded from the source). */
export const HOUR_CRASH_PERCENT: readonly number[] = [
  3.2, 3.4, 2.8, 2.8, 3.1, 3.2, 3.4, 4.5, 4.4, 4.9, 5.2, 4.6, 4.5, 5.3, 5.2, 5.5, 5.8, 4.6, 4.4,
  4.9, 3.9, 3.7, 3.6, 3.3,
];

/** Share of deaths / share of crashes by hour: evenings are deadlier. */
export const HOUR_FATALITY_FACTOR: readonly number[] = [
  1.2, 1.1, 1.1, 1.0, 0.9, 1.0, 1.1, 1.1, 0.9, 0.8, 0.7, 0.8, 0.9, 0.7, 0.7, 0.8, 0.9, 1.0, 1.2,
  1.5, 1.4, 1.3, 1.2, 1.2,
];

/** Ordinary-day crash level by weekday, Monday first. */
export const WEEKDAY_FACTOR: readonly number[] = [1.0, 0.98, 0.97, 0.96, 1.1, 1.05, 1.0];

/** Ordinary-day crash level by month (festival days taken out), January first. */
export const MONTH_FACTOR: readonly number[] = [
  0.95, 1.05, 1.1, 1.15, 1.0, 0.9, 0.95, 0.9, 0.9, 0.95, 1.0, 1.2,
];

/** Festival days have about this many times the crashes of an ordinary day (3.12 in the source). */
export const FESTIVAL_CRASH_MULTIPLE = 3.12;

/**
 * Fatality of a festival crash relative to an ordinary one, all else equal. The festival mix
 * (more drunk driving, motorcycles and upcountry highways) already makes crashes deadlier; this
 * factor trims the result to about 3.3 times the deaths of an ordinary day, as in the source
 * (tuned on a 1,000,000-incident run).
 */
export const FESTIVAL_FATALITY_FACTOR = 0.96;

/** Relative crash level over the seven days of a festival window (travel peaks mid-window). */
export const FESTIVAL_DAY_PROFILE: readonly number[] = [0.85, 1.0, 1.15, 1.15, 1.05, 0.95, 0.85];

/** Fatal crashes per crash, nationally (11.9 k fatal of 110 k crashes). */
export const NATIONAL_FATAL_RATE = 0.108;

/** Deaths per crash nationally (13.9 k deaths of 110 k crashes). */
export const NATIONAL_DEATHS_PER_100 = 12.6;

/** Deaths in a fatal crash: 1, 2, 3 or 4 with these weights (mean about 1.2). */
export const DEATHS_IN_FATAL_CRASH: readonly number[] = [0.85, 0.11, 0.03, 0.01];

/** During festivals people travel home: upcountry highways get busier, Bangkok quieter. */
export const FESTIVAL_REGION_FACTOR: Readonly<Record<string, number>> = {
  north: 1.15,
  northeast: 1.3,
  central: 1.0,
  east: 1.0,
  west: 1.0,
  south: 1.05,
};

/** Bangkok's festival factor (its highways empty out). */
export const FESTIVAL_BANGKOK_FACTOR = 0.5;

/** The festival windows in the demo period: 7 days each. */
export const FESTIVAL_WINDOWS: readonly { readonly festival: string; readonly start: string }[] = [
  { festival: 'newyear', start: '2024-12-30' },
  { festival: 'songkran', start: '2025-04-11' },
  { festival: 'newyear', start: '2025-12-30' },
];

/** First and last day of the demo period. */
export const ROAD_SAFETY_PERIOD = { from: '2024-12-30', to: '2026-01-05' } as const;
