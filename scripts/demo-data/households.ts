/**
 * Demo household survey points (stand-ins for personal data): where a household lives, how
 * many members it has and how many had a first COVID-19 dose, surveyed Oct-Nov 2021.
 */
import { pointIn, streamRng, type GeneratedDataset, type GeneratorContext } from './context';
import { dayRange, dayToIso, isoToDay, weekday } from './dates';
import { pointStyle } from './geography';
import { WeightedPicker, apportion } from './random';

const PERIOD = { from: '2021-10-01', to: '2021-11-28' } as const;

/**
 * Household size 1..10: Thai households averaged about 3 people around 2020 (NSO); the
 * distribution is an illustrative one with that mean.
 */
const MEMBERS_WEIGHTS: readonly number[] = [16, 24, 23, 18, 10, 5, 2, 1, 0.5, 0.5];

/** Households cluster in towns and the provincial centre, fewer along roads and in the country. */
const HOUSEHOLD_POINTS = pointStyle({
  corridor: 0.2,
  town: 0.45,
  centre: 0.25,
  uniform: 0.1,
  corridorWidthDeg: 0.006,
});

/**
 * Generates `count` households, split over provinces in proportion to population.
 * @param dose1CoverageOn the vaccination dataset's dose-1 coverage of a province on a day
 */
export function generateHouseholds(
  context: GeneratorContext,
  count: number,
  dose1CoverageOn: (code: number, day: number) => number,
): GeneratedDataset {
  const rng = streamRng(context, 'households');
  const perProvince = apportion(
    count,
    context.provinces.map((province) => province.population),
  );
  const days = dayRange(isoToDay(PERIOD.from), isoToDay(PERIOD.to));
  // Survey teams work mostly on weekdays.
  const dayPicker = new WeightedPicker(days.map((day) => (weekday(day) >= 5 ? 0.3 : 1)));
  const membersPicker = new WeightedPicker(MEMBERS_WEIGHTS);

  const provinceCode = new Int32Array(count);
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  const members = new Int32Array(count);
  const vaccinated = new Int32Array(count);
  const surveyed = new Int32Array(count);
  let row = 0;
  context.provinces.forEach((province, i) => {
    const surveyDays = Array.from(
      { length: perProvince[i] ?? 0 },
      () => days[dayPicker.pickIndex(rng)] ?? isoToDay(PERIOD.to),
    ).sort((a, b) => a - b);
    for (const day of surveyDays) {
      const [pointLon, pointLat] = pointIn(context, province.code, rng, HOUSEHOLD_POINTS);
      const size = 1 + membersPicker.pickIndex(rng);
      // Households differ: some are fully vaccinated, others not at all.
      const chance = Math.min(0.99, dose1CoverageOn(province.code, day) * rng.logNormal(0.3));
      provinceCode[row] = province.code;
      lon[row] = pointLon;
      lat[row] = pointLat;
      members[row] = size;
      vaccinated[row] = rng.binomial(size, chance);
      surveyed[row] = day;
      row++;
    }
  });

  const lastDay = surveyed.reduce((max, day) => Math.max(max, day), isoToDay(PERIOD.from));
  return {
    id: 'households',
    rowCount: count,
    period: PERIOD,
    asOf: dayToIso(lastDay),
    store: {
      household_id: Int32Array.from({ length: count }, (_, i) => i + 1),
      province_code: provinceCode,
      lon,
      lat,
      members,
      members_vaccinated: vaccinated,
      surveyed,
    },
  };
}
