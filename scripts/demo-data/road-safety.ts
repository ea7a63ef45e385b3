/**
 * Demo highway incidents, one row per crash, 30 Dec 2024 - 5 Jan 2026, with the New Year and
 * Songkran "seven dangerous days" about 3.1 times as busy (and 3.3 times as deadly) as an
 * ordinary day.
 */
import { calibrationOf } from './calibration';
import { pointIn, streamRng, type GeneratedDataset, type GeneratorContext } from './context';
import { dayRange, dayToIso, dayToMs, isoToDay, monthOf, weekday } from './dates';
import { pointStyle } from './geography';
import { Rng, WeightedPicker, apportion } from './random';
import {
  CAUSES,
  DEATHS_IN_FATAL_CRASH,
  FESTIVAL_BANGKOK_FACTOR,
  FESTIVAL_CRASH_MULTIPLE,
  FESTIVAL_DAY_PROFILE,
  FESTIVAL_FATALITY_FACTOR,
  FESTIVAL_REGION_FACTOR,
  FESTIVAL_WINDOWS,
  HOUR_CRASH_PERCENT,
  HOUR_FATALITY_FACTOR,
  INJURIES,
  MONTH_FACTOR,
  NATIONAL_DEATHS_PER_100,
  NATIONAL_FATAL_RATE,
  ROAD_SAFETY_PERIOD,
  VEHICLES,
  WEEKDAY_FACTOR,
  type CategoryShape,
} from './road-safety-calibration';

/** Incidents cluster along fictitious road corridors, with some in towns. */
const ROAD_POINTS = pointStyle({
  corridor: 0.75,
  town: 0.1,
  centre: 0.1,
  uniform: 0.05,
  corridorWidthDeg: 0.004,
});

interface DayPlan {
  readonly day: number;
  readonly festival: string | null;
  readonly festivalDay: number | null;
  readonly weight: number;
}

function planDays(rng: Rng): DayPlan[] {
  const festivalByDay = new Map<number, { festival: string; festivalDay: number }>();
  for (const window of FESTIVAL_WINDOWS) {
    const start = isoToDay(window.start);
    FESTIVAL_DAY_PROFILE.forEach((_, i) => {
      festivalByDay.set(start + i, { festival: window.festival, festivalDay: i + 1 });
    });
  }
  const days = dayRange(isoToDay(ROAD_SAFETY_PERIOD.from), isoToDay(ROAD_SAFETY_PERIOD.to));
  const ordinaryWeight = (day: number): number =>
    (MONTH_FACTOR[monthOf(day) - 1] ?? 1) *
    (WEEKDAY_FACTOR[weekday(day)] ?? 1) *
    rng.logNormal(0.12);
  const drafts = days.map((day) => ({ day, ordinary: ordinaryWeight(day) }));
  const ordinaryDrafts = drafts.filter(({ day }) => !festivalByDay.has(day));
  const meanOrdinary =
    ordinaryDrafts.reduce((sum, draft) => sum + draft.ordinary, 0) / ordinaryDrafts.length;
  return drafts.map(({ day, ordinary }) => {
    const festival = festivalByDay.get(day);
    if (!festival) return { day, festival: null, festivalDay: null, weight: ordinary };
    const profile = FESTIVAL_DAY_PROFILE[festival.festivalDay - 1] ?? 1;
    const weight = FESTIVAL_CRASH_MULTIPLE * meanOrdinary * profile * rng.logNormal(0.05);
    return { day, festival: festival.festival, festivalDay: festival.festivalDay, weight };
  });
}

/** A picker over categories plus each category's fatality relative to the national rate. */
interface CategoryModel {
  readonly ordinary: WeightedPicker;
  readonly festival: WeightedPicker;
  readonly fatality: readonly number[];
}

function categoryModel(categories: readonly CategoryShape[]): CategoryModel {
  const totalShare = categories.reduce((sum, c) => sum + c.share, 0);
  const meanRate = categories.reduce((sum, c) => sum + c.share * c.fatalRate, 0) / totalShare;
  return {
    ordinary: new WeightedPicker(categories.map((c) => c.share)),
    festival: new WeightedPicker(categories.map((c) => c.share * c.festivalShareFactor)),
    fatality: categories.map((c) => c.fatalRate / meanRate),
  };
}

interface ProvinceModel {
  readonly codes: readonly number[];
  readonly ordinary: WeightedPicker;
  readonly festival: WeightedPicker;
  readonly fatality: ReadonlyMap<number, number>;
}

