/**
 * Demo COVID-19 vaccination: cumulative people with dose 1, 2 and 3 per province at the end of
 * each week (Sundays 7 Mar - 28 Nov 2021), following S-curves whose end levels come from the
 * province's coverage tier (see calibration.ts).
 */
import { calibrationOf } from './calibration';
import { streamRng, type GeneratedDataset, type GeneratorContext } from './context';
import { dayRange, dayToIso, isoToDay } from './dates';

const FIRST_WEEK_END = '2021-03-07';
const LAST_WEEK_END = '2021-11-28';
/** Third doses (boosters) were not given before late July 2021. */
const FIRST_BOOSTER_DAY = isoToDay('2021-07-25');

/** Dose-1 coverage at 28 Nov 2021 by tier 0..6 (deep south ... Bangkok); national ≈ 77 %. */
const TIER_DOSE1_COVERAGE: readonly number[] = [0.56, 0.65, 0.71, 0.78, 0.85, 0.91, 0.96];

/** Dose-1 S-curve midpoint: 8 Sep 2021 for a middle tier; higher tiers earlier. */
const DOSE1_MIDPOINT = isoToDay('2021-09-08');
const DOSE1_SPREAD_DAYS = 35;
/** Second doses followed the first by about seven weeks (Sinovac/AstraZeneca intervals). */
const DOSE2_LAG_DAYS = 42;
const DOSE2_SPREAD_DAYS = 30;
const DOSE3_MIDPOINT = isoToDay('2021-11-15');
const DOSE3_SPREAD_DAYS = 20;

/** Newest week of the vaccination table, by province: for the first paint and for households. */
export interface VaccinationResult {
  readonly dataset: GeneratedDataset;
  /** Dose-1 coverage (0..1) of a province as published at the end of the week before `day`. */
  readonly dose1CoverageOn: (code: number, day: number) => number;
}

function logistic(day: number, midpoint: number, spread: number): number {
  return 1 / (1 + Math.exp(-(day - midpoint) / spread));
}

/** A cumulative S-curve scaled so that it reaches `finalLevel` on the last day. */
function sCurve(finalLevel: number, midpoint: number, spread: number, lastDay: number) {
  const end = logistic(lastDay, midpoint, spread);
  return (day: number): number => (finalLevel * logistic(day, midpoint, spread)) / end;
}

/** Generates one row per province and week. */
export function generateVaccination(context: GeneratorContext): VaccinationResult {
  const rng = streamRng(context, 'vaccination');
  const weekEnds = dayRange(isoToDay(FIRST_WEEK_END), isoToDay(LAST_WEEK_END), 7);
  const lastDay = isoToDay(LAST_WEEK_END);
  const rows = {
    province_code: [] as number[],
    week_end: [] as number[],
    population: [] as number[],
  };
  const doses = { dose1: [] as number[], dose2: [] as number[], dose3: [] as number[] };
  const dose1ByProvince = new Map<number, number[]>();

  for (const province of context.provinces) {
    const tier = calibrationOf(province.code).vaccinationTier;
    const dose1Level = Math.min(
      0.97,
      (TIER_DOSE1_COVERAGE[tier] ?? 0.7) + rng.uniform(-0.025, 0.025),
    );
    const dose2Share = Math.min(0.95, Math.max(0.7, 0.8 + 0.015 * tier + 0.02 * rng.normal()));
    const dose3Share = (0.03 + 0.012 * tier) * rng.logNormal(0.25);
    const midpoint = DOSE1_MIDPOINT - 7 * (tier - 3) + rng.uniform(-7, 7);
    const dose1Curve = sCurve(dose1Level, midpoint, DOSE1_SPREAD_DAYS, lastDay);
    const dose2Curve = sCurve(
      dose1Level * dose2Share,
      midpoint + DOSE2_LAG_DAYS,
      DOSE2_SPREAD_DAYS,
      lastDay,
    );
    const dose3Curve = sCurve(
      dose1Level * dose3Share,
      DOSE3_MIDPOINT - 5 * tier,
      DOSE3_SPREAD_DAYS,
      lastDay,
    );
    const population = province.population;
    const dose1Series: number[] = [];
    for (const day of weekEnds) {
      // Each curve rises with time, and min() of rising curves rises too: monotone and ordered.
      const dose1 = Math.round(population * dose1Curve(day));
      const dose2 = Math.min(dose1, Math.round(population * dose2Curve(day)));
      const dose3 =
        day < FIRST_BOOSTER_DAY ? 0 : Math.min(dose2, Math.round(population * dose3Curve(day)));
      rows.province_code.push(province.code);
      rows.week_end.push(day);
      rows.population.push(population);
      doses.dose1.push(dose1);
      doses.dose2.push(dose2);
      doses.dose3.push(dose3);
      dose1Series.push(dose1 / population);
    }
    dose1ByProvince.set(province.code, dose1Series);
  }

  const firstWeekEnd = weekEnds[0] ?? lastDay;
  const dose1CoverageOn = (code: number, day: number): number => {
    const series = dose1ByProvince.get(code);
    if (!series) throw new Error(`no vaccination series for province ${code}`);
    const week = Math.floor((day - firstWeekEnd) / 7);
    return series[Math.min(series.length - 1, Math.max(0, week))] ?? 0;
  };
  const toInt32 = (values: number[]) => Int32Array.from(values);
  return {
    dose1CoverageOn,
    dataset: {
      id: 'vaccination',
      rowCount: rows.province_code.length,
      period: { from: dayToIso(firstWeekEnd - 6), to: LAST_WEEK_END },
      asOf: dayToIso(lastDay),
      store: {
        province_code: toInt32(rows.province_code),
        week_end: toInt32(rows.week_end),
        population: toInt32(rows.population),
        dose1: toInt32(doses.dose1),
        dose2: toInt32(doses.dose2),
        dose3: toInt32(doses.dose3),
      },
    },
  };
}