function provinceModel(context: GeneratorContext, rng: Rng): ProvinceModel {
  const codes = context.provinces.map((province) => province.code);
  const weights = context.provinces.map(
    (province) => 2 ** calibrationOf(province.code).roadHalfOctave * rng.logNormal(0.1),
  );
  const festivalWeights = context.provinces.map(
    (province, i) =>
      (weights[i] ?? 0) *
      (province.code === 10
        ? FESTIVAL_BANGKOK_FACTOR
        : (FESTIVAL_REGION_FACTOR[province.region] ?? 1)),
  );
  const deathsPer100 = codes.map((code) => calibrationOf(code).roadDeathsPer100);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const meanDeaths =
    deathsPer100.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) / totalWeight;
  // Keep the national level at NATIONAL_DEATHS_PER_100 whatever the binning did to the mean.
  const level = NATIONAL_DEATHS_PER_100 / meanDeaths;
  return {
    codes,
    ordinary: new WeightedPicker(weights),
    festival: new WeightedPicker(festivalWeights),
    fatality: new Map(
      codes.map((code, i) => [code, ((deathsPer100[i] ?? 0) * level) / NATIONAL_DEATHS_PER_100]),
    ),
  };
}

function hourFatalityLevel(): number {
  const total = HOUR_CRASH_PERCENT.reduce((sum, p) => sum + p, 0);
  return (
    HOUR_CRASH_PERCENT.reduce((sum, p, h) => sum + p * (HOUR_FATALITY_FACTOR[h] ?? 1), 0) / total
  );
}

function drawDeaths(rng: Rng, fatalProbability: number, deathsPicker: WeightedPicker): number {
  return rng.next() < Math.min(0.9, fatalProbability) ? 1 + deathsPicker.pickIndex(rng) : 0;
}

function drawInjuries(rng: Rng, vehicle: string): number {
  const model = INJURIES[vehicle] ?? { none: 0.3, extra: 0.5 };
  return rng.next() < model.none ? 0 : 1 + rng.poisson(model.extra);
}

/** Generates `count` incidents; ids follow time order. */
export function generateRoadSafety(context: GeneratorContext, count: number): GeneratedDataset {
  const rng = streamRng(context, 'road_safety');
  const days = planDays(rng);
  const perDay = apportion(
    count,
    days.map((plan) => plan.weight),
  );
  const provinces = provinceModel(context, rng);
  const causes = categoryModel(CAUSES);
  const vehicles = categoryModel(VEHICLES);
  const hours = new WeightedPicker(HOUR_CRASH_PERCENT);
  const hourLevel = hourFatalityLevel();
  const deathsPicker = new WeightedPicker(DEATHS_IN_FATAL_CRASH);

  const occurredAt = new Float64Array(count);
  const date = new Int32Array(count);
  const provinceCode = new Int32Array(count);
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  const deaths = new Int32Array(count);
  const injuries = new Int32Array(count);
  const vehicle: string[] = [];
  const cause: string[] = [];
  const festival: (string | null)[] = [];
  const festivalDay: (number | null)[] = [];

  let row = 0;
  days.forEach((plan, dayIndex) => {
    const isFestival = plan.festival !== null;
    const minutes = Array.from({ length: perDay[dayIndex] ?? 0 }, () => {
      return hours.pickIndex(rng) * 60 + rng.int(60);
    }).sort((a, b) => a - b);
    for (const minuteOfDay of minutes) {
      const code =
        provinces.codes[(isFestival ? provinces.festival : provinces.ordinary).pickIndex(rng)] ??
        10;
      const causeIndex = (isFestival ? causes.festival : causes.ordinary).pickIndex(rng);
      const vehicleIndex = (isFestival ? vehicles.festival : vehicles.ordinary).pickIndex(rng);
      const vehicleKey = VEHICLES[vehicleIndex]?.key ?? 'car';
      const fatalProbability =
        NATIONAL_FATAL_RATE *
        (provinces.fatality.get(code) ?? 1) *
        (causes.fatality[causeIndex] ?? 1) *
        (vehicles.fatality[vehicleIndex] ?? 1) *
        ((HOUR_FATALITY_FACTOR[Math.floor(minuteOfDay / 60)] ?? 1) / hourLevel) *
        (isFestival ? FESTIVAL_FATALITY_FACTOR : 1);
      const [pointLon, pointLat] = pointIn(context, code, rng, ROAD_POINTS);
      occurredAt[row] = dayToMs(plan.day) + minuteOfDay * 60_000;
      date[row] = plan.day;
      provinceCode[row] = code;
      lon[row] = pointLon;
      lat[row] = pointLat;
      deaths[row] = drawDeaths(rng, fatalProbability, deathsPicker);
      injuries[row] = drawInjuries(rng, vehicleKey);
      vehicle.push(vehicleKey);
      cause.push(CAUSES[causeIndex]?.key ?? 'unknown');
      festival.push(plan.festival);
      festivalDay.push(plan.festivalDay);
      row++;
    }
  });

  const lastDay = date.reduce((max, day) => Math.max(max, day), isoToDay(ROAD_SAFETY_PERIOD.from));
  return {
    id: 'road_safety',
    rowCount: count,
    period: ROAD_SAFETY_PERIOD,
    asOf: dayToIso(lastDay),
    store: {
      incident_id: Int32Array.from({ length: count }, (_, i) => i + 1),
      occurred_at: occurredAt,
      date,
      province_code: provinceCode,
      lon,
      lat,
      deaths,
      injuries,
      vehicle,
      cause,
      festival,
      festival_day: festivalDay,
    },
  };
}
